/**
 * Named researchers, whom a later `the researchers` or `the scientists` refers back to: a person
 * named with a researcher's title (`Dr. Ana Ruiz`, `Professor Tom Park`, `geologist Ana Ruiz`,
 * `Ana Ruiz, an epidemiologist at ...`) or with a researcher's occupation before the titles of
 * the name (`the Scottish chemist Sir William Ramsay`).
 */
import type { Context } from '../context';
import type { Names } from './names';

/** Whether name run `r` (a person) is named as a researcher. */
export function researcherName(ctx: Context, names: Names, r: number): boolean {
  if (researchTitle(names.title(r))) return true;
  // "the Scottish chemist Sir William Ramsay": an occupation before a title of rank
  const before = ctx.tokens[names.from[r]! - 1];
  return !!before && names.from[r]! < names.start[r]! && researchTitle(before.lower);
}

/**
 * Whether `w` is a researcher's title or occupation: `doctor` (`Dr.`), `professor`, `chemist`,
 * and the scientists of a field (`geologist`, `neuroscientist`).
 */
export function researchTitle(w: string): boolean {
  return (
    RESEARCH_TITLES.has(w) || (w.length > 8 && (w.endsWith('ologist') || w.endsWith('scientist')))
  );
}

/** Titles of researchers besides the `-ologist`s and `-scientist`s: `Dr.` (read as `doctor`). */
const RESEARCH_TITLES: ReadonlySet<string> = new Set([
  'astronomer',
  'biologist',
  'chemist',
  'doctor',
  'economist',
  'epidemiologist',
  'geneticist',
  'mathematician',
  'physicist',
  'professor',
  'researcher',
  'scientist',
  'statistician',
]);

/**
 * Whether `the study` (head `head`) at token `k` is the work of researchers the story names: a
 * researcher or research body named before it ("a team of researchers at Lowther University",
 * "Dr. Lena Voss led the work"), after the study's own indefinite mention if it had one ("A new
 * study investigates ...", "In a study published last month"), and not as an outside voice ("Dr.
 * Lena Voss, who was not involved in the research").
 */
export function studyOfNamedResearchers(
  ctx: Context,
  names: Names,
  head: string,
  k: number,
): boolean {
  const toks = ctx.tokens;
  for (let q = k - 1; q >= 0; q--) {
    if (toks[q]!.lower === head && introduced(ctx, q)) return false;
    if (!ctx.name[q]) continue;
    const r = names.runAt(q);
    if (r < 0 || names.end[r]! - 1 !== q) continue;
    const kind = names.kind(r);
    if (kind === 'person' && researcherName(ctx, names, r) && !uninvolved(ctx, names.end[r]!))
      return true;
    if (kind === 'organisation')
      for (let p = names.start[r]!; p < names.end[r]!; p++)
        if (RESEARCH_BODIES.has(toks[p]!.lower)) return true;
  }
  return false;
}

/** Whether the noun at `q` is brought in by an indefinite phrase: `a study`, `a new study`. */
function introduced(ctx: Context, q: number): boolean {
  const toks = ctx.tokens;
  for (let d = q - 1; d >= 0 && d >= q - 4; d--) {
    const w = toks[d]!.lower;
    if (INDEFINITE.has(w)) return true;
    if (w === 'the' || toks[d]!.kind === 'punct') return false;
  }
  return false;
}

/**
 * Whether the words from token `k` (after a name) set the person apart from the work: ", who was
 * not involved in the study", ", who was not part of the research".
 */
function uninvolved(ctx: Context, k: number): boolean {
  const toks = ctx.tokens;
  let not = false;
  for (let q = k; q < toks.length && q < k + 12; q++) {
    const w = toks[q]!.lower;
    if (w === 'not' || w === 'never' || w.endsWith("n't")) not = true;
    if ((w === 'involved' && not) || w === 'uninvolved' || w === 'independent') return true;
    if (toks[q]!.kind === 'punct' && w !== ',') return false;
  }
  return false;
}

/** Determiners that bring in something new: `a study`, `another paper`. */
const INDEFINITE: ReadonlySet<string> = new Set(['a', 'an', 'another', 'one']);

/** Words of the names of research bodies: `Lowther University`, `the Meridian Institute`. */
export const RESEARCH_BODIES: ReadonlySet<string> = new Set([
  'college',
  'institute',
  'laboratory',
  'observatory',
  'university',
]);
