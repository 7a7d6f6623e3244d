/**
 * (Session 30: not called by `analyze`. The learned tail-fixer did not earn its place, see
 * docs/learned-unnamed.md; scripts/learned/ uses this file, and commit 0b93162 shows it wired.)
 *
 * The learned tail-fixer's gate (docs/learned-unnamed.md, session 30): whether a sentence carries
 * an anonymous-source formula, read from its words alone. The model is asked only about such
 * sentences, so most sentences pay nothing for it.
 */
import type { Context } from '../context';
import type { Sentence } from '../sentences';

/** Words whose presence is the formula by itself: `on condition of anonymity`. */
const ANONYMITY: ReadonlySet<string> = new Set([
  'anonymity',
  'anonymous',
  'anonymously',
  'unnamed',
  'unidentified',
]);
/** `declined to be named`, `asked not to be identified`. */
const NAMED: ReadonlySet<string> = new Set(['named', 'identified', 'quoted', 'cited']);
/** `not authorised to speak`, `not permitted to comment`. */
const ALLOWED: ReadonlySet<string> = new Set([
  'authorized',
  'authorised',
  'permitted',
  'allowed',
  'cleared',
  'empowered',
]);
/**
 * Words that deny before `named` or `authorised`: `declined to be named`, `not authorised` (and
 * any contraction in `n't`: `weren't permitted`).
 */
const DENY: ReadonlySet<string> = new Set([
  'not',
  "n't",
  'declined',
  'refused',
  'unwilling',
  'without',
  'never',
]);
/** A word and the word that must follow it: `familiar with`, `close to`, `briefed on`. */
const FOLLOWED: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['familiar', new Set(['with'])],
  ['close', new Set(['to'])],
  ['closest', new Set(['to'])],
  ['briefed', new Set(['on', 'about'])],
  ['knowledge', new Set(['of'])],
  ['privy', new Set(['to'])],
  ['involved', new Set(['in'])],
  ['condition', new Set(['of', 'that'])],
  ['speaking', new Set(['privately'])],
  ['spoke', new Set(['privately'])],
]);

/**
 * Whether sentence `s` carries an anonymity or basis-of-knowledge formula: `on condition of
 * anonymity`, `declined to be named`, `asked not to be identified`, `not authorised to speak`,
 * `familiar with`, `close to`, `briefed on`, `with knowledge of`, `spoke privately`.
 */
export function anonFormula(ctx: Context, s: Sentence): boolean {
  const toks = ctx.tokens;
  for (let k = s.first; k < s.last; k++) {
    const w = toks[k]!.lower;
    if (ANONYMITY.has(w)) return true;
    if (NAMED.has(w) || ALLOWED.has(w)) {
      // "declined to be named", "asked not to be named", "who is not authorised": a denial
      // up to four words before
      for (let j = k - 1; j >= s.first && j >= k - 4; j--) {
        const d = toks[j]!.lower;
        if (DENY.has(d) || d.endsWith("n't")) return true;
      }
      continue;
    }
    const next = FOLLOWED.get(w);
    if (next && k + 1 < s.last && next.has(toks[k + 1]!.lower)) return true;
  }
  return false;
}
