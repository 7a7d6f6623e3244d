/**
 * A reduced passive of a cue verb that opens its sentence, its agent after `by` ("Asked by a
 * reporter whether ..., the minister said"): the agent is the cue's source, as it is after a
 * comma ("The plan, first reported by the Herald, ..."). Without `by` the opening participle
 * credits no one ("Asked about the delay, she said").
 */
import { describe, expect, test } from 'vitest';
import { sourceText } from '../test-helpers';

describe("a sentence's opening participle and its by-agent", () => {
  test.each([
    [
      'The minister spoke on Tuesday. Asked by a reporter whether the plan would survive, she said it would.',
      'Asked',
      'a reporter',
    ],
    [
      'Asked by the judge whether he understood the charge, the defendant nodded.',
      'Asked',
      'the judge',
    ],
    [
      'The storm moved north. Warned by police that the coast road was unsafe, drivers turned back.',
      'Warned',
      'police',
    ],
  ])('%s', (text, cue, source) => {
    expect(sourceText(text, cue)).toBe(source);
  });

  test.each([
    // no agent: the opening participle asks no one in the clause
    ['The minister spoke. Asked about the delay, she said the plan would survive.', 'Asked'],
    ['Asked whether he would stand again, the mayor said he had not decided.', 'Asked'],
    // the press asking is the audience the story is told to (decision 111)
    ['The mayor arrived. Asked by reporters whether he would resign, he said no.', 'Asked'],
    ['The mayor, asked by journalists whether he would resign, said no.', 'asked'],
  ])('no source for %j', (text, cue) => {
    const s = sourceText(text, cue);
    expect(s === null || s === undefined).toBe(true);
  });
});
