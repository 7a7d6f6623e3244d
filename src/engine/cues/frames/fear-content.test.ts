/**
 * Belief verbs of fear and expectation take an -ing clause for content ("feared losing half his
 * income", "fear being cut off", "anticipates raising prices"): a cue like "feared that"
 * (DECISIONS 86: belief and fear verbs with a clause in any form). A fear stated as the reason a
 * name is withheld ("asked not to be named because they feared losing their jobs", "..., fearing
 * it could harm their claims") is the grant of anonymity's reason, no span (DECISIONS 97),
 * whatever its complement.
 */
import { describe, expect, test } from 'vitest';
import { sourceText, spans } from '../../test-helpers';

describe('a fear with an -ing clause is a cue', () => {
  test.each([
    ['Residents fear losing their homes to the river.', 'fear', 'Residents'],
    ['A nurse said staff feared losing their jobs.', 'feared', 'staff'],
    ['Drivers fear being priced off the road.', 'fear', 'Drivers'],
    ['The firm anticipates raising prices in the spring.', 'anticipates', 'The firm'],
    ['Some tenants feared going to court over the repairs.', 'feared', 'Some tenants'],
  ])('%s', (text, cue, source) => {
    expect(sourceText(text, cue)).toBe(source);
  });

  test.each([
    'Residents fear flooding in the valley.',
    'Farmers fear flooding.',
    'He feared nothing.',
  ])('no -ing clause in %j', (text) => {
    expect(spans(text, 'attribution')).toEqual([]);
  });
});

describe('a fear that is the reason for anonymity is no cue', () => {
  test.each([
    'One driver, who asked not to be named because he feared being singled out, said shifts had been lengthened.',
    'Three porters, who asked that their names not be used because they feared losing their jobs, said the wards were short.',
    'Most asked not to be named, fearing it could harm their claims.',
    'She spoke on condition of anonymity because she feared it could affect her school.',
    'A guard spoke on condition of anonymity because he was not authorised to speak and feared losing his post.',
  ])('%s', (text) => {
    expect(spans(text, 'attribution').filter((c) => /fear/.test(c))).toEqual([]);
  });

  test.each([
    [
      'An aide, speaking on condition of anonymity because the talks are private, said the minister feared that the deal would collapse.',
      'feared',
    ],
    ['A nurse who spoke on condition of anonymity said staff feared losing their jobs.', 'feared'],
  ])('a fear reported after the reason stays: %s', (text, cue) => {
    expect(spans(text, 'attribution')).toContain(cue);
  });
});
