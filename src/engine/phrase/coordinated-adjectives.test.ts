/**
 * Adjectives of a people, a place, a level of government or standing joined by `and`, `or` or a
 * list's commas before one head belong to one noun phrase (`Israeli and Palestinian leaders`,
 * `white and Asian male managers`, `state and local officials`): the phrase is not cut at the
 * conjunction, whether it is found from its verb (scanning left) or after `by` or `according to`
 * (scanning right). Every sentence is invented, in the shapes of news on politics, diplomacy and
 * society.
 */
import { describe, expect, test } from 'vitest';
import { cueSource, spans } from '../test-helpers';

describe('coordinated adjectives stay in the phrase found from its verb', () => {
  test.each([
    [
      'Israeli and Palestinian leaders have shown a willingness to compromise.',
      'Israeli and Palestinian leaders',
    ],
    [
      'Women describe a cycle where white and Asian male managers hire people like them.',
      'white and Asian male managers',
    ],
    [
      'Both Israeli and Palestinian officials said the talks had stalled.',
      'Both Israeli and Palestinian officials',
    ],
    ['State and local officials said the roads would reopen.', 'State and local officials'],
    [
      'In the survey, black and Hispanic residents said they were overlooked.',
      'black and Hispanic residents',
    ],
    [
      'French, German and Italian diplomats said the vote was close.',
      'French, German and Italian diplomats',
    ],
    ['US and UK-based firms said they would comply.', 'US and UK-based firms'],
    ['In the survey, male and female officers said they were ready.', 'male and female officers'],
  ])('%s', (text, phrase) => {
    expect(spans(text, 'unnamed')).toContain(phrase);
  });
});

describe('coordinated adjectives stay in the source after by or according to', () => {
  test.each([
    [
      'The plan was criticised by Israeli and Palestinian leaders.',
      'was criticised',
      'Israeli and Palestinian leaders',
    ],
    [
      'According to Israeli and Egyptian officials, the crossing will reopen.',
      'According to',
      'Israeli and Egyptian officials',
    ],
    [
      'The closure was confirmed by state and local officials.',
      'was confirmed',
      'state and local officials',
    ],
  ])('%s', (text, cue, source) => {
    const got = cueSource(text, cue);
    expect(got?.[0]).toBe(source);
    expect(got?.[1]).toBe(false);
  });
});

describe('a predicate adjective or a noun before `and` is not taken in', () => {
  test.each([
    ['The firm hired lawyers and Asian managers said the change was overdue.', 'Asian managers'],
    ['He was young and female officers said he seemed nervous.', 'female officers'],
    ['Like the French, British officials said the deal was dead.', 'British officials'],
  ])('%s', (text, phrase) => {
    expect(spans(text, 'unnamed')).toContain(phrase);
  });
});
