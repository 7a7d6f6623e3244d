/**
 * A document whose participle of issuing gives its issuer as a body the story named, by the word
 * for its kind (`figures published by the theatre`, `a report commissioned by the council
 * itself`), or as that body's governing board (`a review commissioned by its trustees`), is the
 * body's own and named, as `figures from the operator` is (decisions 14, 68 and 127 of the labelled
 * sets: the issuer in the phrase). A reporter's getting hold of it, a body never named, or people
 * who need not be a body's own give no issuer. Every sentence is invented.
 */
import { describe, expect, test } from 'vitest';
import { cueSource } from '../test-helpers';

describe('a participle of issuing with a by-agent that refers back to a named body', () => {
  test.each([
    [
      'The Corvel Playhouse reopened in 2021. Audience numbers have recovered, figures published by the theatre show.',
      'show',
      'figures published by the theatre',
    ],
    [
      'The Corvel Playhouse says it loses money. But a report commissioned by the theatre itself found the loss was far lower.',
      'found',
      'a report commissioned by the theatre',
    ],
    [
      'The Corvel Playhouse reopened in 2021. Audience numbers have recovered, figures released last week by the theatre show.',
      'show',
      'figures released last week by the theatre',
    ],
    [
      'The Marden Heritage Trust was wound up in May. An independent review commissioned by its trustees found no wrongdoing.',
      'found',
      'An independent review commissioned by its trustees',
    ],
    [
      'Pellbrook College cut 40 posts this year. A study ordered by its governors concluded that the cuts went too far.',
      'concluded',
      'A study ordered by its governors',
    ],
  ])('%s', (text, cue, source) => {
    expect(cueSource(text, cue)?.slice(0, 2)).toEqual([source, true]);
  });

  test.each([
    // no body of that kind named before
    [
      'Audience numbers have recovered, figures published by the theatre show.',
      'show',
      'figures published by the theatre',
    ],
    // a reporter got hold of it: no issuer (decision 14)
    [
      'The Corvel Playhouse reopened in 2021. Audience numbers have recovered, figures seen by the Gazette show.',
      'show',
      'figures seen by the Gazette',
    ],
    // commissioned by the body, then got hold of by a reporter (the guideline's own case)
    [
      'The Corvel Playhouse says it loses money. The roof leaks, according to a review commissioned by the theatre and obtained by the Gazette.',
      'according to',
      'a review commissioned by the theatre',
    ],
    // owners or lawyers may be anyone's, not a body's board
    [
      'Harlow Council cut jobs. A review commissioned by its owners found the cuts were too deep.',
      'found',
      'A review commissioned by its owners',
    ],
    [
      'Harlow Council cut jobs. A review commissioned by their lawyers found the cuts were too deep.',
      'found',
      'A review commissioned by their lawyers',
    ],
    // a board with no named body in the story
    [
      'A small charity closed in March. A review commissioned by its trustees found no wrongdoing.',
      'found',
      'A review commissioned by its trustees',
    ],
  ])('%s', (text, cue, source) => {
    expect(cueSource(text, cue)?.slice(0, 2)).toEqual([source, false]);
  });
});

describe('a document owned by a definite body the story named before', () => {
  test.each([
    [
      "The Harbour League's anti-doping unit said on Monday that it had opened a case. Two samples were tampered with, according to the unit's report.",
      'according to',
      "the unit's report",
    ],
    [
      "The Corvel Playhouse reopened in 2021. The theatre's annual figures show that audiences have recovered.",
      'show',
      "The theatre's annual figures",
    ],
  ])('%s', (text, cue, source) => {
    expect(cueSource(text, cue)?.slice(0, 2)).toEqual([source, true]);
  });

  test.each([
    // an owner the story never named
    [
      "A local charity said on Monday that it had opened a case. Two samples were tampered with, according to the charity's report.",
      'according to',
      "the charity's report",
    ],
    // an owner who is a person, not a body
    [
      "Staff at the Harbour League said the tests were rushed. Two samples were tampered with, according to the doctor's report.",
      'according to',
      "the doctor's report",
    ],
  ])('not: %s', (text, cue, source) => {
    expect(cueSource(text, cue)?.slice(0, 2)).toEqual([source, false]);
  });
});
