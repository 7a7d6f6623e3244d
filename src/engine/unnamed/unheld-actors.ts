/**
 * Phrases the unnamed detector finds that hold no actor of the story back, on the last look at
 * each finding (pages27's precision pass over real news pages, kept apart from the gate's
 * generic-statement rules):
 *
 * - whom an act helps, backs or passes over (`willing to assist Tunisian authorities in the
 *   investigation`, `stop supporting rebels in neighboring South Sudan`, `has ignored city
 *   regulators`): they only receive the act, like the victims and audiences of
 *   undergone-object.ts, which the guideline leaves unlabelled;
 * - a speaker or actor only imagined by a modal of what would or could be (`every one of them
 *   would say`, `A ride-sharing service wouldn't find itself`, `publishers can simply deny`): an
 *   imagined actor did nothing the story tells of, and a hypothetical cue attributes nothing (the
 *   guideline's "they would just say so");
 * - the agent of an act only feared or risked (`feared being singled out by managers`, `for fear of
 *   being sacked by bosses`): the act has not happened, its doers are imagined;
 * - a firm's name that starts with a digit (`data analysis firm 1010data`), which the tokenizer
 *   splits into a number and a word.
 */
import type { Context } from '../context';
import { isAdverb, isPunct, isVerbLike, isWord } from '../context';
import { F } from '../lexicon';
import type { Sentence } from '../sentences';
import type { Token } from '../tokenize';
import { isParticipleWord } from '../subject/clause';
import { pluralEnding } from './reason';
import { counted } from './words';

/** Verbs whose object only receives help, backing or neglect, in every form. */
const HELPED: ReadonlySet<string> = new Set(
  ['assist', 'aid', 'support', 'ignore'].flatMap((v) =>
    v.endsWith('e')
      ? [v, `${v}s`, `${v}d`, `${v.slice(0, -1)}ing`]
      : [v, `${v}s`, `${v}ed`, `${v}ing`],
  ),
);

/** Heads of the doers of a deed, accused wherever they stand: helping them is no neutral act. */
const DEED_DOERS = /^(?:gunm[ae]n|thie(?:f|ves)|militants?|terrorists?|attackers?|suspects?)$/;

/**
 * Whether the unnamed phrase of tokens `[a, b)` only receives help, backing or neglect: it is the
 * object of `assist`, `aid`, `support` or `ignore` (`to assist Tunisian authorities in`, `stop
 * supporting rebels`, `ignored city regulators`). Not a repeat (`the`), not the doers of a deed
 * (`supporting militants` accuses them), no one person (`supporting a British man detained
 * abroad`: the story's subject), and not people whose own act follows (`aided rebels who
 * seized the town`, `supported staff to report abuse`).
 */
export function helpedObject(ctx: Context, s: Sentence, a: number, b: number): boolean {
  const toks = ctx.tokens;
  let v = a - 1;
  while (v > s.first && isAdverb(toks[v])) v--;
  if (v < s.first || !HELPED.has(toks[v]!.lower)) return false;
  // ("Support groups said": the noun, opening its clause, is no verb)
  if (v === s.first || isPunct(toks[v - 1])) return false;
  if (toks[a]!.lower === 'the') return false;
  // (a group: one person helped is the person the story is about, "supporting a British man
  // detained abroad")
  const last = lastWord(toks, a, b);
  if (DEED_DOERS.test(last) || !pluralEnding(headWord(ctx, a, b))) return false;
  let k = b;
  if (isPunct(toks[k], ',')) k++;
  const w = toks[k]?.lower;
  return w !== 'who' && w !== 'that' && w !== 'to';
}

/** The lowercase head of tokens `[a, b)`: the last word before a post-modifier's preposition. */
function headWord(ctx: Context, a: number, b: number): string {
  const toks = ctx.tokens;
  for (let k = a + 1; k < b; k++) if ((toks[k]!.f & F.PREP) !== 0) return toks[k - 1]!.lower;
  return lastWord(toks, a, b);
}

/** The lowercase last word of tokens `[a, b)`. */
function lastWord(toks: readonly Token[], a: number, b: number): string {
  for (let k = b - 1; k >= a; k--) if (toks[k]!.kind === 'word') return toks[k]!.lower;
  return '';
}

/** Modals of what would or could be: their subject is imagined, not reported. */
const IMAGINING_MODALS: ReadonlySet<string> = new Set(['would', 'could', 'might', 'can']);

