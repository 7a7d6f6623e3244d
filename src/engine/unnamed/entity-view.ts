/**
 * What the entities pass decides of a candidate phrase: named when its entity is (`the company`),
 * a person of a named body (`A White House official`), or an unnamed source met again (`the
 * source`, `Both sources`).
 */
import type { Context } from '../context';
import { isPrep } from '../context';
import { relatedBodyOnly } from '../entities/reference';
import type { Tracked } from '../entities/registry';
import type { Registry } from '../entities/registry';
import { F, ruleWords } from '../lexicon';
import { isPlaceName } from '../phrase/places';
import type { HeadClass } from '../phrase/head-class';
import { headClass } from '../phrase/head-class';
import { namedEventWord, namedness } from '../phrase/namedness';
import type { NounPhrase } from '../phrase/noun-phrase';
import { wordBits } from '../word-bits';
import type { Sentence } from '../sentences';
import { anonymityClause } from './appositions';
import { POSSESSIVE_DETERMINERS, WHY } from './words';

/** What the entities pass knows, for deciding whether a phrase withholds an identity. */
export interface EntityView {
  /** The entity of each source phrase of the sentence's part, by head token. */
  sources: {
    entityAt(head: number): Tracked | undefined;
    /** Whether a description that credits nothing refers to a named entity (`the researchers`). */
    refersToNamed?(np: NounPhrase): boolean;
  };
  registry: Registry;
}

/**
 * What the entity of `np` decides, if anything: a definite description of a named source is
 * named ("the company", "The authors"); a person of a named body is flagged as such ("A White
 * House official"); a definite repeat of an unnamed source is unnamed again ("the source", "Both
 * sources", "the man"). Undefined when the entities say nothing.
 */
export function byEntity(
  ctx: Context,
  np: NounPhrase,
  cls: HeadClass,
  view: EntityView,
): string | null | undefined {
  const toks = ctx.tokens;
  // (the determiner's lists as bits: asked of every candidate phrase)
  const det = determinerOf(toks[np.start]);
  const at = toks[np.start]!.start;
  const head = toks[np.head]!.lower;
  // "indigenous people ... their families, the Māori people": a whole people by its proper name
  // is named, not a repeat of an unnamed group before it
  if (head === 'people' && (det & IN_REPEAT_DETERMINERS) !== 0 && namedPeople(ctx, np)) return null;
  const tracked = view.sources.entityAt(np.head);
  // "The tanker's owner, a shipping company, said", "The company's largest shareholder": an
  // outside party known only by what it owns or funds is placed, not named (decisions 80, 140)
  if (tracked && tracked.first === at && ownedCounterpart(ctx, np))
    return cls === 'organisation' ? WHY.organisation : WHY.source;
  if (tracked) {
    const named = tracked.entity.named;
    // "A state Medicaid director said", "a Senate committee chairman": an office the entities
    // judge held by one known person ("the Medicaid director") is one of many under `a`; like
    // "A Senate aide", a person of the body the modifier names, not named themselves (decisions
    // 65, 187: a unique office identifies its holder, an indefinite one does not)
    if (named === true && tracked.first === at && indefiniteOffice(ctx, np, cls, det))
      return WHY.partial;
    if (named === true) return null;
    // "A Treasury official and two senate aides said": a later conjunct of a coordinated source
    // of people is judged by its own words, not by the body the whole phrase names
    if (named === 'partial' && PERSON_CLASSES.has(cls) && laterConjunct(ctx, np, tracked.first))
      return undefined;
    if (named === 'partial') {
      // one person of a named body whose name the story withholds: "A White House official", "a
      // spokesman for the ministry"; the body must be in the phrase itself (not "a lawyer" of a
      // body named before), and groups speak for their body ("officials from the ministry")
      // a group that opens with no determiner, or with a count or a quantity, whose own words
      // carry no body ("Inspectors who visited the ward" after the inspectorate's report) is
      // judged as a first mention (decision 65: a body counts only where the phrase carries it)
      if (PERSON_CLASSES.has(cls) && (det & ANY_DETERMINER) === 0 && bareGroup(ctx, np))
        return undefined;
      if ((det & IN_INDEFINITE_ONE) === 0 || !PERSON_CLASSES.has(cls)) return null;
      for (let k = np.start; k < np.end; k++) if (ctx.name[k]) return WHY.partial;
      // or its word for the body: "a council spokesperson" of the council the story names
      // (or an event's: "a festival insider" of the festival the story names)
      for (let k = np.start + 1; k < np.head; k++)
        if (
          ((toks[k]!.f & F.ACTOR) !== 0 && headClass(ctx, k) === 'organisation') ||
          namedEventWord(ctx, k)
        )
          return WHY.partial;
      return null;
    }
    // "The company's union condemned": a body known only by its tie to a named one
    if (cls === 'organisation' && relatedBodyOnly(ctx, np)) return WHY.organisation;
    if (!PERSON_CLASSES.has(cls)) return undefined;
    const definite = (det & (IN_REPEAT_DETERMINERS | IN_POSSESSIVE_DETERMINERS)) !== 0;
    return definite && tracked.first < at ? WHY.repeat : undefined;
  }
  // "after the researchers accounted for ...": named people the story refers back to
  if (view.sources.refersToNamed?.(np)) return null;
  if ((det & IN_REPEAT_DETERMINERS) === 0 || !PERSON_CLASSES.has(cls) || np.head !== np.coreEnd - 1)
    return undefined;
  // "the man" after "A 34-year-old man has been charged" (a source noun that credits nothing
  // may mean an origin: "the hospital might not be the source")
  if (head !== 'source' && head !== 'sources' && view.registry.unnamedBefore(head, at))
    return placedGroupRepeat(view, head) ? null : WHY.repeat;
  return undefined;
}

