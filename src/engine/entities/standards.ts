/**
 * Newsroom standards for anonymous sources (AP, Reuters and most agencies): a story says why a
 * source was granted anonymity, how the source knows what they say, and describes the source as
 * specifically as it can ("a source" alone is not enough); for a document, how it was obtained.
 * Each mention of an unnamed source entity is read for these, and its entity's `anonymity`
 * check gathers what the story states (the first statement of each item wins; the most
 * specific description counts). The standards are the story's: a source that a quoted speaker
 * cites (`"Our elders told us the sea would change," he said`) is the speaker's, so a cue inside
 * quotation marks is not read for them (./link.ts).
 */
import type { Context } from '../context';
import { isDet, isPunct, isQuant, isQuote } from '../context';
import {
  ANONYMITY,
  anonymityWords,
  F,
  GENERIC_SOURCES,
  PLACE_NAMES,
  PLACE_QUALIFIERS,
  PLACE_WORDS,
  ruleWords,
} from '../lexicon';
import { headClass } from '../phrase/head-class';
import { groupAdjective } from '../phrase/noun-phrase';
import { isPlaceName } from '../phrase/places';
import type { NounPhrase } from '../phrase/noun-phrase';
import { phraseStartingAt } from '../phrase/phrase-starting';
import { previousSameWord } from '../same-word';
import type { Sentence } from '../sentences';
import type { Token } from '../tokenize';
import type {
  AnonymityReason,
  DocumentAccess,
  Evidence,
  KnowledgeBasis,
  Named,
  SourceType,
  Specificity,
} from '../types';
import type { Tracked } from './registry';
import { squash } from './words';

/**
 * Reads one mention of an unnamed entity: phrase `np` (or a pronoun at token `at`) in sentence
 * `s`; `anonymous` tells whether the sentence speaks of anonymity (a word flagged `F.ANON`).
 */
export function checkMention(
  ctx: Context,
  s: Sentence,
  np: NounPhrase | null,
  at: number,
  tracked: Tracked,
  anonymous: boolean,
): void {
  const entity = tracked.entity;
  // "residents said", "Many Tunisians fear": a population speaks, no source was granted anonymity
  // (unless the story says so: "three residents, who asked not to be named"; not "the
  // governor was quoted as saying", whose word of anonymity grants none)
  if (!entity.anonymity && !(anonymous && grantedIn(ctx, s))) {
    if (np && tracked.population === undefined)
      tracked.population =
        isPopulation(ctx, s, np) ||
        (entity.named !== true && isPeopleInGeneral(ctx, np, entity.named)) ||
        ledByName(ctx, np) ||
        (entity.named === false && isGeneralClass(ctx, np)) ||
        (entity.named === false && isIdentityClass(ctx, np)) ||
        (entity.named !== true && isBodyItself(ctx, np)) ||
        (entity.named !== true && isStudyTeam(ctx, np)) ||
        isNoOne(ctx, np, entity.type);
    if (tracked.population) return;
  }
  const check = (entity.anonymity ??= {
    specificity: 'bare',
    reason: null,
    basis: null,
    obtained: null,
  });
  // everything the story could say is said, or its first mentions are read: nothing more
  if (check.specificity === 'role-and-body' && check.reason && (check.basis || check.obtained))
    return;
  if (np && ++tracked.read > MENTIONS_READ && !anonymous) return;
  if (np) {
    // (a description read as specific as it gets need not be read for it again)
    if (check.specificity !== 'role-and-body') {
      const level =
        entity.named === 'partial' ? 'role-and-body' : specificityOf(ctx, np, entity.type);
      if (LEVELS.indexOf(level) > LEVELS.indexOf(check.specificity)) check.specificity = level;
    }
    check.basis ??= basisOf(ctx, s, np);
    if (entity.type === 'document') check.obtained ??= accessOf(ctx, s, np);
  }
  if (!check.reason && anonymous) check.reason = reasonAfter(ctx, s, np ? np.end : at + 1);
}

/** Heads of a public or a clientele rather than a source: `residents`, `voters`, `fans`. */
const POPULATION_HEADS = ruleWords('populationHeads');

