/**
 * Attribution cues: reporting verbs in any form (`said`, `has been described`, `is accused`),
 * cue phrases (`according to`, `in a statement`, `on condition of anonymity`) and cue nouns
 * (`claims that`), each with the source the sentence credits.
 */
import type { Context } from '../context';
import { sentenceHas } from '../context';
import { F } from '../lexicon';
import type { Sentence } from '../sentences';
import type { Cue } from './cue';
import { estimatedFigureCue, figuresBesideCues } from './estimated-figure';
import { expressionCue } from './expression-cue';
import { hearsaySource, nounCue } from './noun-cue';
import {
  anonymityCue,
  mediaBesideCues,
  placesOnly,
  plainCue,
  sourceAfterCue,
  statementCue,
} from './phrase-cues';
import { stanceAdjectiveCue } from './stance-adjective';
import { verbCue } from './verb-cue';

/** A cue family's finder: see `FAMILIES`. */
type Finder = (ctx: Context, s: Sentence, i: number) => Cue | null | undefined;

/**
 * The cue families, tried in this order at each candidate token, each with the lexicon flags of
 * the words it can start at (a family is tried only at those): a finder returns its cue,
 * `undefined` when its family is not there, or null when its family is there but reports
 * nothing (then the token is done).
 */
const FAMILIES: readonly (readonly [number, Finder])[] = [
  [F.CUE_AFTER, sourceAfterCue],
  [F.CUE_ANON, anonymityCue],
  [F.CUE_PLAIN, plainCue],
  [F.CUE_STATEMENT, statementCue],
  [F.CUE_EXPRESSION, expressionCue],
  [F.REPORT | F.CUE_PARTICLE, verbCue],
  [F.REPORT, estimatedFigureCue],
  [F.CUE_NOUN, nounCue],
  [F.CUE_ADJECTIVE, stanceAdjectiveCue],
];

const FAMILY_STARTS: readonly number[] = FAMILIES.map(([starts]) => starts);
const FAMILY_FINDERS: readonly Finder[] = FAMILIES.map(([, finder]) => finder);
const FAMILY_COUNT = FAMILIES.length;

const NONE: readonly Cue[] = [];

/**
 * `FAMILY_FINDERS[k](ctx, s, i)`, called by name: one call site for the finders was
 * megamorphic (no finder inlined, each call through a generic stub), in the loop over every
 * candidate token; a `switch` gives each finder a call site of its own. The order of `FAMILIES`.
 */
function tryFamily(k: number, ctx: Context, s: Sentence, i: number): Cue | null | undefined {
  switch (k) {
    case 0:
      return sourceAfterCue(ctx, s, i);
    case 1:
      return anonymityCue(ctx, s, i);
    case 2:
      return plainCue(ctx, s, i);
    case 3:
      return statementCue(ctx, s, i);
    case 4:
      return expressionCue(ctx, s, i);
    case 5:
      return verbCue(ctx, s, i);
    case 6:
      return estimatedFigureCue(ctx, s, i);
    case 7:
      return nounCue(ctx, s, i);
    default:
      return stanceAdjectiveCue(ctx, s, i);
  }
}

/** The finders in `tryFamily`'s order, checked against `FAMILIES` once, at load. */
const SWITCH_ORDER: readonly Finder[] = [
  sourceAfterCue,
  anonymityCue,
  plainCue,
  statementCue,
  expressionCue,
  verbCue,
  estimatedFigureCue,
  nounCue,
  stanceAdjectiveCue,
];
if (SWITCH_ORDER.some((f, k) => FAMILY_FINDERS[k] !== f) || SWITCH_ORDER.length !== FAMILY_COUNT)
  throw new Error('find-cues: tryFamily must list the finders in the order of FAMILIES');
const STATEMENT = FAMILY_FINDERS.indexOf(statementCue);

/** Finds every attribution cue in sentence `s`. */
export function findCues(ctx: Context, s: Sentence): readonly Cue[] {
  // a sentence with no word a cue starts at shares one empty result
  if (!sentenceHas(ctx, s, F.REPORT | F.CUE_START)) return NONE;
  const toks = ctx.tokens;
  const out: Cue[] = [];
  for (let i = s.first; i < s.last; i++) {
    const f = toks[i]!.f;
    if ((f & (F.REPORT | F.CUE_START)) === 0) continue;
    // (an indexed loop: a for-of with destructuring allocates an iterator at every candidate)
    for (let k = 0; k < FAMILY_COUNT; k++) {
      if ((f & FAMILY_STARTS[k]!) === 0) continue;
      const cue = tryFamily(k, ctx, s, i);
      if (cue === undefined) continue;
      // (not a statement phrase that only places a document: "A guard quoted in the report")
      if (cue && k === STATEMENT && placesOnly(ctx, s, cue)) break;
      if (cue) {
        out.push(hearsaySource(ctx, s, cue));
        // the cue's words are not looked at again ("according to", "points out")
        i = cue.end - 1;
      }
      break;
    }
  }
  return figuresBesideCues(ctx, mediaBesideCues(ctx, out));
}