/**
 * Whether the earlier description with head `head` was only people of a named body, never an
 * unnamed one: "The trustees said" after "its trustees", "the organisers" after "race organisers",
 * "The administrators" after "Administrators from the accountancy firm Dray Whitcombe" refer back
 * to a body's own people, whom decision 91 calls named. Not after a bare "inspectors" (decision
 * 65: a body counts only where the phrase carries it) nor after "a second athlete in the group"
 * or "two managers at the plant" (one or some among its many people).
 */
function placedGroupRepeat(view: EntityView, head: string): boolean {
  const earlier = view.registry.byHead(head)?.entity;
  if (view.registry.firstUnnamed(head) !== -1 || earlier?.named !== 'partial') return false;
  const words = earlier.name.split(/\s+/);
  const first = words[0]!.toLowerCase();
  return words.length > 1 && !AMONG_MANY_STARTS.has(first) && !/^\d/.test(first);
}

/** Words that open one or some of a body's many people: `a`, `two`, `several`, `at least`. */
const AMONG_MANY_STARTS: ReadonlySet<string> = new Set([
  ...ruleWords('indefinite'),
  ...ruleWords('numberWords'),
  ...ruleWords('quantityStarts'),
  'few',
  'many',
  'most',
]);

/**
 * Whether `byEntity` may return a reason for `np` (for gate.ts): only with an entity, or for a
 * definite repeat of an unnamed person (the look-up that refers a phrase back to named people
 * only refuses, and is left out).
 */
export function entityMayFlag(
  ctx: Context,
  np: NounPhrase,
  cls: HeadClass,
  view: EntityView,
): boolean {
  if (view.sources.entityAt(np.head)) return true;
  if (!PERSON_CLASSES.has(cls) || np.head !== np.coreEnd - 1) return false;
  const toks = ctx.tokens;
  if ((determinerOf(toks[np.start]) & IN_REPEAT_DETERMINERS) === 0) return false;
  const head = toks[np.head]!.lower;
  return (
    head !== 'source' &&
    head !== 'sources' &&
    view.registry.unnamedBefore(head, toks[np.start]!.start)
  );
}