/**
 * Whether phrase `np` names a population rather than a source: a public (`local residents`,
 * `many voters`) or a people (`Tunisians`, `ordinary Venezuelans`: a capitalised plural within
 * the sentence, or one made of a known nationality at its start). Newsroom standards for
 * anonymity are about people who could be named; a people or a public is not granted anonymity.
 */
function isPopulation(ctx: Context, s: Sentence, np: NounPhrase): boolean {
  const head = ctx.tokens[np.head]!;
  if (head.kind !== 'word') return false;
  if (POPULATION_HEADS.has(head.lower)) return true;
  if (!head.cap || !head.lower.endsWith('s') || (head.f & F.ACTOR) !== 0) return false;
  // (sentence-initial capitals prove nothing: "Physicians said" is not a people; "Tunisians
  // worry" is one the text met capitalised after a lowercase word: "many Tunisians")
  if (np.head > s.first || PLACE_QUALIFIERS.has(head.lower.slice(0, -1))) return true;
  const toks = ctx.tokens;
  for (let q = previousSameWord(ctx, np.head); q > 0; q = previousSameWord(ctx, q)) {
    const before = toks[q - 1]!;
    if (toks[q]!.cap && before.kind === 'word' && !before.cap) return true;
  }
  return false;
}

/**
 * Whether phrase `np` joins a name and the named one's own people by `and` (`Parata and his
 * family`, `Lind and her lawyers`): the story names who leads the claim, so nobody in it was
 * granted anonymity.
 */
function ledByName(ctx: Context, np: NounPhrase): boolean {
  let k = np.start;
  while (k < np.end && ctx.name[k]) k++;
  const toks = ctx.tokens;
  return k > np.start && toks[k]?.lower === 'and' && OWNER_WORDS.has(toks[k + 1]?.lower ?? '');
}

/** Heads that name people by nothing but being people: `people`, `persons`. */
const PEOPLE_HEADS: ReadonlySet<string> = new Set(['people', 'persons']);

/** Heads of people inside a body, who speak from within it: `employees`, `staff`, `crews`. */
const INSIDERS: ReadonlySet<string> = new Set([
  ...ruleWords('memberHeads'),
  ...ruleWords('workforce'),
  ...ruleWords('ownPeople'),
]);

/**
 * Whether phrase `np` sums up people in general rather than naming a source: a plural head
 * that says who people are, not what office or job they hold (`libertarians`, `women`, `elders`,
 * a head class `person`), or `people` described by anything at all (`Local people`, `many
 * people`, `New Zealand's indigenous people`), with at most class openers and adjectives before
 * it and nothing after. Not a source word (`sources`, bare `people said`), people of a body
 * (`employees`, `staff`), a job or office (`Physicians said`, `Officials said`: checked), a
 * counted or definite few (`two women`, `the people`), nor people a post-modifier places or
 * tells how they know (`people familiar with the talks`, `women at the plant`).
 */
function isPeopleInGeneral(ctx: Context, np: NounPhrase, named: Named): boolean {
  const toks = ctx.tokens;
  const head = toks[np.head]!;
  const w = head.lower;
  if (np.end !== np.coreEnd || np.head !== np.coreEnd - 1 || INSIDERS.has(w)) return false;
  const people = PEOPLE_HEADS.has(w);
  if (
    !people &&
    (GENERIC_SOURCES.has(w) || !w.endsWith('s') || headClass(ctx, np.head) !== 'person')
  )
    return false;
  // ("people said": the bare source word, which an anonymous source may be)
  if (people && np.start === np.head) return false;
  const from = placeOwnerEnd(ctx, np);
  // (partly named only through the place that owns them: "New Zealand's whale whisperers")
  if (named === 'partial' && from === np.start) return false;
  for (let k = from; k < np.head; k++) {
    const t = toks[k]!;
    if (t.kind !== 'word') return false;
    if (CLASS_OPENERS.has(t.lower)) continue;
    if (isDet(t) || isQuant(t) || (t.f & F.ACTOR) !== 0) return false;
  }
  return true;
}

/**
 * Where the words after a place that owns phrase `np` start (`New Zealand's indigenous
 * people`: a country's people are a people), or its start when no place owns it.
 */
