import { describe, expect, test } from 'vitest';
import { spans } from '../test-helpers';

// Invented sentences: a `by` agent far from its participle, and a `by` that is no agent.

describe('a by-agent after a chain of phrases or an aside', () => {
  test.each([
    'The bypass was approved on Tuesday night at a crowded meeting in the village hall by the parish council.',
    'The station was reopened, after two years of repairs, by the mayor.',
    'She was accused of "hiding the figures" by the opposition leader.',
  ])('none in %j', (text) => {
    expect(spans(text, 'agentless')).toEqual([]);
  });

  test.each([
    ['The school was closed on Monday after a burst pipe flooded the hall by the gym.', 1],
    ['The road was reopened, as promised, by Friday.', 1],
    // (session 49: the by-phrase of a sighting's -ing clause is that verb's way out)
    ['The striker was spotted leaving by a side entrance.', 1],
    ['The files were checked one by one.', 1],
    ['The treaty was drafted line by line over a week by the two delegations.', 0],
  ])('a by that is no agent leaves the passive: %s', (text, n) => {
    expect(spans(text, 'agentless')).toHaveLength(n);
  });
});

describe('a by-phrase of measure is no agent: "was cut by a third"', () => {
  test.each([
    ['The grant was cut by a third last year.', ['was cut']],
    ['Bus fares have been raised by almost ten percent.', ['have been raised']],
    ['The opera was shortened by forty minutes.', ['was shortened']],
    // (session 28: a sum after a currency sign, a span of time after `a`)
    ['His pension was reduced by £200 a month.', ['was reduced']],
    ['The fine was raised by $5,000.', ['was raised']],
    ['The deadline was extended by a month.', ['was extended']],
    ['The launch has been delayed by a year.', ['has been delayed']],
    // (session 49: a vague count of a unit)
    ['The audit was delayed by several weeks.', ['was delayed']],
  ])('%s', (text, want) => {
    expect(spans(text, 'agentless')).toEqual(want);
  });

  test('people counted after by are an agent', () => {
    expect(spans('The petition was signed by nearly 40 residents.', 'agentless')).toEqual([]);
  });

  test.each([
    'The library budget was reduced by 12 percent by the county.',
    'Ticket prices were raised by a quarter by the new owners.',
  ])('an agent after the measure is still an agent: %s', (text) => {
    expect(spans(text, 'agentless')).toEqual([]);
  });
});