/** What a source declines to do: `would not say`, `could not confirm`, `wouldn't comment`. */
const REFUSED: ReadonlySet<string> = new Set([
  'answer',
  'comment',
  'confirm',
  'deny',
  'detail',
  'disclose',
  'discuss',
  'elaborate',
  'identify',
  'name',
  'release',
  'respond',
  'reveal',
  'say',
  'specify',
  'speak',
]);

/** Adverbs of a later time in a narrative: `would later`, `would eventually`. */
const LATER: ReadonlySet<string> = new Set([
  'afterwards',
  'afterward',
  'eventually',
  'finally',
  'later',
  'soon',
  'subsequently',
]);

/** Indefinite determiners of one imagined actor. */
const INDEFINITES: ReadonlySet<string> = new Set(['a', 'an', 'another', 'any']);

/**
 * Whether the unnamed phrase of tokens `[a, b)` is the subject of a modal that only imagines it
 * acting or speaking, in the writer's words: an indefinite one (`A ride-sharing service wouldn't
 * find itself`), a bare plural (`publishers can simply deny`) or each of a group (`every one of
 * them would say`), before `would`, `could`, `might` or `can` and a verb. A negated modal before a
 * cue is a refusal of the story (`officials would not say whether`) and stays, as does a modal
 * after a cue (`said lawmakers would vote`), `would` after a bare plural (a habit of the past:
 * `Protesters would gather each night`), and a guess at the past (`could have been`).
 */
export function imaginedSubject(ctx: Context, s: Sentence, a: number, b: number): boolean {
  const toks = ctx.tokens;
  const first = toks[a]!;
  const each = a - 1 >= s.first && toks[a - 1]!.lower === 'every' && first.lower === 'one';
  const indefinite = INDEFINITES.has(first.lower) || each;
  if (!indefinite && !barePlural(ctx, a, b)) return false;
  let k = b;
  // (`wouldn't` carries an adverb's flag for its negation)
  while (k < s.last && isAdverb(toks[k]) && !modalWord(toks[k]!.lower)) k++;
  const modal = toks[k]?.lower ?? '';
  const negated = modal === "wouldn't" || (modal === 'would' && toks[k + 1]?.lower === 'not');
  // (a bare plural's `could`, `couldn't` or `can't` may tell of the past or the story's present:
  // `Residents could see smoke`, `Analysts can't explain the drop`)
  const ok = indefinite
    ? (IMAGINING_MODALS.has(modal) && (toks[k + 1]?.lower !== 'not' || modal === 'would')) ||
      negated
    : (modal === 'can' || modal === 'might') && toks[k + 1]?.lower !== 'not';
  if (!ok) return false;
  let q = k + 1;
  while (q < s.last && (isAdverb(toks[q]) || toks[q]!.lower === 'not')) {
    // ("A judge would later rule": the future of a past narrative, which happened)
    if (LATER.has(toks[q]!.lower)) return false;
    q++;
  }
  const v = toks[q];
  // ("would go on to win")
  if (toks[q + 1]?.lower === 'on' && v?.lower === 'go') return false;
  // ("can be heard shouting": one depicted; "consumer groups can comment": a cue speaks for the
  // class, as generic-voice.ts holds)
  if (!isWord(v) || v.lower === 'have' || (v.f & (F.DET | F.PREP | F.BE)) !== 0) return false;
  // (but "residents can ask to pay over twelve": a request the class may make)
  if (!indefinite && (v.f & F.REPORT) !== 0 && toks[q + 1]?.lower !== 'to') return false;
  if (negated && REFUSED.has(v.lower)) return false;
  // ("would say only that": a statement the story reports)
  if (toks[q + 1]?.lower === 'only') return false;
  return !cueBefore(ctx, s, a);
}

/** Whether `w` is one of the imagining modals or `wouldn't`. */
function modalWord(w: string): boolean {
  return IMAGINING_MODALS.has(w) || w === "wouldn't";
}

/**
 * Whether a cue stands before token `a` in its sentence, making the clause someone's account
 * (`said lawmakers would vote`); a cue inside a condition that a comma closes does not (`If you
 * told my colleagues, every one of them would say`).
 */
function cueBefore(ctx: Context, s: Sentence, a: number): boolean {
  const toks = ctx.tokens;
  let condition = false;
  let cue = false;
  for (let c = s.first; c < a; c++) {
    const w = toks[c]!.lower;
    if (w === 'if' || w === 'unless') condition = true;
    else if ((toks[c]!.f & F.REPORT) !== 0) cue = true;
    else if (condition && cue && isPunct(toks[c], ',')) cue = condition = false;
  }
  return cue;
}