function placeOwnerEnd(ctx: Context, np: NounPhrase): number {
  const toks = ctx.tokens;
  for (let k = np.head - 1; k > np.start; k--) {
    if (toks[k]!.kind !== 'pos') continue;
    // (a place of two words the lists know as a whole: "New Zealand's")
    const words = toks
      .slice(np.start, k)
      .map((t) => t.lower)
      .join(' ');
    if (PLACE_NAMES.has(words) || PLACE_QUALIFIERS.has(words)) return k + 1;
    for (let q = np.start; q < k; q++) if (!isPlaceName(ctx, q)) return np.start;
    return k + 1;
  }
  return np.start;
}

/** Plural heads of a class of outside commentators: `experts`, `analysts`, `critics`. */
const CLASS_HEADS = ruleWords('classHeads');

/** Words that open a class in general: `many`, `most`, `some`, `a number of`, `a few`. */
const CLASS_OPENERS: ReadonlySet<string> = new Set([
  'a',
  'all',
  'countless',
  'few',
  'lot',
  'lots',
  'many',
  'most',
  'number',
  'numerous',
  'of',
  'other',
  'plenty',
  'several',
  'some',
  'various',
]);

/**
 * Whether phrase `np`, of an entity of no known kind, has a head that names no person, body or
 * document (`the many retellings of the tale`, `the same feature`, `neuroscience`): a thing the
 * engine took for a source has nobody who could be granted anonymity.
 */
function isNoOne(ctx: Context, np: NounPhrase, type: SourceType): boolean {
  if (type !== 'unknown') return false;
  // ("an unidentified poster", "an anonymous commenter": someone whose name is withheld)
  for (let k = np.start; k < np.head; k++)
    if (WITHHELD_MODIFIERS.has(ctx.tokens[k]!.lower)) return false;
  const cls = headClass(ctx, amountHead(ctx, np));
  return cls === 'nonAgent' || cls === 'other';
}

/**
 * Modifiers that say a name is withheld: `an unidentified poster`, `an anonymous commenter`, `an
 * unknown caller` (the unnamed rules' words of a withheld identity).
 */
const WITHHELD_MODIFIERS = ruleWords('anonAdjectives');

/**
 * The head of phrase `np`, or after a vague amount the head of what it counts: `analysts` in `a
 * number of analysts`, `officials` in `a host of officials`.
 */
function amountHead(ctx: Context, np: NounPhrase): number {
  const toks = ctx.tokens;
  const amount = CLASS_AMOUNTS.has(toks[np.head]!.lower) && toks[np.head + 1]?.lower === 'of';
  return amount && np.head + 2 < np.end ? np.head + 2 : np.head;
}

/** Vague amounts before `of` and a class: `a number of experts`, `a host of critics`. */
const CLASS_AMOUNTS: ReadonlySet<string> = new Set(['handful', 'host', 'majority', 'number']);

/**
 * Whether phrase `np` names a class of outside commentators in general (`experts`, `most
 * economists`, `a number of analysts`, `independent researchers`, `his critics`): people the
 * story sums up, not a source it agreed not to name, so it is not asked why anonymity was
 * granted. Not a counted or definite few (`two analysts`, `the experts`: people the story met),
 * nor a class placed in a body (`analysts at the bank`, `company researchers`; a named
 * body's, `Acme's analysts`, is partly named, which the caller tells).
 */
function isGeneralClass(ctx: Context, np: NounPhrase): boolean {
  const toks = ctx.tokens;
  const head = amountHead(ctx, np);
  const amount = head !== np.head;
  if (!CLASS_HEADS.has(toks[head]!.lower)) return false;
  for (let k = ownerEnd(ctx, np.start, head); k < head; k++) {
    const t = toks[k]!;
    if (t.kind !== 'word' || ctx.name[k]) return false;
    const w = t.lower;
    if (CLASS_OPENERS.has(w) || (amount && k === np.head)) continue;
    if (isDet(t) || isQuant(t) || (t.f & F.ACTOR) !== 0) return false;
  }
  return specificityOf(ctx, np, 'group') !== 'role-and-body';
}

/**
 * Where the words after a class's owner start (`his critics`, `the mayor's opponents`, `Mr
 * Lind's critics`: the class of whoever opposes them), or `start` when it has none. An owner that
 * is a body (`the company's researchers`) places the class in it, which `specificityOf` tells.
 */
