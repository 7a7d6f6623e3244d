/**
 * Plain descriptions that the story only counts or that something befalls: a staffing count
 * ("staffed by three people instead of the required seven", "short by four officers", "one aide to
 * 31 residents"), a crowd counted in the hundreds or more ("More than 1,400 bus drivers walked off
 * the job") and people an illness or an accident befalls ("several participants developed
 * signs of liver damage", "A man is reported to have been swept away"). Decisions 71 and 85 of
 * the labelled sets make both optional: they neither act nor speak in the story, and a later
 * mention that does is judged on its own.
 */
import type { Context } from '../context';
import { isAdverb, isAux, isPunct } from '../context';
import { F, ruleWords } from '../lexicon';
import { headClass } from '../phrase/head-class';
import type { NounPhrase } from '../phrase/noun-phrase';
import type { Sentence } from '../sentences';
import type { Token } from '../tokenize';

/** Number words: `two`, `three`, `dozens`. */
const NUMBER_WORDS = ruleWords('numberWords');
/** Words of a shortfall before `by` and a count: `short by`, `understaffed by`. */
const STAFFED_BY = ruleWords('staffedByWords');
/** Adjectives that make a plural an added or missing part of a staff: `extra`, `fewer`. */
const STAFF_EXTENTS = ruleWords('staffExtents');

/** Whether token `t` is a count: digits or a number word, `one` included. */
function isCount(t: Token | undefined): boolean {
  return !!t && (t.kind === 'num' || t.lower === 'one' || NUMBER_WORDS.has(t.lower));
}

/** The token after a phrase's count, past `only`, `just`, `at least`: the count's index, or -1. */
function countAt(ctx: Context, np: NounPhrase): number {
  const toks = ctx.tokens;
  let k = np.start;
  const w = toks[k]!.lower;
  if (w === 'only' || w === 'just') k++;
  else if (w === 'at' && toks[k + 1]?.lower === 'least') k += 2;
  return k < np.head && isCount(toks[k]) ? k : -1;
}

/**
 * Whether `np` is a staffing count, a number of people the story sets against the number needed
 * or tells on duty (decision 71): "three people instead of the required seven", "one person
 * rather than two", "short by four officers", "one aide to 31 residents", "Only two officers
 * reported for the late shift", "Extra nurses were on duty".
 * People counted this way do nothing the story tells of.
 */
export function staffingCount(ctx: Context, s: Sentence, np: NounPhrase): boolean {
  const toks = ctx.tokens;
  const count = countAt(ctx, np);
  const extent = count < 0 && np.head > np.start && STAFF_EXTENTS.has(toks[np.start]!.lower);
  if (count < 0 && !extent) return false;
  const before = toks[np.start - 1]?.lower;
  const before2 = toks[np.start - 2]?.lower;
  // "short by four officers", "understaffed by two nurses" (not "was staffed by two controllers":
  // a by-agent whose members may act next, as set-w w03 labels it)
  if (count >= 0 && before === 'by' && before2 !== undefined && STAFFED_BY.has(before2))
    return true;
  // "three people instead of the required seven", "one person rather than two"
  const next = toks[np.end]?.lower;
  if (
    count >= 0 &&
    ((next === 'instead' && toks[np.end + 1]?.lower === 'of') ||
      (next === 'rather' && toks[np.end + 1]?.lower === 'than'))
  ) {
    for (let q = np.end + 2; q < s.last && q <= np.end + 5; q++) if (isCount(toks[q])) return true;
    return false;
  }
  // "one aide to 31 residents", "one nurse for every 12 patients", "one guard per 40 inmates"
  if (toks[count]?.lower === 'one' && np.end === np.head + 1) {
    let q = np.end;
    if (next === 'for' && toks[q + 1]?.lower === 'every') q++;
    else if (next !== 'to' && next !== 'per') q = -1;
    if (q >= 0 && isCount(toks[q + 1]) && toks[q + 1]!.kind === 'num') return true;
  }
  // "Only two officers reported for the late shift", "Extra nurses were on duty"
  return onDuty(ctx, s, np.end);
}

/** Words before a count that leave it a count: `more than`, `about`, `nearly`. */
const QUANTITY_LEADS = ruleWords('quantityStarts');
/** Past verbs of writing a document: their subject is its author. */
const AUTHORING: ReadonlySet<string> = new Set(['drafted', 'penned', 'signed', 'wrote']);
/** The least count of people that is a crowd: no reader expects them to be told apart. */
const CROWD = 100;

/**
 * Whether `np` is a crowd counted in figures, a hundred or more people ("More than 1,400 bus
 * drivers walked off the job", "About 140 students are believed to have seen the questions",
 * "more than 180 drivers voted"): a statistic of how many took part, not people whose identity
 * the story withholds (decision 85's people who are only counted). Not a by-agent, which may be
 * the author of a document relied on ("an assessment drawn up by more than 200 scientists",
 * decision 69), nor the subject of writing one ("More than 300 nurses signed a letter warning").
 */