/** Whether tokens `[a, b)` are a bare plural: no determiner, count, possessive or name. */
function barePlural(ctx: Context, a: number, b: number): boolean {
  const toks = ctx.tokens;
  const first = toks[a]!;
  if ((first.f & (F.DET | F.QUANT)) !== 0 || counted(first)) return false;
  if (!pluralEnding(lastWord(toks, a, b))) return false;
  for (let k = a; k < b; k++) if (toks[k]!.kind === 'pos' || ctx.name[k]) return false;
  return !isVerbLike(toks[b - 1]);
}

/** Words before `being` + participle that make the act only feared or risked. */
const FEARING: ReadonlySet<string> = new Set([
  'afraid',
  'avoid',
  'avoided',
  'avoiding',
  'fear',
  'feared',
  'fearful',
  'fearing',
  'fears',
  'risk',
  'risked',
  'risking',
  'risks',
  'scared',
  'worried',
]);

/**
 * Whether the unnamed phrase of tokens `[a, b)` is a bare plural or an indefinite agent of a
 * passive act that is only feared or risked: `by` X after `being` + participle (and a particle)
 * after a word of fear (`feared being singled out by managers`, `for fear of being sacked by
 * bosses`, `worried about being followed by reporters`, `risk being undercut by rivals`).
 */
export function fearedAgent(ctx: Context, s: Sentence, a: number, b: number): boolean {
  const toks = ctx.tokens;
  // (`other` + a plural is as indefinite: `blacklisted by other teams`)
  const other = toks[a]!.lower === 'other' && b - a > 1 && barePlural(ctx, a + 1, b);
  // (one word in -men or -people is a plural too: `by spokesmen`, `by gunmen`, `by spokespeople`)
  const compound = b - a === 1 && /(?:men|people)$/.test(toks[a]!.lower);
  if (!INDEFINITES.has(toks[a]!.lower) && !other && !compound && !barePlural(ctx, a, b))
    return false;
  if (toks[a - 1]?.lower !== 'by') return false;
  let k = a - 2;
  // (a particle of the participle: `singled out by`, `shut down by`)
  if (k > s.first && (toks[k]!.f & F.PREP) !== 0) k--;
  if (k <= s.first || !isParticipleWord(toks[k]) || toks[k - 1]!.lower !== 'being') return false;
  k -= 2;
  // (`fear of being`, `afraid of being`, `worried about being`)
  if (k > s.first && (toks[k]!.lower === 'of' || toks[k]!.lower === 'about')) k--;
  return k >= s.first && FEARING.has(toks[k]!.lower);
}

/**
 * Whether tokens `[a, b)` are one word that starts with digits (`1010data`, `7park`): a firm's
 * name the tokenizer split into a number and a word, which no common noun is.
 */
export function digitName(ctx: Context, a: number, b: number): boolean {
  const toks = ctx.tokens;
  return (
    b - a === 2 &&
    toks[a]!.kind === 'num' &&
    isWord(toks[a + 1]) &&
    toks[a + 1]!.start === toks[a]!.end
  );
}

/**
 * Whether the unnamed phrase of tokens `[a, b)` holds no actor back (see the top of this file);
 * `sourceHeads`: the heads a cue credits, which only an imagined speaker may drop.
 */
export function unheld(
  ctx: Context,
  s: Sentence,
  a: number,
  b: number,
  sourceHeads: readonly number[],
): boolean {
  if (
    digitName(ctx, a, b) ||
    teamOfNamed(ctx, a, b) ||
    countryGovernment(ctx, a, b) ||
    imaginedSubject(ctx, s, a, b) ||
    fearedAgent(ctx, s, a, b)
  )
    return true;
  for (const h of sourceHeads) if (h >= a && h < b) return false;
  return helpedObject(ctx, s, a, b) || definedKind(ctx, s, a, b) || befallenFuture(ctx, s, b);
}

/** Nouns for the people a named person works with: `Smith and colleagues`. */
const TEAM_NOUNS: ReadonlySet<string> = new Set([
  'co-authors',
  'coauthors',
  'collaborators',
  'colleagues',
  'co-workers',
  'coworkers',
  'team',
]);

/**
 * Whether tokens `[a, b)` are the team of the named person right before them (`Dr. Shadlen and
 * colleagues`, `Smith and her co-authors`): a study's authors known through the name that leads
 * them, like "the researchers" after it (decision 15).
 */
export function teamOfNamed(ctx: Context, a: number, b: number): boolean {
  const toks = ctx.tokens;
  let k = a;
  if (b - a === 2 && POSSESSIVE.has(toks[a]!.lower)) k++;
  if (k !== b - 1 || !TEAM_NOUNS.has(toks[k]!.lower)) return false;
  return toks[a - 1]?.lower === 'and' && ctx.name[a - 2] === 1;
}