function ownerEnd(ctx: Context, start: number, head: number): number {
  const toks = ctx.tokens;
  if (OWNER_WORDS.has(toks[start]!.lower)) return start + 1;
  for (let k = head - 1; k > start; k--) if (toks[k]!.kind === 'pos') return k + 1;
  return start;
}

/**
 * Whether phrase `np` sums up people of a trade by who they are (`women programmers`, `female
 * engineers`, `Islamist politicians`, `Muslim clerics`): a bare plural job, led by nothing but
 * class openers and words of sex, age, faith or belief, with nothing after it. The story
 * describes a kind of people, not a source it agreed not to name. Not an office (`military
 * officials`, `women officials`: checked), a counted or definite few (`two women programmers`,
 * `the female engineers`) nor people a post-modifier places (`women doctors at the clinic`).
 */
function isIdentityClass(ctx: Context, np: NounPhrase): boolean {
  const toks = ctx.tokens;
  const head = toks[np.head]!;
  if (np.end !== np.coreEnd || !head.lower.endsWith('s')) return false;
  if (headClass(ctx, np.head) !== 'occupation' || INSIDERS.has(head.lower)) return false;
  let identity = false;
  for (let k = np.start; k < np.head; k++) {
    const t = toks[k]!;
    if (t.kind === 'word' && CLASS_OPENERS.has(t.lower)) continue;
    if (!identityWord(t)) return false;
    identity = true;
  }
  return identity;
}

/** A word that says who people are: `women`, `female`, `Muslim`, a capitalised belief (`Islamist`). */
function identityWord(t: Token): boolean {
  if (t.kind !== 'word' || isDet(t) || isQuant(t)) return false;
  return PLAIN_PEOPLE.has(t.lower) || groupAdjective(t) || (t.cap && BELIEF.test(t.lower));
}

/** People named by sex or age alone, before a job: `women`, `men`, `girls`. */
const PLAIN_PEOPLE = ruleWords('plainPeople');

/** A capitalised belief before a job: `Islamist`, `Marxist`. */
const BELIEF = /^[a-z]{3,}ists?$/;

/**
 * Whether phrase `np` is a body that speaks as itself, known by its place (`West Mercia police`,
 * `Kelmshire police`, `the Varne council`): an institution's statement, for which nobody was
 * granted anonymity. Not someone in it (`a Kelmshire police officer`, `a spokesman for Kelmshire
 * police`: checked), a body's people (`Acme's analysts`) nor a body the story does not place
 * (`police said`, `the local council`).
 */
function isBodyItself(ctx: Context, np: NounPhrase): boolean {
  const toks = ctx.tokens;
  if (!BODY_HEADS.has(toks[np.head]!.lower) && headClass(ctx, np.head) !== 'organisation')
    return false;
  for (let k = np.start; k < np.head; k++) if (toks[k]!.cap && !isDet(toks[k])) return true;
  return false;
}

/** Heads of a public body that speaks as itself: `police`, `council`, `ministry`. */
const BODY_HEADS = ruleWords('nonCompanyBodies');

/**
 * Whether phrase `np` is the team behind a study the story reports (`the researchers`, `the
 * authors`, `its authors`, `the study's authors`): definite or owned, they are whoever wrote it,
 * known by the work, and nobody was granted anonymity. Not a counted or indefinite few (`two
 * researchers`, `a scientist`, `researchers said`) nor people a post-modifier places.
 */
function isStudyTeam(ctx: Context, np: NounPhrase): boolean {
  const toks = ctx.tokens;
  if (np.end !== np.coreEnd || !STUDY_TEAM_HEADS.has(toks[np.head]!.lower)) return false;
  const first = toks[np.start]!;
  if (np.start === np.head || !(first.lower === 'the' || OWNER_WORDS.has(first.lower)))
    return false;
  // (nothing but an owner between: "the study's authors", not "the two researchers")
  for (let k = np.start + 1; k < np.head; k++) if (isQuant(toks[k])) return false;
  return true;
}

/** Heads of the people behind a study: a study's authors' heads (`researchers`), `coauthors`. */
const STUDY_TEAM_HEADS: ReadonlySet<string> = new Set([...ruleWords('authorHeads'), 'coauthors']);

/** Possessive determiners that give a class its owner: `his critics`, `their opponents`. */
const OWNER_WORDS: ReadonlySet<string> = new Set(['her', 'his', 'its', 'their']);

