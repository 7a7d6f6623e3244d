import { describe, expect, test } from 'vitest';
import { spans } from '../test-helpers';

describe('a group relied on for a stance is an actor (decision 72)', () => {
  test.each([
    ['Some fishermen were angry about the new quotas.', 'Some fishermen'],
    ["Several pupils' parents are worried about the closure.", "Several pupils' parents"],
    ['The landlord’s family is reluctant to sell the building.', 'The landlord’s family'],
    ['Some nurses remain deeply unhappy with the rota.', 'Some nurses'],
    ["Growers' groups are divided over the subsidy.", "Growers' groups"],
    ['Local shopkeepers were furious when the road closed for a month.', 'Local shopkeepers'],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed')).toContain(want);
  });

  test.each([
    // a class in general, market crowds and the public
    'Parents are often anxious about exam results.',
    'Teachers are usually wary of new apps.',
    'Investors are worried about the rate rise.',
    'Voters are angry about the price of fuel.',
    // a group the next sentence names as a body
    "Anglers are furious about the plan. The Kessel Anglers' Association said it would appeal.",
    // the victims themselves stay unlabelled
    'Survivors were angry at the response.',
  ])('not: %s', (text) => {
    expect(spans(text, 'unnamed')).toEqual([]);
  });
});