export function crowdCount(ctx: Context, np: NounPhrase): boolean {
  const toks = ctx.tokens;
  if (toks[np.start - 1]?.lower === 'by') return false;
  // ("have signed an open letter")
  let v = np.end;
  while (isAux(toks[v]) || isAdverb(toks[v])) v++;
  if (AUTHORING.has(toks[v]?.lower ?? '')) return false;
  let k = np.start;
  // ("more than", "at least", "about", "up to")
  while (k < np.head && k < np.start + 2 && toks[k]!.kind === 'word') {
    const w = toks[k]!.lower;
    if (!QUANTITY_LEADS.has(w) && w !== 'than' && w !== 'least' && w !== 'over' && w !== 'some')
      return false;
    k++;
  }
  const t = toks[k];
  if (!t || t.kind !== 'num' || k >= np.head) return false;
  const n = Number(t.lower.replace(/,/g, ''));
  return Number.isFinite(n) && n >= CROWD;
}

/** Nouns of a turn of work: `duty`, `shift`, `work`. */
const DUTY_NOUNS = ruleWords('dutyNouns');

/**
 * Whether a verb group at `k` puts its subject on duty: "reported for duty", "turned up for the
 * night shift", "were on duty", "was on shift".
 */
function onDuty(ctx: Context, s: Sentence, k: number): boolean {
  const toks = ctx.tokens;
  while (k < s.last && isAdverb(toks[k])) k++;
  const v = toks[k]?.lower;
  let q: number;
  if (v === 'reported' && toks[k + 1]?.lower === 'for') q = k + 2;
  else if (v === 'turned' && toks[k + 1]?.lower === 'up' && toks[k + 2]?.lower === 'for') q = k + 3;
  else if ((v === 'were' || v === 'was') && toks[k + 1]?.lower === 'on') q = k + 2;
  else return false;
  // (a determiner and adjectives before the noun: "for the late shift", "for their first shift")
  for (let end = q + 4; q < s.last && q < end; q++) {
    const t = toks[q]!;
    if (DUTY_NOUNS.has(t.lower)) return true;
    if (t.kind !== 'word' || isPunct(t)) return false;
  }
  return false;
}

/** Nouns of an illness's signs that people develop: `symptoms`, `signs`, `rash`. */
const ILLNESS_SIGNS = ruleWords('illnessSigns');
/** Adjectives of falling ill: `ill`, `sick`, `unwell`. */
const ILL_WORDS = ruleWords('illWords');
/** Verbs of dying: `died`, `drowned`. */
const DYING: ReadonlySet<string> = new Set(['die', 'died', 'dies', 'drowned']);
/** Participles of being carried off by water or wind: `swept`, `washed`. */
const CARRIED_OFF = ruleWords('carriedOffParticiples');

/**
 * Whether `np` is the subject of what befalls people, not of an act: an illness ("several
 * participants developed signs of liver damage", "two patients fell ill", "A woman became
 * unwell"), a death ("A man has died"), going missing or overboard, or being carried off ("A man
 * is reported to have been swept away", "two hikers were washed out to sea"). Those it befalls are victims, not actors the story
 * withholds (the guideline's "Victims and other non-agents").
 */
export function befallenSubject(ctx: Context, s: Sentence, np: NounPhrase): boolean {
  const toks = ctx.tokens;
  let k = np.end;
  // (auxiliaries, adverbs and a raising hedge's "is reported to have been")
  for (;;) {
    const t = toks[k];
    if (!t || k >= s.last) return false;
    if (isAux(t) || isAdverb(t) || t.lower === 'to' || t.lower === 'not') k++;
    else if ((t.f & F.RAISING) !== 0 && toks[k + 1]?.lower === 'to') k += 2;
    else break;
  }
  const v = toks[k]!.lower;
  const w = toks[k + 1]?.lower ?? '';
  if (v === 'fell' || v === 'became' || v === 'become' || v === 'been' || v === 'taken')
    return ILL_WORDS.has(w);
  if (v === 'went' || v === 'gone') return w === 'missing' || w === 'overboard';
  // "Two fishermen reported missing"
  if (v === 'reported') return w === 'missing';
  // "A man has died after a tree fell on his car", "Three men have died in custody": a plain
  // person noun known only by a death (not "Two gunmen died", a role that acted first)
  if (DYING.has(v)) return headClass(ctx, np.head) === 'person';
  if (CARRIED_OFF.has(v)) return w === 'away' || w === 'out' || w === 'overboard';
  if (v !== 'developed' && v !== 'develop') return false;
  // "developed signs of liver damage", "developed a rash", "developed severe symptoms"
  for (let q = k + 1; q < s.last && q <= k + 4; q++) {
    const t = toks[q]!;
    if (ILLNESS_SIGNS.has(t.lower)) return true;
    if (t.kind !== 'word' || isPunct(t)) return false;
  }
  return false;
}