const LEVELS: readonly Specificity[] = ['bare', 'role', 'role-and-body'];

/** How many mentions of an entity are read for its description and basis (the first say it). */
const MENTIONS_READ = 3;

/** How specifically phrase `np` describes its source. */
function specificityOf(ctx: Context, np: NounPhrase, type: SourceType): Specificity {
  const toks = ctx.tokens;
  const head = toks[np.head]!.lower;
  let described = false;
  for (let k = np.start; k < np.head; k++) {
    const t = toks[k]!;
    if (t.kind === 'pos') continue;
    // "an administration official", "a company spokesman": a role in a body
    // ("a state official", "county officials": a place, not a body)
    if (
      (t.f & F.ACTOR) !== 0 &&
      headClass(ctx, k) === 'organisation' &&
      !((t.f & F.PLACE) !== 0 && PLACE_WORDS.has(t.lower))
    )
      return 'role-and-body';
    if (t.kind === 'word' && !isDet(t) && !isQuant(t) && !VAGUE_MODIFIERS.has(t.lower))
      described = true;
  }
  // "an official at the ministry", "a person in the department": a place in a body
  for (let k = np.coreEnd; k + 1 < np.end; k++) {
    const w = toks[k]!.lower;
    if (!BODY_PREPS.has(w)) continue;
    const inner = phraseStartingAt(ctx, k + 1, np.end);
    if (inner && headClass(ctx, inner.head) === 'organisation') return 'role-and-body';
  }
  const generic = type === 'document' ? GENERIC_DOCUMENTS.has(head) : GENERIC_SOURCES.has(head);
  return generic && !described ? 'bare' : 'role';
}

/**
 * How the source knows: a post-modifier (`familiar with the matter`, `briefed on the talks`,
 * `close to the company`), a relative clause (`who attended the meeting`), or a head that says it
 * (`an ally of the minister`).
 */
function basisOf(ctx: Context, s: Sentence, np: NounPhrase): Evidence<KnowledgeBasis> | null {
  const toks = ctx.tokens;
  for (let k = np.coreEnd; k < np.end; k++) {
    const kind = BASIS.get(toks[k]!.lower);
    if (kind) return evidence(ctx, kind, k, np.end);
  }
  const head = toks[np.head]!.lower;
  if (CLOSE_HEADS.has(head)) return evidence(ctx, 'close', np.start, np.end);
  // ", who attended the meeting," / "who has seen the report"
  let k = np.end;
  if (isPunct(toks[k], ',')) k++;
  if (toks[k]?.lower !== 'who' && toks[k]?.lower !== 'that') return null;
  const end = clauseEnd(ctx, s, k + 1);
  for (let q = k + 1; q < end; q++) {
    const kind = BASIS.get(toks[q]!.lower) ?? BASIS_VERBS.get(toks[q]!.lower);
    if (kind) return evidence(ctx, kind, k, end);
  }
  return null;
}

/** How a document reached the story: `obtained by the Gazette`, `seen by Reuters`, `leaked to`. */
function accessOf(ctx: Context, s: Sentence, np: NounPhrase): Evidence<DocumentAccess> | null {
  const toks = ctx.tokens;
  // (through an aside of participles: "The memo, drafted by a consultant and obtained by the Post,")
  const limit = Math.min(s.last, np.end + (isPunct(toks[np.end], ',') ? 14 : 6));
  for (let k = np.coreEnd; k < limit; k++) {
    const t = toks[k]!;
    if (k >= np.end && isPunct(t) && t.lower !== ',') break;
    const kind = ACCESS.get(t.lower);
    if (!kind) continue;
    const n = toks[k + 1]?.lower;
    if (n !== 'by' && n !== 'to' && n !== 'with') continue;
    const who = phraseStartingAt(ctx, k + 2, s.last);
    return evidence(ctx, kind, k, who ? outletEnd(ctx, who) : k + 2);
  }
  return outletBefore(ctx, s, np);
}

/**
 * An outlet's plain past or perfect of access before the document: "The Beacon reviewed internal
 * emails", "the paper has obtained a recording" (the outlet a name or a definite press noun).
 */
