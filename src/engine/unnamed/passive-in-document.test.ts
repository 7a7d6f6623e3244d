// An indefinite document with no issuer, where an agentless passive of telling or a verb of coming
// to light puts what the story tells ("had been flagged in a 2022 inspection report"), is an
// unnamed document: the only source the sentence gives (documents.ts, passiveIn). The sentences
// are invented.
import { describe, expect, test } from 'vitest';
import { spans } from '../test-helpers';

const found = (text: string) => spans(text, 'unnamed').join(' | ');

describe('a document an agentless passive puts its content in', () => {
  test.each([
    [
      'Damp in the flats had been flagged in a 2021 survey report and was never treated.',
      'a 2021 survey report',
    ],
    ['The allegations first surfaced last month in a letter to the trust’s board.', 'a letter'],
    ['The split was first hinted at in a cryptic post on Sunday.', 'a cryptic post'],
    [
      'Serious faults in the lifts were documented in an internal review last year.',
      'an internal review',
    ],
  ])('flagged: %s', (text, want) => {
    expect(found(text)).toContain(want);
  });

  test.each([
    // a body's own word: its statement credits the body
    ['The closure was announced in a statement on Monday.', 'a statement'],
    // the one told: the sender's own medium
    ['We were told in a letter, and that was it, one parent said.', 'a letter'],
    // its author given
    ['It is alleged in a complaint lodged by a tenants’ group that rents rose.', 'a complaint'],
    // no telling: where something sits
    ['The papers were kept in a folder in the basement.', 'a folder'],
  ])('not flagged: %s', (text, word) => {
    expect(found(text)).not.toContain(word);
  });
});
