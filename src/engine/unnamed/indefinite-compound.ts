/**
 * A singular noun after `a`/`an` followed by the base form of a verb that is also a noun is the
 * first half of a compound, not a subject and its verb: "told an investor call", "since a
 * supplier dispute last year", "after a court challenge by a rival", "during a team talk",
 * "a charity credit card". A singular subject's verb in the present ends in `-s` ("a supplier
 * disputes"), so the bare form can be the head's verb only where English asks for a bare
 * infinitive after the subject: after a modal or `do` ("Did a supplier call?"), after `to`, after
 * a verb that takes an object and a bare infinitive ("let a lawyer review", "saw a man show his
 * badge") and in a mandative `that` clause ("asked that a doctor call"). Those are left to the
 * reading of a subject and its verb.
 */
import type { Context } from '../context';
import { isAux } from '../context';
import { headClass } from '../phrase/head-class';

/** Verbs whose object takes a bare infinitive: "let a lawyer review", "heard a guard shout". */
const BARE_INFINITIVE_TAKERS: ReadonlySet<string> = new Set([
  'bid',
  'feel',
  'felt',
  'had',
  'has',
  'have',
  'having',
  'hear',
  'heard',
  'hearing',
  'hears',
  'help',
  'helped',
  'helping',
  'helps',
  'let',
  'lets',
  'letting',
  'made',
  'make',
  'makes',
  'making',
  'notice',
  'noticed',
  'saw',
  'see',
  'seeing',
  'seen',
  'sees',
  'watch',
  'watched',
  'watches',
  'watching',
]);

/**
 * Words before the article that leave the base form to another subject or to the noun itself:
 * `to`, a mandative `that`, and the prepositions that tie an author to a plural subject before
 * them, whose verb the base form may be ("data compiled by a consultancy show", "figures from a
 * broker show").
 */
const BARE_VERB_OPENERS: ReadonlySet<string> = new Set(['by', 'from', 'of', 'that', 'to']);

/**
 * Whether the base-form word `k` (a verb that is also a noun) ends a compound with the singular
 * noun before it, which `a`/`an` opens, right before it or with one modifier between ("a
 * supplier dispute", "a local supplier dispute"), is no document, and nothing before the article
 * asks for a bare infinitive. (The caller has checked that `k` is such a base form.)
 */
export function indefiniteCompound(ctx: Context, k: number): boolean {
  // ("quoted a think tank estimate that", "a police report said": a document its first half
  // wrote, judged as a source by the rules for documents)
  // (nor after a document: "A leaked email show that" is a slip of agreement in a document's
  // own verb of finding, not a compound)
  if (headClass(ctx, k) === 'document' || headClass(ctx, k - 1) === 'document') return false;
  const toks = ctx.tokens;
  let det = -1;
  for (let j = k - 2; j >= k - 3 && j >= 0; j--) {
    const w = toks[j]?.lower;
    if (w === 'a' || w === 'an') {
      det = j;
      break;
    }
  }
  // (the words between the article and the base form: plain lowercase words, no name)
  if (det < 0) return false;
  for (let j = det + 1; j < k; j++) {
    const t = toks[j]!;
    if (t.kind !== 'word' || ctx.name[j]) return false;
  }
  const before = toks[det - 1];
  if (!before) return true;
  return (
    !isAux(before) &&
    !BARE_VERB_OPENERS.has(before.lower) &&
    !BARE_INFINITIVE_TAKERS.has(before.lower)
  );
}
