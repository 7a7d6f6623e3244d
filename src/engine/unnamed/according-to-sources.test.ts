import { describe, expect, test } from 'vitest';
import { spans } from '../test-helpers';

// anon23b: what `according to` (or `per`) credits, with its modifiers: the phrase after the
// cue's `to` is a noun phrase, never a verb after an infinitive marker (phrase-ending.ts); a
// document's adjective is no title's (reason.ts); a recording "posted online" says where it came
// from (documents.ts); "marketing materials" are documents (actor-nouns.json).
describe('the whole phrase according to credits', () => {
  test.each([
    // the press of a place, whole
    ['Two soldiers were killed in the blast, according to local media.', 'local media'],
    ['The minister resigned on Friday, according to state media.', 'state media'],
    // a document's modifiers are part of it
    ['The plant failed two inspections, according to internal documents.', 'internal documents'],
    ['Sales fell by a third, according to industry figures.', 'industry figures'],
    // a title's adjective on a document is still the document's
    ['The trust lent him £90,000, according to financial records.', 'financial records'],
    [
      'The fund paid the fees, according to financial records seen by the Post.',
      'financial records',
    ],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed').join(' | ')).toContain(want);
  });
});

describe('documents relied on with no issuer', () => {
  test.each([
    // a recording that says where it came from, without a preposition
    ['The coach was pushed to the ground, according to video posted online.', 'video'],
    ['The crowd broke through a barrier, according to footage shared online.', 'footage'],
    // marketing materials an outlet saw
    [
      'The unit earns $90 million a year, according to marketing materials seen by the Wire.',
      'materials',
    ],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed').join(' | ')).toContain(want);
  });

  test.each([
    // a title keeps its adjective out of a person's phrase
    ['The firm paid its chief financial officer a bonus of $2 million.', 'officer'],
    // a recording posted by someone named
    ['She posted a video online on Sunday.', 'video'],
    // materials that are no document
    ['Builders ran short of materials in the spring.', 'materials'],
  ])('not: %s', (text, word) => {
    expect(spans(text, 'unnamed').join(' | ')).not.toContain(word);
  });
});
