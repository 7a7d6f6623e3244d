/**
 * Documents that people the story does not name put out with a claim in them: "More than 200
 * scientists have signed an open letter warning that the target is unachievable", "A group of
 * anonymous engineers published an open letter accusing the startup", "Residents sent a petition
 * demanding a crossing". The document tells what its unnamed authors claim, and no named body
 * issued it: an unnamed document, its authors a second entity (decision 69 of the labelled sets).
 * A named body's own statement ("The company issued a statement saying") stays with that body,
 * and one person's post or note is their own medium (decision 95).
 */
import type { Context } from '../context';
import { isAdverb, isAux, isPunct } from '../context';
import { F } from '../lexicon';
import type { NounPhrase } from '../phrase/noun-phrase';
import type { Sentence } from '../sentences';
import { pluralEnding } from './reason';
import { WHY } from './words';

/** Verbs by which people put out a document: `signed`, `published`, `sent`. */
const ISSUING: ReadonlySet<string> = new Set([
  'circulated',
  'co-signed',
  'drafted',
  'filed',
  'issued',
  'lodged',
  'penned',
  'published',
  'released',
  'sent',
  'signed',
  'submitted',
  'wrote',
]);

/**
 * Whether the finding `[start, end)` is a group of people or bodies: a plural actor noun in it
 * ("More than 200 scientists", "Academics at three universities") or a `group` ("A group of").
 */
function groupAuthor(ctx: Context, start: number, end: number): boolean {
  for (let k = start; k < end; k++) {
    const t = ctx.tokens[k]!;
    if (t.lower === 'group') return true;
    if ((t.f & F.ACTOR) !== 0 && pluralEnding(t.lower)) return true;
  }
  return false;
}

/** The kinds of finding an unnamed author has: people or bodies who act or speak. */
const AUTHOR_WHYS: ReadonlySet<string> = new Set([
  WHY.actor,
  WHY.organisation,
  WHY.source,
  WHY.anonymous,
]);

/**
 * Whether `np`, a new document (`a`, `an`), is the object of a verb of putting out whose subject
 * is the last unnamed finding of `out` (past auxiliaries and adverbs: "have signed"), and a claim
 * follows it within a few words: an -ing cue ("warning that", "accusing the startup") or `that`.
 */
export function unnamedAuthorsDocument(
  ctx: Context,
  s: Sentence,
  np: NounPhrase,
  out: readonly { start: number; end: number; why: string }[],
): boolean {
  const toks = ctx.tokens;
  const det = toks[np.start]!.lower;
  if (det !== 'a' && det !== 'an') return false;
  const v = np.start - 1;
  if (v <= s.first || !ISSUING.has(toks[v]!.lower)) return false;
  const last = out.length > 0 ? out[out.length - 1] : undefined;
  if (!last || !AUTHOR_WHYS.has(last.why) || last.end > v) return false;
  for (let k = last.end; k < v; k++) if (!isAux(toks[k]) && !isAdverb(toks[k])) return false;
  // (a group: one person's own post or note is their medium, "One user posted a screenshot
  // showing", and a single author is often named soon after, "a short seller published a report")
  if (!groupAuthor(ctx, last.start, last.end)) return false;
  // the claim: "an open letter warning that", "a letter Tuesday accusing", "a petition that"
  for (let k = np.end; k < s.last && k < np.end + 4; k++) {
    const t = toks[k]!;
    if (t.lower === 'that') return true;
    if ((t.f & F.REPORT) !== 0 && t.lower.endsWith('ing')) return true;
    if (isPunct(t) || t.kind === 'quote') return false;
  }
  return false;
}
