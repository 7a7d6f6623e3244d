import { describe, expect, test } from 'vitest';
import { spans } from '../test-helpers';

// Invented sentences: passives with `get`, and the states, habits and idioms `get` also makes.

describe('a get-passive hides the actor as a be-passive does', () => {
  test.each([
    ['Her brother got sacked after the strike.', ['got sacked']],
    ['Two of the vans got stolen from the depot overnight.', ['got stolen']],
    ['The clinic has got hacked twice this year.', ['has got hacked']],
    ['"I never got paid for the last month," she said.', ['got paid']],
  ])('%s', (text, want) => {
    expect(spans(text, 'agentless')).toEqual(want);
  });

  test.each([
    'The couple got married in a barn near Ely.',
    'Half the hikers got lost in the fog.',
    'The crowd got bored and left.',
    'Things got worse after the storm.',
    'Her son got involved with the campaign in 2019.',
    'He got hit by a delivery van.',
    'The coastal towns got hit hard.',
    'When fares rise, commuters get squeezed first.',
    'If the budget is there, the repairs get done.',
    'He got made an example of.',
    'Get tested if you have symptoms.',
  ])('none in %j', (text) => {
    expect(spans(text, 'agentless')).toEqual([]);
  });
});
