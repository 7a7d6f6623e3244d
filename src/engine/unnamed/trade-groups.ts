/**
 * A trade's people who did something of their own: "Nurses stormed the building on Tuesday",
 * "Angry farmers blocked the road", "Dockworkers at the port of Varne walked off the job, a union
 * official said". A bare plural occupation credited with nothing is otherwise read as the
 * workforce a story is about (`workforce` in people.ts: "Teachers must report by 7:15"); one that
 * opens a clause with a specific act is decision 99's bare plural that "does something specific
 * in the story": people the story does not name.
 */
import type { Context } from '../context';
import { isAdverb, isAux, isHeadline } from '../context';
import { F, INSTITUTION_WORDS, ruleWords } from '../lexicon';
import { headClass } from '../phrase/head-class';
import type { NounPhrase } from '../phrase/noun-phrase';
import type { Sentence } from '../sentences';
import { groupSubject, opensClause, pastDoing, progressiveAct } from './content-subject';
import type { EntityView } from './entity-view';
import { pastPickingClause } from './position';

/**
 * Whether `np`, a bare plural occupation, is a group that did something specific: the subject of a
 * past or planned act (`groupSubject`) or a past or perfect progressive one (`tradeAtWork`), beyond
 * the trade's routine work (`routineWork`), not a name (`Rangers have conceded 27 goals`), not a
 * reporting verb in another sense (`Drivers reported for their first shifts`: a true report would
 * have made the phrase a source), and in a sentence no named speaker tells. A named speaker's
 * account of what a trade did is most often of the speaker's own people ("Bus drivers have voted
 * to accept the deal, the union announced", "Astronomers have detected water vapour, the
 * consortium announced": decision 65's named speaker's own people, optional) or a general remark
 * in a quotation ("'Drivers have carried enough,' she said").
 */
export function tradeGroupActs(
  ctx: Context,
  s: Sentence,
  np: NounPhrase,
  view: EntityView,
): boolean {
  const toks = ctx.tokens;
  for (let k = np.start; k <= np.head; k++) if (ctx.name[k]) return false;
  let v = np.coreEnd;
  // (the verb right after the phrase: "Drivers reported", "Drivers have reported")
  if (np.end === np.coreEnd) {
    while (v < s.last && (isAdverb(toks[v]) || isAux(toks[v]))) v++;
    if (toks[v] && (toks[v]!.f & F.REPORT) !== 0) return false;
  }
  if (namedTeller(ctx, s, np, view)) return false;
  if (!groupSubject(ctx, s, np) && !tradeAtWork(ctx, s, np)) return false;
  // any act in what an unnamed source tells ("Dockworkers walked off the job, a union official
  // said"), and any act in the writer's voice ("Nurses walked out on Tuesday", "Engineers had
  // falsified the results": decision 99's bare plural that does something specific, decision
  // 185's workforce at every mention), but not a market's crowd ("Investors reacted with relief",
  // decision 136)
  // ("Engineers worked through the night", "Paramedics treated the driver", "Stewards opened the
  // gates": the trade at its own routine work, the workforce of a story, decision 70)
  return (
    unnamedTeller(ctx, s, np, view) ||
    (!STANCE_CROWDS.has(toks[np.head]!.lower) &&
      !routineWork(ctx, s, pastPickingClause(ctx, s, np, np.end)))
  );
}

/**
 * Whether a bare plural trade opens its clause with a past or perfect progressive act:
 * "Pilots were refusing to fly", "Journalists have been filming inside the camp" (not "Nurses are
 * leaving the profession", a present trend; nor "were arriving", "were struggling").
 */
function tradeAtWork(ctx: Context, s: Sentence, np: NounPhrase): boolean {
  if (isHeadline(ctx, s) || !opensClause(ctx, s, np.start)) return false;
  const k = pastPickingClause(ctx, s, np, np.end);
  const v = ctx.tokens[k]?.lower;
  const perfect = (v === 'have' || v === 'has') && ctx.tokens[k + 1]?.lower === 'been';
  return (pastDoing(ctx, s, k) || perfect) && progressiveAct(ctx, s, k);
}