function outletBefore(ctx: Context, s: Sentence, np: NounPhrase): Evidence<DocumentAccess> | null {
  const toks = ctx.tokens;
  const v = np.start - 1;
  const kind = ACCESS.get(toks[v]?.lower ?? '');
  if (!kind || kind === 'leaked' || kind === 'provided' || v <= s.first) return null;
  let k = v - 1;
  if (HAVE.has(toks[k]!.lower)) k--;
  if (!ctx.name[k]) return null;
  let a = k;
  while (a > s.first && ctx.name[a - 1]) a--;
  if (toks[a - 1]?.lower === 'the') a--;
  return evidence(ctx, kind, a, v + 1);
}

/** The end of an outlet phrase after `by` or `to`, before a verb it took in: "the Post show". */
function outletEnd(ctx: Context, who: NounPhrase): number {
  for (let k = who.start + 1; k < who.end; k++)
    if ((ctx.tokens[k]!.f & F.REPORT) !== 0 && !ctx.name[k]) return k;
  return who.end;
}

const HAVE: ReadonlySet<string> = new Set(['has', 'have', 'had']);

/**
 * The stated reason for anonymity in the rest of the sentence after token `from`: `who was not
 * authorized to speak publicly`, `who asked not to be identified because the talks are private`,
 * `on condition of anonymity to discuss internal deliberations`, `for fear of reprisal`.
 */
function reasonAfter(ctx: Context, s: Sentence, from: number): Evidence<AnonymityReason> | null {
  const toks = ctx.tokens;
  let marked = false;
  for (let k = from; k < s.last; k++) {
    const w = toks[k]!.lower;
    if (notAuthorisedAt(ctx, k)) return evidence(ctx, 'not-authorised', k, clauseEnd(ctx, s, k));
    if (grantsAnonymity(ctx, k)) {
      marked = true;
      continue;
    }
    if (!marked) continue;
    // after the grant of anonymity: "because ...", "to discuss ...", "for fear of ..."
    const lead = REASON_LEADS.has(w) || (w === 'to' && REASON_VERBS.has(toks[k + 1]?.lower ?? ''));
    if (lead) {
      const end = clauseEnd(ctx, s, k + 1);
      return evidence(ctx, reasonKind(ctx, k, end), k, end);
    }
    if (isPunct(toks[k]) && toks[k]!.lower !== '-') marked = false;
  }
  return null;
}

/** Whether sentence `s` grants anonymity or says someone was not authorised to speak. */
function grantedIn(ctx: Context, s: Sentence): boolean {
  for (let k = s.first; k < s.last; k++)
    if (grantsAnonymity(ctx, k) || notAuthorisedAt(ctx, k)) return true;
  return false;
}

/**
 * Whether token `k` says someone was not authorised to speak: "not authorized to speak
 * publicly", "not permitted to discuss the case", "an unauthorised briefing".
 */
function notAuthorisedAt(ctx: Context, k: number): boolean {
  const toks = ctx.tokens;
  const w = toks[k]!.lower;
  if (w === 'unauthorized' || w === 'unauthorised') return true;
  return (w === 'not' || w === "n't") && AUTHORISATION.has(toks[k + 1]?.lower ?? '');
}

/**
 * Whether token `k` grants anonymity: `anonymity`, `anonymously`, or `named`, `identified`,
 * `quoted` denied just before (`asked not to be named`, `declined to be identified`, `without
 * being quoted`) or by a stand-in just after (`identified only as "Witness A"`); not `a student
 * named Sarah Gille`, `was quoted as saying`.
 */
function grantsAnonymity(ctx: Context, k: number): boolean {
  const toks = ctx.tokens;
  const w = toks[k]!.lower;
  if ((toks[k]!.f & F.ANON) === 0 || !ANONYMITY_WORDS.has(w)) return false;
  if (!DENIED_WORDS.has(w)) return true;
  for (let q = k - 1; q >= Math.max(0, k - DENIAL_REACH); q--)
    if (DENIALS.has(toks[q]!.lower)) return true;
  // "identified in court papers only as 'Executive-1'": a name withheld by a stand-in
  for (let q = k + 1; q < Math.min(toks.length - 1, k + DENIAL_REACH + 2); q++)
    if (toks[q]!.lower === 'only' && toks[q + 1]!.lower === 'as') return true;
  return false;
}

