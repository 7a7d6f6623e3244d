import { describe, expect, test } from 'vitest';
import { spans } from '../test-helpers';

describe('a document that people the story does not name put out with a claim in it', () => {
  test.each([
    [
      'Dozens of nurses have signed an open letter warning that wards are unsafe.',
      'an open letter',
    ],
    ['Several parents sent a letter that accuses the head teacher of bullying.', 'a letter'],
    [
      'Two former employees filed a complaint alleging that the firm falsified safety logs.',
      'a complaint',
    ],
    ['Some shareholders circulated a memo urging the board to reject the bid.', 'a memo'],
    [
      'A group of residents published an open letter Tuesday demanding an inquiry.',
      'an open letter',
    ],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed')).toContain(want);
  });

  test.each([
    // a named body's own statement stays with that body
    ['Harlow Minerals issued a statement saying it would appeal.', 'statement'],
    // no claim in it: a document only signed or sent
    ['Several parents signed a petition on Monday.', 'petition'],
    // a document already known
    ['Some residents signed the letter calling for a new crossing.', 'the letter'],
  ])('not: %s', (text, word) => {
    expect(spans(text, 'unnamed').join(' | ')).not.toContain(word);
  });
});

describe('a day after a noun is no part of it', () => {
  test.each([
    [
      'Anonymous employees published a letter Tuesday accusing the chief executive of lying.',
      'a letter',
    ],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed')).toContain(want);
  });
});

describe('not one person’s own medium', () => {
  test.each([
    ['One user posted a screenshot showing a balance that could not be withdrawn.', 'screenshot'],
    ['A former adviser wrote a memo warning that the plan would fail.', 'memo'],
  ])('%s', (text, word) => {
    expect(spans(text, 'unnamed').join(' | ')).not.toContain(word);
  });
});