/**
 * Whether the verb group at `k` is a trade's routine work: `worked`, `had treated`, `were
 * treating`, `opened`.
 */
function routineWork(ctx: Context, s: Sentence, k: number): boolean {
  const toks = ctx.tokens;
  while (k < s.last && isAdverb(toks[k])) k++;
  while (k < s.last && (AUX_FORMS.has(toks[k]!.lower) || isAdverb(toks[k]))) k++;
  const v = toks[k]?.lower ?? '';
  return ROUTINE_WORK.has(v) || ROUTINE_WORK.has(v.replace(/ing$/, 'ed'));
}

/** Auxiliaries of the perfect and the progressive: `had`, `been`, `were`. */
const AUX_FORMS: ReadonlySet<string> = new Set([
  'are',
  'been',
  'had',
  'has',
  'have',
  'is',
  'was',
  'were',
]);

/** Past forms of a trade's routine work and care: `worked`, `treated`, `opened`, `served`. */
const ROUTINE_WORK: ReadonlySet<string> = new Set([
  'assisted',
  'attended',
  'cared',
  'helped',
  'opened',
  'served',
  'tended',
  'treated',
  'worked',
]);

/** Market crowds and the public: `investors`, `buyers`, `traders`. */
const STANCE_CROWDS = ruleWords('stanceCrowds');

/** Whether a source the sentence credits is unnamed: "a union official said", "police said". */
function unnamedTeller(ctx: Context, s: Sentence, np: NounPhrase, view: EntityView): boolean {
  for (let k = s.first; k < s.last; k++) {
    if (k >= np.start && k < np.end) continue;
    if (view.sources.entityAt(k)?.entity.named === false) return true;
  }
  return false;
}

/**
 * Whether a named speaker tells the sentence `np` is in: a source whose entity is named ("the
 * Allied Trades Union announced", "the hospital said" after it was named), or a cue with a name or
 * `he` / `she` right before it or a name right after it ("she told members", "said Tess Marr").
 * What a named speaker tells of a trade (`nurses`, `engineers`) is most often of the speaker's own
 * people (decision 65's exception); in an anonymous, outside or unnamed speaker's words a bare
 * role noun is people the story does not name (decisions 104 and 140).
 */
export function namedTeller(ctx: Context, s: Sentence, np: NounPhrase, view: EntityView): boolean {
  const toks = ctx.tokens;
  for (let k = s.first; k < s.last; k++) {
    if (k >= np.start && k < np.end) continue;
    if (view.sources.entityAt(k)?.entity.named === true) return true;
    if ((toks[k]!.f & F.REPORT) !== 0) {
      let b = k - 1;
      while (b > s.first && isAdverb(toks[b])) b--;
      if (b >= s.first && (SPEAKER_PRONOUNS.has(toks[b]!.lower) || ctx.name[b])) return true;
      // ("The hospital said doctors had been writing": the body the story is about speaks for
      // its own people)
      if (b > s.first && toks[b - 1]!.lower === 'the' && bodyWord(ctx, b)) return true;
      if (k + 1 < s.last && ctx.name[k + 1]) return true;
    }
  }
  return false;
}

/** Whether the word at `b` names a body: `company`, `hospital`, `council`. */
function bodyWord(ctx: Context, b: number): boolean {
  const w = ctx.tokens[b]!.lower;
  return headClass(ctx, b) === 'organisation' || INSTITUTION_WORDS.has(w) || BODIES.has(w);
}

/** Words for bodies that are no company: `council`, `ministry`, `school`. */
const BODIES = ruleWords('nonCompanyBodies');

/** Pronouns of a person the story has named: `he`, `she`. */
const SPEAKER_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she']);