/** Whether `np` is a person noun with nothing after its head and a determiner of a repeat ("the", "both", "these"). */
function definitePersonRepeat(ctx: Context, np: NounPhrase, cls: HeadClass): boolean {
  return (
    PERSON_CLASSES.has(cls) &&
    np.head === np.coreEnd - 1 &&
    (determinerOf(ctx.tokens[np.start]) & IN_REPEAT_DETERMINERS) !== 0
  );
}

/**
 * Whether `np`, a definite person noun, repeats a person of a named body whom the story granted
 * anonymity: "the controller said" after "A controller at Corran, who spoke on condition of
 * anonymity" is withheld at every mention (decisions 7 and 89; decision 23's optional repeats are
 * of people the story does not say it withholds).
 */
export function grantedRepeat(
  ctx: Context,
  np: NounPhrase,
  cls: HeadClass,
  view: EntityView,
): boolean {
  const toks = ctx.tokens;
  if (!definitePersonRepeat(ctx, np, cls)) return false;
  const tracked = view.sources.entityAt(np.head);
  return (
    tracked?.entity.named === 'partial' &&
    tracked.first < toks[np.start]!.start &&
    !!tracked.entity.anonymity?.reason
  );
}

/**
 * Whether `np`, a definite person noun that `byEntity` files under a named or partly named
 * entity, says in its own words that the story withholds who it is: "The investor asked not to be
 * named" after "activist investor Greyfield Capital" and "a fund manager at one of its largest
 * investors", "The reviewers, who declined to be identified,". A named entity's mention is not
 * withheld, so the filing cannot stand; the withholding is the phrase's own, not another party's
 * (decision 163: a definite repeat is required when its own sentence shows its identity withheld;
 * decision 229).
 */
export function withheldRepeat(
  ctx: Context,
  s: Sentence,
  np: NounPhrase,
  cls: HeadClass,
  view: EntityView,
): boolean {
  if (!definitePersonRepeat(ctx, np, cls)) return false;
  for (let k = np.start; k < np.end; k++) if (ctx.name[k]) return false;
  if (!anonymityClause(ctx, s, np.end)) return false;
  // filed under a named entity, or referred back to named people
  const tracked = view.sources.entityAt(np.head);
  if (tracked) return tracked.entity.named !== false;
  return view.sources.refersToNamed?.(np) === true;
}

/** Whether the source entity of the credited phrase `np` was judged unnamed (`named: false`). */
export function judgedUnnamed(np: NounPhrase, view: EntityView): boolean {
  return view.sources.entityAt(np.head)?.entity.named === false;
}

/** Whether `np` follows `and`/`or` inside a source phrase that starts before it (offset `first`). */
function laterConjunct(ctx: Context, np: NounPhrase, first: number): boolean {
  const and = ctx.tokens[np.start - 1];
  return (
    !!and && (and.lower === 'and' || and.lower === 'or') && first < ctx.tokens[np.start]!.start
  );
}

/** Determiners of a repeat mention: `the source`, `Both sources`, `these officials`. */
const REPEAT_DETERMINERS: ReadonlySet<string> = new Set([
  'the',
  'both',
  'this',
  'that',
  'these',
  'those',
]);

/** Determiners of one new person: `a spokesman`, `one official`. */
export const INDEFINITE_ONE: ReadonlySet<string> = new Set(['a', 'an', 'one', 'another']);

/** A phrase's first word in the determiner lists above, as bits (see word-bits.ts). */
const determinerOf = wordBits(() => [REPEAT_DETERMINERS, POSSESSIVE_DETERMINERS, INDEFINITE_ONE]);
const IN_REPEAT_DETERMINERS = 1 << 0;
const IN_POSSESSIVE_DETERMINERS = 1 << 1;
const IN_INDEFINITE_ONE = 1 << 2;
const ANY_DETERMINER = IN_REPEAT_DETERMINERS | IN_POSSESSIVE_DETERMINERS | IN_INDEFINITE_ONE;

