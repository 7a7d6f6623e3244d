// The one reader of "this identity is withheld" by the clause after a phrase (`withheldAfter` in
// withheld-identity.ts, with the far reach of withheld-clause.ts), which opening-withheld.ts and
// withheldIdentity both ask: each form it reads, and its near misses. The sentences are invented.
import { describe, expect, test } from 'vitest';
import { buildContext } from '../context';
import { withheldAfter } from './withheld-identity';

/** Whether the clause after the first comma of `text` withholds the phrase before it. */
function reads(text: string): boolean {
  const ctx = buildContext(text);
  const comma = ctx.tokens.findIndex((t) => t.lower === ',');
  const s = ctx.sentences[ctx.sentenceOf[comma]!]!;
  return withheldAfter(ctx, s, comma);
}

describe('a clause that keeps the identity back', () => {
  test.each([
    // a name kept back, near and far
    'The trainer, whose name has not been released, left the club.',
    'The trainer, whose name the federation has not released, left the club.',
    "The trainer, whose name the county's disciplinary panel has not yet disclosed, left the club.",
    'The trainer, whose identity was redacted from the ruling, left the club.',
    // the phrase the subject of a negated naming
    'The trainer, who has not been named, left the club.',
    'The trainer, who was not named in court, left the club.',
    // the phrase the object of a refused naming, near and far
    'The buyer, which the bankers declined to name, paid cash.',
    'The buyer, whom it did not identify, paid cash.',
    'The buyer, which the two bankers asked the Courier not to name, paid cash.',
    // a description only
    'The buyer, whom the filings describe only as a Gulf investor, paid cash.',
  ])('%s', (text) => {
    expect(reads(text)).toBe(true);
  });

  test.each([
    // a name given, a naming of something else, no naming at all
    'The trainer, whose name was released on Monday, left the club.',
    'The trainer, who did not name his successor, left the club.',
    'The buyer, which named a new chief executive, paid cash.',
    'The buyer, which runs eleven stores, paid cash.',
    // left out of a document's parties, not kept back
    'The buyer, which was not named in the lawsuit, paid cash.',
  ])('%s', (text) => {
    expect(reads(text)).toBe(false);
  });
});
