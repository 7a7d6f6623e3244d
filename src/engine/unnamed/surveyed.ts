/**
 * The people or bodies a survey or a poll asked, counted: "a poll of 18 economists by the Ledger",
 * "A survey of 412 pharmacies by the association found", "The union polled 3,200 students across
 * six campuses". The story relies on their answers and does not name them: they are unnamed,
 * whoever ran the survey (the labelled sets label them in six writers' sets). Not a study's
 * subjects ("a study of 90,000 people": a sample measured, not asked), nor the public ("a survey
 * of 1,000 registered voters": the guideline's public in general).
 */
import type { Context } from '../context';
import { F } from '../lexicon';
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
  const head = toks[np.head]!.lower;
  if (PUBLIC.has(head)) return false;
  const b = toks[np.start - 1]?.lower ?? '';
  const ofSurvey = b === 'of' && SURVEYS.has(toks[np.start - 2]?.lower ?? '');
  // "a survey of agents by the estate firm": a bare plural is whom the survey asked as much as a
  // count is (not "a survey of the region's farmers", a group the story may know, nor "a survey
  // of Lindqvar Bank economists", people of a named body)
  if (!counted(toks[np.start]!)) {
    if (!ofSurvey || !head.endsWith('s') || (toks[np.start]!.f & (F.DET | F.PRON)) !== 0)
      return false;
    for (let k = np.start; k < np.end; k++) if (ctx.name[k]) return false;
    return true;
  }
  return SURVEYING.has(b) || ofSurvey;
}