/** How many words before `named`, `identified` or `quoted` a denial may stand: `not to be named`. */
const DENIAL_REACH = 4;

/** The class of a stated reason, by its words. */
function reasonKind(ctx: Context, a: number, b: number): AnonymityReason {
  const toks = ctx.tokens;
  for (let k = a; k < b; k++) {
    const kind = REASON_WORDS.get(toks[k]!.lower);
    if (kind) return kind;
  }
  return 'other';
}

/**
 * Where the clause starting at `k` ends: the next punctuation or quotation mark, or the finite
 * reporting verb of the sentence ("who was not authorized to speak publicly said ...").
 */
function clauseEnd(ctx: Context, s: Sentence, k: number): number {
  const toks = ctx.tokens;
  let e = k;
  while (e < s.last && e < k + 30) {
    const t = toks[e]!;
    if ((isPunct(t) && t.lower !== '-' && t.lower !== '’') || isQuote(t)) break;
    if (e > k + 1 && (t.f & F.REPORT) !== 0 && FINITE_SAYING.has(t.lower)) break;
    e++;
  }
  return Math.max(e, k + 1);
}

/** Finite verbs of saying that end a relative clause before them: `... publicly said`. */
const FINITE_SAYING: ReadonlySet<string> = new Set(['said', 'says', 'told', 'tells', 'added']);

function evidence<K extends string>(ctx: Context, kind: K, a: number, b: number): Evidence<K> {
  const toks = ctx.tokens;
  const start = toks[a]!.start;
  const end = toks[Math.max(a, b - 1)]!.end;
  return { kind, text: squash(ctx.text.slice(start, end)), start, end };
}

/** Words that grant anonymity: `on condition of anonymity`, `asked not to be identified`. */
const ANONYMITY_WORDS: ReadonlySet<string> = anonymityWords('anonymityWords');

/** Words of anonymity only when denied: `not to be named`, `declined to be identified`. */
const DENIED_WORDS: ReadonlySet<string> = anonymityWords('deniedAnonymityWords');

/** Words that deny the naming after them: `not`, `declined`, `without`. */
const DENIALS: ReadonlySet<string> = anonymityWords('denials');

/** Words that start a stated reason after the grant: `because`, `as`, `for fear`. */
const REASON_LEADS: ReadonlySet<string> = anonymityWords('reasonLeads');

/** Verbs of a purpose after the grant: `to discuss`, `to describe`, `to speak freely`. */
const REASON_VERBS: ReadonlySet<string> = anonymityWords('reasonVerbs');

/** Participles of permission: `not authorized to speak`, `not permitted to discuss`. */
const AUTHORISATION = ruleWords('authorisation');

/** Modifiers that describe nothing about who the source is: `two`, `other`, `unnamed`. */
const VAGUE_MODIFIERS = anonymityWords('vagueModifiers');

/** Prepositions that place a source in a body: `an official at the ministry`. */
const BODY_PREPS: ReadonlySet<string> = new Set([
  'at',
  'from',
  'in',
  'inside',
  'of',
  'with',
  'within',
]);

/** Documents described only as documents: `documents`, `records`, `files`. */
const GENERIC_DOCUMENTS = anonymityWords('genericDocuments');

/** Heads that are a relationship: `an ally of the minister`, `a confidant`. */
const CLOSE_HEADS = anonymityWords('closeHeads');

const table = <K extends string>(entries: Partial<Record<K, string[]>>): ReadonlyMap<string, K> =>
  new Map(
    (Object.entries(entries) as [K, string[]][]).flatMap(([kind, words]) =>
      words.map((w): [string, K] => [w, kind]),
    ),
  );

/** Words of a post-modifier or relative clause that say how the source knows. */
const BASIS = table<KnowledgeBasis>(ANONYMITY.basis);

/** Verbs of a relative clause that say how the source knows: `who attended`, `who has seen`. */
const BASIS_VERBS = table<KnowledgeBasis>(ANONYMITY.basisVerbs);

/** Participles by which a document reached the story: `obtained`, `seen`, `leaked`. */
const ACCESS = table<DocumentAccess>(ANONYMITY.access);

/** Words that class a stated reason: `authorized`, `private`, `fear`, `policy`. */
const REASON_WORDS = table<AnonymityReason>(ANONYMITY.reasons);