const POSSESSIVE: ReadonlySet<string> = new Set(['his', 'her', 'their']);

/** Adjectives of a kind of national government: `a technocratic government`. */
const GOVERNMENT_KINDS: ReadonlySet<string> = new Set([
  'caretaker',
  'civilian',
  'coalition',
  'interim',
  'military',
  'provisional',
  'technocratic',
  'transitional',
  'unity',
]);

/**
 * Whether tokens `[a, b)` are a kind of the country's own government (`replaced by a technocratic
 * government`, `an interim government took over`): the one government of the country in view, an
 * institution named by a common noun like "the government" (decision 21), not an unnamed foreign
 * state (`a foreign government`, `an allied government`).
 */
export function countryGovernment(ctx: Context, a: number, b: number): boolean {
  const toks = ctx.tokens;
  if (b - a < 2 || toks[b - 1]!.lower !== 'government') return false;
  for (let k = a; k < b - 1; k++) if (GOVERNMENT_KINDS.has(toks[k]!.lower)) return true;
  return false;
}

/**
 * Whether tokens `[a, b)`, one indefinite thing or person, stand for a kind that a definition
 * describes: after `for` or `as` and before `that` or `who` with a verb in the present (`a special
 * designation for a company that holds securities`, `a term for a person who buys debt`). Someone
 * the story tells of acts in the past or is the subject of its clause.
 */
export function definedKind(ctx: Context, s: Sentence, a: number, b: number): boolean {
  const toks = ctx.tokens;
  const first = toks[a]!.lower;
  if (first !== 'a' && first !== 'an') return false;
  const before = toks[a - 1]?.lower;
  if (a - 1 < s.first || (before !== 'for' && before !== 'as')) return false;
  const rel = toks[b]?.lower;
  if (b >= s.last || (rel !== 'that' && rel !== 'who')) return false;
  let v = b + 1;
  while (v < s.last && isAdverb(toks[v])) v++;
  const w = toks[v];
  // a third-person present: `holds`, `does` (not `was`, `has been`, `said`)
  return (
    isWord(w) &&
    /[^s]s$/.test(w.lower) &&
    (w.f & (F.BE | F.AUX | F.IRREGULAR)) === 0 &&
    w.lower !== 'has'
  );
}

/** Modals of a future or possible state: `will`, `could`, `might`. */
const FUTURE_MODALS: ReadonlySet<string> = new Set([
  'can',
  'could',
  'may',
  'might',
  'will',
  "won't",
  'would',
  "wouldn't",
]);

/** Verbs of what befalls a subject: `will face fines`, `will lose their jobs`. */
const BEFALLING: ReadonlySet<string> = new Set(['face', 'lose', 'struggle', 'suffer']);

/** Nouns after `have` that make it befall: `will have trouble`, `will have nightmares`. */
const TROUBLES: ReadonlySet<string> = new Set(['difficulty', 'nightmares', 'trouble']);

/** Participles after a group that say it takes part: `the lawyers involved`. */
const PARTAKING: ReadonlySet<string> = new Set(['affected', 'concerned', 'involved']);

/** What a suspect faces: the accused act in the story (decision 70). */
const ACCUSED_OBJECTS: ReadonlySet<string> = new Set([
  'arrest',
  'charges',
  'criminal',
  'extradition',
  'jail',
  'life',
  'prison',
  'prosecution',
  'trial',
]);

/**
 * Whether the unnamed phrase of tokens `[a, b)` is the subject of a future or possible hardship,
 * not of an act: `political leaders will find it harder to`, `the lawyers involved will have
 * nightmares`, `rebel leaders will still face sanctions`, `Companies that break them could face
 * fines`. What would befall a class tells of no one who acted; a suspect's charges or trial stay.
 */
export function befallenFuture(ctx: Context, s: Sentence, b: number): boolean {
  const toks = ctx.tokens;
  let k = b;
  // ("the lawyers involved will have")
  if (PARTAKING.has(toks[k]?.lower ?? '')) k++;
  while (k < s.last && isAdverb(toks[k]) && !FUTURE_MODALS.has(toks[k]!.lower)) k++;
  if (!FUTURE_MODALS.has(toks[k]?.lower ?? '')) return false;
  k++;
  while (k < s.last && isAdverb(toks[k])) k++;
  const v = toks[k]?.lower ?? '';
  const next = toks[k + 1]?.lower ?? '';
  if (v === 'find') return next === 'it';
  if (v === 'have') return TROUBLES.has(next);
  return BEFALLING.has(v) && !ACCUSED_OBJECTS.has(next);
}