/**
 * Whether `np` is `a`/`an`/`one`/`another` and an office or role head with a proper name among its
 * modifiers only (`A state Medicaid director`, `a Senate committee chairman`): no name at or
 * after the head, none in apposition, and no `of`/`for` phrase naming a person.
 */
function indefiniteOffice(ctx: Context, np: NounPhrase, cls: HeadClass, det: number): boolean {
  if ((det & IN_INDEFINITE_ONE) === 0 || !PERSON_CLASSES.has(cls)) return false;
  if (np.head !== np.coreEnd - 1) return false;
  for (let k = np.head; k < np.end; k++) if (ctx.name[k]) return false;
  const toks = ctx.tokens;
  // ("A Kessler director, Ana Ruiz, said": the apposition names the person)
  if (toks[np.end]?.lower === ',' && ctx.name[np.end + 1]) return false;
  for (let k = np.start + 1; k < np.head; k++) if (ctx.name[k]) return true;
  return false;
}

/** Head classes of people. */
const PERSON_CLASSES: ReadonlySet<HeadClass> = new Set<HeadClass>([
  'role',
  'occupation',
  'title',
  'person',
]);

/** "the Māori people", "the Kurdish people": a people known by a capitalised word before `people`. */
function namedPeople(ctx: Context, np: NounPhrase): boolean {
  for (let k = np.start + 1; k < np.head; k++) if (ctx.tokens[k]!.cap) return true;
  return false;
}

/**
 * Owners, holders and funders of a thing or a body, and its auditor or insurer: parties outside
 * it whom a story knows by the tie alone (`the ship's owner`, `its largest shareholder`).
 */
const COUNTERPARTS: ReadonlySet<string> = new Set([
  'auditor',
  'auditors',
  'backer',
  'backers',
  'bondholders',
  'donor',
  'donors',
  'insurer',
  'insurers',
  'investor',
  'investors',
  'landlord',
  'owner',
  'owners',
  'shareholder',
  'shareholders',
  'underwriter',
  'underwriters',
]);

/**
 * Whether `np` is `the X's [adjectives] HEAD` or `its HEAD` for a counterpart head, with no name
 * in the phrase or its apposition, and X a thing or a body (not a person or a place: "his
 * landlord", "Britain's largest investor"): "The warehouse's owner", "the fund's largest backer".
 */
function ownedCounterpart(ctx: Context, np: NounPhrase): boolean {
  const toks = ctx.tokens;
  if (!COUNTERPARTS.has(toks[np.head]!.lower) || np.head !== np.coreEnd - 1) return false;
  for (let k = np.start; k < np.end; k++) if (ctx.name[k]) return false;
  const first = toks[np.start]!.lower;
  if (first === 'its' || first === 'their') return np.head - np.start <= 3;
  if (first !== 'the') return false;
  const pos = np.start + 2;
  if (toks[pos]?.kind !== 'pos' || pos >= np.head) return false;
  const owner = headClass(ctx, pos - 1);
  return !PERSON_CLASSES.has(owner) && !isPlaceName(ctx, pos - 1);
}

/**
 * Whether `np` carries no body in its own words: no possessive, no prepositional phrase after its
 * head ("Staff at the plant", "lawyers for Benua", "two employees of that department") and no
 * name or body word that makes it named (`namedness`).
 */
function bareGroup(ctx: Context, np: NounPhrase): boolean {
  const toks = ctx.tokens;
  for (let k = np.start; k < np.head; k++) if (toks[k]!.kind === 'pos') return false;
  for (let k = np.head + 1; k <= np.end && k < toks.length; k++) if (isPrep(toks[k])) return false;
  return !namedness(ctx, np);
}
