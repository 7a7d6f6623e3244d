/**
 * A repeat of an unnamed document that the story still relies on though no verb of telling
 * follows it (the guideline: repeat mentions of an unnamed source are `unnamed` again; decisions
 * 7, 83 and 199 of the labelled sets): a raising hedge, a negated verb of naming, a verb of holding
 * what it records, an author given as someone unnamed. Near-misses stay unflagged: a plain
 * passive of what was done to it, a repeat whose issuer an earlier mention stated, an author
 * given by name. Every sentence is invented.
 */
import { describe, expect, test } from 'vitest';
import { spans } from '../test-helpers';

/** How often `words` is an `unnamed` span of `text`. */
function count(text: string, words: string): number {
  return spans(text, 'unnamed').filter((w) => w === words).length;
}

describe('a repeat of an unnamed document, still relied on', () => {
  test.each([
    [
      'Trustees were warned of the deficit, according to a leaked letter. The letter is understood to have been discussed at a board meeting.',
      'The letter',
    ],
    [
      'Staff were told to hide the losses, according to a leaked memo. The memo does not name the manager who gave the order.',
      'The memo',
    ],
    [
      'The bank hid its losses, according to court filings seen by the Post. The filings also include a forensic report.',
      'The filings',
    ],
    [
      'The talks stalled, according to notes of the meeting seen by the Post. The notes were written by a junior envoy.',
      'The notes',
    ],
  ])('%s', (text, repeat) => {
    expect(count(text, repeat)).toBe(1);
  });
});

describe('near-misses: a repeat that is only acted on, or whose issuer is given', () => {
  test.each([
    // a plain passive of what was done to it
    [
      'Trustees were warned of the deficit, according to a leaked letter. The letter was sent to the board in May.',
      'The letter',
    ],
    // an earlier mention stated who commissioned it (decision 155)
    [
      'A confidential review seen by the Post has found that errors were hidden at Harlow General Hospital. The review, commissioned by the hospital’s board, describes a culture of silence. The review is understood to have been shared with the regulator.',
      'The review',
    ],
    // ... and a negated naming by it, though `name` is a cue verb (the cue itself refused)
    [
      'A confidential review seen by the Post has found that errors were hidden at Harlow General Hospital. The review, commissioned by the hospital’s board, describes a culture of silence. The review does not name the surgeons involved.',
      'The review',
    ],
    // the author given by name
    [
      'The talks stalled, according to leaked notes. The notes were written by the envoy, Ana Lind.',
      'The notes',
    ],
  ])('%s', (text, repeat) => {
    expect(count(text, repeat)).toBe(0);
  });
});
