/**
 * The people or bodies a survey or a poll asked, counted: "a poll of 18 economists by the Ledger",
 * "A survey of 412 pharmacies by the association found", "The union polled 3,200 students across
 * six campuses". The story relies on their answers and does not name them: they are unnamed,
 * whoever ran the survey (the labelled sets label them in six writers' sets). Not a study's
 * subjects ("a study of 90,000 people": a sample measured, not asked), nor the public ("a survey
 * of 1,000 registered voters": the guideline's public in general).
 */
import type { Context } from '../context';
import type { NounPhrase } from '../phrase/noun-phrase';
import { counted } from './words';

/** Nouns of a survey or a poll, before `of` and whom it asked: `survey`, `poll`. */
const SURVEYS: ReadonlySet<string> = new Set(['canvass', 'poll', 'polls', 'survey', 'surveys']);
/** Verbs of asking a counted group for answers: `polled`, `surveyed`. */
const SURVEYING: ReadonlySet<string> = new Set(['canvassed', 'polled', 'surveyed']);
/** The public in general, whom a poll samples: `voters`, `adults`, `consumers`. */
const PUBLIC: ReadonlySet<string> = new Set([
  'adults',
  'citizens',
  'consumers',
  'electors',
  'people',
  'ratepayers',
  'taxpayers',
  'voters',
]);

/** Whether `np`, a count, is whom a survey or poll asked: `of` after its noun, or its verb. */
export function surveyedCount(ctx: Context, np: NounPhrase): boolean {
  const toks = ctx.tokens;
  if (!counted(toks[np.start]!) || PUBLIC.has(toks[np.head]!.lower)) return false;
  const b = toks[np.start - 1]?.lower ?? '';
  if (SURVEYING.has(b)) return true;
  return b === 'of' && SURVEYS.has(toks[np.start - 2]?.lower ?? '');
}
