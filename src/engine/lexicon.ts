/**
 * The engine's word lists, loaded from the JSON files in ./lexicon and turned into Sets and Maps
 * once, so that every lookup while analysing is a constant-time hash probe.
 */
import abbreviations from './lexicon/abbreviations.json';
import actorNouns from './lexicon/actor-nouns.json';
import anonymity from './lexicon/anonymity.json';
import cuePhrases from './lexicon/cue-phrases.json';
import entityWords from './lexicon/entity-words.json';
import functionWords from './lexicon/function-words.json';
import hedges from './lexicon/hedges.json';
import participles from './lexicon/participles.json';
import places from './lexicon/places.json';
import reportingVerbs from './lexicon/reporting-verbs.json';
import ruleWordLists from './lexicon/rule-words.json';
import timeWords from './lexicon/time-words.json';
import verbFrames from './lexicon/verb-frames.json';
import wordnet from './lexicon/wordnet.json';
import type { CueClass } from './types';
import { wordValue } from './word-bits';
import { internalized } from './word-table';

/** The grammatical form of a verb token. */
export type VerbForm = 'base' | 'third' | 'past' | 'participle' | 'ing';

/**
 * Each verb form's bit in `VerbForms`. (A switch, not a lookup table: the rules ask with a
 * constant form, which the compiler folds once `has` is inlined; an object indexed by the form
 * made V8 use a megamorphic keyed load for every such question.)
 */
function formBit(form: VerbForm): number {
  switch (form) {
    case 'base':
      return 1;
    case 'third':
      return 2;
    case 'past':
      return 4;
    case 'participle':
      return 8;
    case 'ing':
      return 16;
  }
}

/**
 * The forms a verb token can be (`said`: past and participle), as bits: `has` is a bit test,
 * not a Set probe (the rules ask it at every reporting-verb token, often several times).
 */
export class VerbForms {
  private bits = 0;

  constructor(forms: readonly VerbForm[]) {
    for (const f of forms) this.add(f);
  }

  add(form: VerbForm): void {
    this.bits |= formBit(form);
  }

  has(form: VerbForm): boolean {
    return (this.bits & formBit(form)) !== 0;
  }
}

/** What the engine knows about one reporting-verb form. */
export interface VerbEntry {
  lemma: string;
  cue: CueClass;
  forms: VerbForms;
  /** Only a base or third-person form (`says`, `claim`): no past, participle or -ing. */
  finiteOnly: boolean;
  /** The lemma's index among the reporting verbs' lemmas: `lemmaBits` keeps answers by it. */
  lemmaId: number;
}

const set = (words: readonly string[]): ReadonlySet<string> => new Set(words);

/** The Sets `ruleWords` made, by list. */
const ruleWordSets = new Map<string, ReadonlySet<string>>();

/**
 * A small word list that one rule reads (`rule-words.json`, keyed by the rule's constant):
 * kept as data beside the main lexicons so every word the engine keys on can be reviewed there.
 * One Set a list, however many modules ask for it (`numberWords` is read in ten).
 */
export function ruleWords(key: keyof typeof ruleWordLists): ReadonlySet<string> {
  let words = ruleWordSets.get(key);
  if (words === undefined) {
    words = set(ruleWordLists[key]);
    ruleWordSets.set(key, words);
  }
  return words;
}

/**
 * Each word of some lists to the bits of the lists it is in (`[list, bit]` pairs): one Map probe
 * answers every list at once.
 */
export function bitsByWord(
  lists: readonly (readonly [ReadonlySet<string>, number])[],
): ReadonlyMap<string, number> {
  const bits = new Map<string, number>();
  for (const [words, bit] of lists) for (const w of words) bits.set(w, (bits.get(w) ?? 0) | bit);
  return bits;
}

/** A word list of `anonymity.json` (see `ANONYMITY`). */
export function anonymityWords(
  key:
    | 'anonymityWords'
    | 'closeHeads'
    | 'deniedAnonymityWords'
    | 'denials'
    | 'genericDocuments'
    | 'reasonLeads'
    | 'reasonVerbs'
    | 'vagueModifiers',
): ReadonlySet<string> {
  return set(anonymity[key]);
}

/** Regular inflection, for lemmas the lexicon lists without irregular forms. */
function thirdPerson(lemma: string): string {
  if (/(?:s|sh|ch|x|z|o)$/.test(lemma)) return `${lemma}es`;
  if (/[^aeiou]y$/.test(lemma)) return `${lemma.slice(0, -1)}ies`;
  return `${lemma}s`;
}

function pastRegular(lemma: string): string {
  if (lemma.endsWith('e')) return `${lemma}d`;
  if (/[^aeiou]y$/.test(lemma)) return `${lemma.slice(0, -1)}ied`;
  return `${lemma}ed`;
}

function gerund(lemma: string, past: string): string {
  if (lemma.endsWith('ie')) return `${lemma.slice(0, -2)}ying`;
  // consonant doubling shows in the listed past: admit|admitted -> admitting
  const doubled = /([bdgklmnprt])\1ed$/.exec(past);
  if (doubled && !lemma.endsWith(doubled[1]! + doubled[1]!)) return `${past.slice(0, -2)}ing`;
  // and in a one-syllable consonant-vowel-consonant lemma whose past shows none: hit -> hitting,
  // set -> setting ("hitting back at", "setting out the plan")
  if (/^[^aeiou]*[aeiou][bdgmnpt]$/.test(lemma) && past === lemma)
    return `${lemma}${lemma.slice(-1)}ing`;
  if (lemma.endsWith('e') && !lemma.endsWith('ee')) return `${lemma.slice(0, -1)}ing`;
  return `${lemma}ing`;
}

/** Every inflected form of a lexicon entry `lemma` or `lemma|past|participle`. */
export function inflect(entry: string): Map<string, VerbForm[]> {
  const [lemma = '', pastGiven, partGiven] = entry.split('|');
  const past = pastGiven ?? pastRegular(lemma);
  const participle = partGiven ?? past;
  const out = new Map<string, VerbForm[]>();
  // (the built forms internalized, like the tokens' words they are compared with)
  const add = (built: string, form: VerbForm): void => {
    const word = internalized(built);
    const list = out.get(word);
    if (list) list.push(form);
    else out.set(word, [form]);
  };
  add(lemma, 'base');
  add(thirdPerson(lemma), 'third');
  add(past, 'past');
  add(participle, 'participle');
  add(gerund(lemma, past), 'ing');
  // American spelling of a doubled l after an unstressed -al/-el: signalled and signaled
  if (/[ae]l$/.test(lemma) && past === `${lemma}led`) {
    add(`${lemma}ed`, 'past');
    add(`${lemma}ed`, 'participle');
    add(`${lemma}ing`, 'ing');
  }
  // British past in -t beside the regular one: learnt and learned, dreamt and dreamed
  if (BRITISH_T.test(lemma) && past === `${lemma}ed`) {
    const t = `${lemma.replace(/ll$/, 'l')}t`;
    add(t, 'past');
    add(t, 'participle');
  }
  return out;
}

/** Verbs with a British past in -t as well as -ed: `learnt`, `dreamt`, `spelt`. */
const BRITISH_T = /^(?:burn|dream|lean|leap|learn|smell|spell|spill|spoil)$/;

/**
 * Verbs of rating listed only in the past and as a participle (`rated`, `graded`, `logged`): their
 * other forms are mostly nouns (`interest rates`, `call logs`, `grades`), in headlines too; so
 * are `label`'s (`record labels`, `warning labels`: "labelled the plan 'reckless'" is the verb).
 * So is `rumour`, a verb only in the passive (`It is rumoured that`, `had been rumoured for weeks`).
 */
const PAST_ONLY: ReadonlySet<string> = new Set([
  'grade',
  'label',
  'log',
  'rate',
  'rumor',
  'rumour',
]);

/** Each reporting verb's lemma to its `lemmaId`, in the order the lexicon lists them. */
const lemmaIds = new Map<string, number>();

function buildVerbs(): {
  single: Map<string, VerbEntry>;
  particle: Map<string, Map<string, VerbEntry>>;
} {
  const single = new Map<string, VerbEntry>();
  // two-word verbs (`point out`) keyed by the verb form, then the particle
  const particle = new Map<string, Map<string, VerbEntry>>();
  for (const [cls, entries] of Object.entries(reportingVerbs)) {
    for (const entry of entries) {
      const words = entry.split(' ');
      const head = words[0]!;
      const lemma = head.split('|')[0]!;
      // (the same for every form of the entry: made once, not once per form)
      // (a two-word verb's lemma is its base and particle: `set|set|set out` -> `set out`)
      const entryLemma = internalized(
        words.length > 1 ? [lemma, ...words.slice(1)].join(' ') : lemma,
      );
      const particleWord = words.length > 1 ? internalized(words[1]!) : '';
      let lemmaId = lemmaIds.get(entryLemma);
      if (lemmaId === undefined) lemmaIds.set(entryLemma, (lemmaId = lemmaIds.size));
      for (const [form, allKinds] of inflect(head)) {
        const kinds = PAST_ONLY.has(lemma)
          ? allKinds.filter((k) => k === 'past' || k === 'participle')
          : allKinds;
        if (kinds.length === 0) continue;
        const value: VerbEntry = {
          lemma: entryLemma,
          cue: cls as CueClass,
          forms: new VerbForms(kinds),
          finiteOnly: false,
          lemmaId,
        };
        if (words.length > 1) {
          const byParticle = particle.get(form) ?? new Map<string, VerbEntry>();
          byParticle.set(particleWord, value);
          particle.set(form, byParticle);
        } else {
          const prev = single.get(form);
          if (prev) for (const k of kinds) prev.forms.add(k);
          else single.set(form, value);
        }
      }
    }
  }
  for (const byParticle of [single, ...particle.values()])
    for (const v of byParticle.values()) {
      const f = v.forms;
      v.finiteOnly = !f.has('past') && !f.has('participle') && !f.has('ing');
    }
  return { single, particle };
}

const verbs = buildVerbs();

/** Reporting-verb forms (`said`, `claims`, `denying`) to their lemma and cue class. */
export const REPORTING_VERBS: ReadonlyMap<string, VerbEntry> = verbs.single;
/**
 * `reportingVerb(t)`, kept per word (see `wordValue`): the engine asks it at every
 * reporting-verb form, in most of its passes.
 */
export const reportingVerb = wordValue(REPORTING_VERBS);
/** Two-word reporting verbs: form, then particle (`points` -> `out`). */
export const PARTICLE_VERBS: ReadonlyMap<string, ReadonlyMap<string, VerbEntry>> = verbs.particle;

/** Marks a lemma whose bits are known (as in word-bits.ts: the highest bit of a small integer). */
const LEMMA_KNOWN = 1 << 29;

/**
 * A reporting verb's lemma in several fixed lemma lists at once, as bits (list `i` of the lists
 * given: `1 << i`), kept by the entry's `lemmaId`: the position, frame and sense rules ask
 * their lists of lemmas (`NOUN_HOMOGRAPHS`, the frame families, the verbs of foretelling) about
 * every candidate verb, a Set probe each; each lemma now probes them once, and every later
 * question is one typed-array read. `lists` is called at the first question (see `wordBits`).
 */
export function lemmaBits(
  lists: () => readonly { has(w: string): boolean }[],
): (entry: VerbEntry) => number {
  let known: Int32Array | undefined;
  let sets: readonly { has(w: string): boolean }[] = [];
  return (entry) => {
    if (known === undefined) {
      known = new Int32Array(lemmaIds.size);
      sets = lists();
    }
    const b = known[entry.lemmaId]!;
    if (b !== 0) return b & ~LEMMA_KNOWN;
    let bits = 0;
    for (let k = 0; k < sets.length; k++) if (sets[k]!.has(entry.lemma)) bits |= 1 << k;
    known[entry.lemmaId] = bits | LEMMA_KNOWN;
    return bits;
  };
}

/** `map.get(entry.lemma)`, kept by the entry's `lemmaId` (see `lemmaBits`). */
export function lemmaValue<V>(map: ReadonlyMap<string, V>): (entry: VerbEntry) => V | undefined {
  const asked = new Uint8Array(lemmaIds.size);
  const values: (V | undefined)[] = [];
  for (let k = 0; k < lemmaIds.size; k++) values.push(undefined);
  return (entry) => {
    const id = entry.lemmaId;
    if (asked[id] === 0) {
      asked[id] = 1;
      values[id] = map.get(entry.lemma);
    }
    return values[id];
  };
}

export const CLAUSAL_VERBS = set(verbFrames.clausal);
export const QUOTATIVE_VERBS = set(verbFrames.quotative);
export const TOPIC_VERBS = set(verbFrames.topic);
export const PLEAD_VERBS = set(verbFrames.plead);
/** Verbs of the manner of speaking (`muttered`, `snapped`): quotative, and as a bare -ing only after a comma. */
export const MANNER_VERBS = set(verbFrames.manner);
/** Verbs of supposing that report only a speaker's or a document's view (`assume`, `imply`). */
export const SPEAKER_ONLY_VERBS = set(verbFrames.speakerOnly);
/** Verbs of criticism and praise: cues when a speaker judges someone or something (`slammed the ruling`). */
export const STANCE_VERBS = set(verbFrames.stance);
/** Verbs of rating and regarding: cues with a grade or `as` after them (`rated it "inadequate"`). */
export const RATING_VERBS = set(verbFrames.rating);
/** Verbs of questioning someone: cues with the topic asked about (`grilled the minister over`). */
export const QUESTIONING_VERBS = set(verbFrames.questioning);
export const NOUN_HOMOGRAPHS = set(verbFrames.nounHomographs);

/** The words of a cue phrase, internalized (they are compared with the tokens' words). */
const phraseWords = (p: string): string[] => p.split(' ').map(internalized);

export const SOURCE_AFTER_PHRASES = cuePhrases.sourceAfter.map(phraseWords);

/** A verb of expression and the nouns that make it a cue: `expressed frustration`, `made public`. */
export interface ExpressionVerb {
  lemma: string;
  nouns: ReadonlySet<string>;
}

/** Forms of the verbs of expression (`expressed`, `raises`, `made`) to their cue nouns. */
export const EXPRESSION_VERBS: ReadonlyMap<string, ExpressionVerb> = new Map(
  Object.entries(cuePhrases.expression).flatMap(([key, nouns]) => {
    // (a key may list irregular forms, like the reporting verbs: `break|broke|broken`)
    const lemma = key.split('|')[0]!;
    const value: ExpressionVerb = { lemma, nouns: set(nouns) };
    const entry = lemma === 'make' ? 'make|made|made' : key;
    return [...inflect(entry).keys()].map((form): [string, ExpressionVerb] => [form, value]);
  }),
);
export const ANONYMITY_PHRASES = cuePhrases.anonymity.map(phraseWords);
// (a source's refusal, "declined to comment", is a plain cue too: the ledgers ask no standards of
// a source that only refused)
export const PLAIN_PHRASES = [...cuePhrases.plain, ...cuePhrases.refusals].sort().map(phraseWords);
export const STATEMENT_NOUNS = set(cuePhrases.statementNouns);
/** Adjectives of stance that report with a clause after `be`: `is adamant that`, `are confident`. */
export const STANCE_ADJECTIVES = set(cuePhrases.stanceAdjectives);
export const CUE_NOUNS = set(cuePhrases.cueNouns);
/** Speech-act nouns that are cues with just an owner: `her warnings`, `his testimony`. */
export const OWNED_CUE_NOUNS = set(cuePhrases.ownedCueNouns);
/** Nouns of an account of events, cues with their owner when answered: `rejected her account`. */
export const ANSWERED_ACCOUNTS = set(cuePhrases.answeredAccounts);
/** Nouns of a tip-off, cues with their giver after `from`: `a tip from a customer`. */
export const TIP_NOUNS = set(cuePhrases.tipNouns);
/** Nouns of talk and quarrel, cues with their topic: `debate about`, `a row over`. */
export const TALK_NOUNS = set(cuePhrases.talkNouns);
/** Nouns of disagreement, cues with a question as their topic: `a dispute over who`. */
export const DISAGREEMENT_NOUNS = set(cuePhrases.disagreementNouns);

export const HEDGE_WORDS = set(hedges.words);
export const RAISING_PARTICIPLES = set(hedges.raisingParticiples);
/** Quantifiers that float between `be` and its participle: `are all thought to`, `were both abandoned`. */
export const FLOATING_QUANTIFIERS: ReadonlySet<string> = new Set(['all', 'both', 'each']);
export const APPEARANCE_VERBS = set(hedges.appearance);

export const IRREGULAR_PARTICIPLES = set(participles.irregular);

/**
 * A quick test before a Set probe: false when no word of `words` has the length and first letter
 * of `w` (one typed-array read), so that a hot path pays the probe only for likely members.
 */
export function shapeFilter(words: Iterable<string>): (w: string) => boolean {
  const masks = new Int32Array(32);
  for (const w of words) masks[Math.min(w.length, 31)]! |= 1 << (w.charCodeAt(0) & 31);
  return (w) => (masks[Math.min(w.length, 31)]! & (1 << (w.charCodeAt(0) & 31))) !== 0;
}

const irregularShape = shapeFilter(IRREGULAR_PARTICIPLES);

/** `IRREGULAR_PARTICIPLES.has(w)`, most words ruled out without the probe. */
export const isIrregularParticiple = (w: string): boolean =>
  irregularShape(w) && IRREGULAR_PARTICIPLES.has(w);
/** Irregular simple pasts that are never participles or nouns: `drew`, `took`, `knew`. */
export const IRREGULAR_PAST = set(participles.irregularPast);
export const STATIVE_PARTICIPLES = set(participles.stative.filter((w) => !w.includes(' ')));

export const ROLE_NOUNS = set(actorNouns.role);

/** Regular plural of a person noun: `bookkeeper` -> `bookkeepers`, `fisherman` -> `fishermen`. */
export function pluralNoun(w: string): string {
  if (w.endsWith('wife')) return `${w.slice(0, -4)}wives`;
  if (w.endsWith('man')) return `${w.slice(0, -3)}men`;
  if (/[^aeiou]y$/.test(w)) return `${w.slice(0, -1)}ies`;
  if (/(?:s|sh|ch|x|z)$/.test(w)) return `${w}es`;
  return `${w}s`;
}

/**
 * Occupations (listed in the singular, plurals derived): actors when they act or speak (`a
 * plumber found`, `teachers said`), not when they are only mentioned (`hired a plumber`).
 */
/**
 * Plurals of one-word titles: office-holders who act like a trade, only when they act or speak
 * ("University leaders reacted with dismay", "the club's owners"), never the one holder a
 * singular title is ("the mayor"); not a plural that is mostly a thing or a verb ("heads",
 * "chairs", "speakers"), a royal line ("kings"), the owners of things ("Owners can claim a
 * refund") or the founders of a thing ("its founders say").
 * (rule-words `titlesNoPlural`)
 */
export const TITLE_PLURALS: ReadonlySet<string> = new Set(
  actorNouns.title
    .filter((w) => !w.includes(' ') && !ruleWords('titlesNoPlural').has(w))
    .map((w) => internalized(pluralNoun(w))),
);
export const OCCUPATION_NOUNS: ReadonlySet<string> = new Set([
  ...actorNouns.occupation.flatMap((w) => [w, internalized(pluralNoun(w))]),
  ...TITLE_PLURALS,
]);
/** Every word of the hand-written noun classes of actor-nouns.json, singulars and plurals. */
const HAND_NOUNS: ReadonlySet<string> = new Set([
  ...Object.values(actorNouns).flat(),
  ...OCCUPATION_NOUNS,
]);

/**
 * A hand-written class with WordNet's lower-priority words of the same class added
 * (`wordnet.json`, made by scripts/wordnet-lexicon.ts from the first senses of WordNet 3.0): only
 * words in no hand-written class, so a hand-written class always wins, and the added words pass
 * every gate the hand-written ones pass, no more.
 */
function withWordNet(hand: readonly string[], derived: readonly string[]): ReadonlySet<string> {
  return new Set([...hand, ...derived.filter((w) => !HAND_NOUNS.has(w))]);
}

/** `wordnet.json`'s `onlyPersons`: sorted singulars, space-separated (see `onlyPerson`). */
const ONLY_PERSONS: string = wordnet.onlyPersons;

/** The words of `ONLY_PERSONS`, split at the first lookup (one native split, no Set built). */
let onlyPersonWords: readonly string[] | null = null;

/**
 * Whether `w` is a word of `ONLY_PERSONS`, by binary search over its words. (Each probe used to
 * look for the word around the middle of a range of the string's characters and copy it out: a
 * loop of character reads and a new string per probe at every word the word table meets first,
 * each a name or a rarer word; an index of word starts, read out of the string by a loop, cost
 * the engine's load more than it saved.)
 */
function inOnlyPersons(w: string): boolean {
  const words = (onlyPersonWords ??= ONLY_PERSONS.split(' '));
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const m = (lo + hi) >> 1;
    const x = words[m]!;
    if (x === w) return true;
    if (x < w) lo = m + 1;
    else hi = m;
  }
  return false;
}

/**
 * Whether lowercase `w`, singular or a regular plural (`-s`, `-es`, `-ies`, `-men`), is a noun
 * WordNet knows as a person in every sense and the hand-written classes do not list ("a tycoon",
 * "the schoolteacher", "an adjudicator", "two newsreaders"; `wordnet.json`'s `onlyPersons`, made
 * by scripts/wordnet-lexicon.ts). A binary search over the sorted words, not a set: ~3,400 words
 * would cost a set built at every load for the few a text uses, and `wordFlags` asks once per
 * distinct word.
 */
export function onlyPerson(w: string): boolean {
  const n = w.length;
  if (n < 4 || w.charCodeAt(0) < 97 || w.charCodeAt(0) > 122) return false;
  if (inOnlyPersons(w)) return true;
  if (w.endsWith('men')) return inOnlyPersons(`${w.slice(0, -3)}man`);
  if (w.charCodeAt(n - 1) !== 115 || w.charCodeAt(n - 2) === 115) return false; // -s, not -ss
  if (w.endsWith('ies') && inOnlyPersons(`${w.slice(0, -3)}y`)) return true;
  if (w.endsWith('es') && inOnlyPersons(w.slice(0, -2))) return true;
  return inOnlyPersons(w.slice(0, -1));
}

/**
 * Whether `w` is an actor word only through `onlyPerson` (`F.ACTOR` from `wordFlags`, no list
 * of its own): a rare person noun that is as often a given name or a surname ("victor", "amir",
 * "penman"), so no sign that a capitalised run is no personal name.
 */
export function rarePersonWord(w: string): boolean {
  return !WORD_FLAGS.get(w) && !derivedPerson(w) && !isExWord(w) && onlyPerson(w);
}

export const ORG_NOUNS = set(actorNouns.organisation);
export const PERSON_NOUNS = withWordNet(actorNouns.person, wordnet.persons);
export const DOCUMENT_NOUNS = set(actorNouns.document);
export const TITLE_NOUNS = set(actorNouns.title);
export const NON_AGENT_NOUNS = set(actorNouns.nonAgent);
/** Words with an agent-noun ending that are things, not people: `paper`, `statement`, `list`. */
export const NOT_AGENTIVE = set(actorNouns.notAgentive);
/**
 * Person nouns that no class lists, or without an agent-noun ending (`a minister`, `a senior
 * figure`, `a pal`, `regulars`).
 */
const AGENTIVE_WORDS = set(actorNouns.agentive);

/**
 * Whether an unknown noun has the shape of a person noun (`bookseller`, `auditors`, `lobbyist`,
 * `claimant`): used only for the source of a reporting verb, where things rarely speak.
 */
export function agentiveNoun(lower: string): boolean {
  let known = agentiveAnswers.get(lower);
  if (known === undefined) {
    const w = lower.endsWith('s') && !lower.endsWith('ss') ? lower.slice(0, -1) : lower;
    known = AGENTIVE_WORDS.has(w) || agentiveShape(w);
    // (bounded: a long-lived engine reads many texts)
    if (agentiveAnswers.size >= 20000) agentiveAnswers.clear();
    agentiveAnswers.set(lower, known);
  }
  return known;
}

/**
 * `agentiveNoun`'s answer for each word asked so far: asked again and again of the same words
 * (at most heads of every sentence), and the answer cost a sliced copy of a plural, two Set
 * probes and two regular expressions.
 */
const agentiveAnswers = new Map<string, boolean>();

/** A person noun, `-of-` and a count: `mum-of-two`, `grandfather-of-six`. */
const PARENT_OF =
  /^([a-z]+)-of-(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+)$/;

/**
 * Whether `lower` is a listed person noun (`minister`, `pal`, `figures`): a person only as a
 * new, indefinite mention (`the minister` is the one the story means).
 */
export function listedAgentive(lower: string): boolean {
  const w = lower.endsWith('s') && !lower.endsWith('ss') ? lower.slice(0, -1) : lower;
  return AGENTIVE_WORDS.has(w);
}

function agentiveShape(w: string): boolean {
  // "a mum-of-two", "father-of-three": a parent described by their children, as tabloids do
  const parent = PARENT_OF.exec(w);
  if (parent) return PERSON_NOUNS.has(parent[1]!);
  if (w.length < 5 || NOT_AGENTIVE.has(w) || !/^[a-z-]+$/.test(w)) return false;
  return /(?:[^e]er|or|ist|ian|ant|ent)$/.test(w);
}

export const AUXILIARIES = set(functionWords.auxiliary);
export const BE_FORMS = set(functionWords.be);
export const DETERMINERS = set(functionWords.determiner);
export const QUANTIFIERS = set(functionWords.quantifier.filter((w) => !w.includes(' ')));
export const PREPOSITIONS = set(functionWords.preposition);
export const PRONOUNS = set(functionWords.pronoun);
export const CONJUNCTIONS = set(functionWords.conjunction);
export const SUBORDINATORS = set(functionWords.subordinator);
export const RELATIVES = set(functionWords.relative);
export const ADVERBS = set(functionWords.adverb.filter((w) => !w.includes(' ')));

export const TITLE_ABBREVIATIONS = set(abbreviations.title);

/** Words that tell a person's gender (`Ms.`, `spokeswoman`), for linking `he` and `she`. */
export const FEMALE_WORDS = set(entityWords.femaleWords);
export const MALE_WORDS = set(entityWords.maleWords);
/**
 * The words by which a story meets the standards for anonymous sources: how a source knows
 * (`basis`, `basisVerbs`), how a document was obtained (`access`), and the classes of a stated
 * reason for anonymity (`reasons`), each as class to words.
 */
export const ANONYMITY = anonymity;

/** Titles before a personal name: `Mr.`, `Sen.`, `Dr.`, `Lt.` (lowercase, without the stop). */
export const PERSONAL_TITLES = set(entityWords.personalTitles);
/** Abbreviated titles to the word a later description uses: `gov` -> `governor`. */
export const TITLE_ABBREVIATION_WORDS: ReadonlyMap<string, string> = new Map(
  Object.entries(entityWords.titleAbbreviations),
);
/** Nouns that say only that someone is a source: `a source`, `people`, `an insider`. */
export const GENERIC_SOURCES = set(entityWords.genericSources);
/** Lowercase words inside personal names: `Ursula von der Leyen`, `Ali al Naimi`. */
export const NAME_PARTICLES = set(entityWords.nameParticles);
/** Last words of company names: `Acme Corp.`, `Quarry Hill Capital`, `Halvard Foods`. */
export const ORG_SUFFIXES = set(entityWords.orgSuffixes);
/**
 * Words of an industry that end a company's name but also stand alone or start a person's
 * (`Greywater Marine`, not `Marine Le Pen`): an organisation only as the last of two or more.
 */
export const INDUSTRY_WORDS = set(entityWords.industryWords);
/**
 * Nouns for kinds of institution that end a body's name (`Bramley Royal Infirmary`, `Bright Pages
 * Trust`) but are no company's word: an organisation only as the last of two or more words.
 */
export const INSTITUTION_WORDS = set(entityWords.institutionWords);
/** Names of a kind of body in other words: a `medical center` is a hospital. */
export const BODY_KIND_NAMES: Readonly<Record<string, readonly string[]>> =
  entityWords.bodyKindNames;
/** Last words of publication names: `the Harbour Gazette`, `Fox News`. */
export const PUBLICATION_WORDS = set(entityWords.publicationWords);
/**
 * One-word names of news outlets and wire services that carry no publication word (`Reuters`,
 * `Mashable`, `Politico`): a publication, not a name of no known kind.
 */
export const OUTLET_NAMES = set(entityWords.outletNames);
/** Last words of sports clubs' names (`Ashbury Rovers`), which `the club` and `the side` refer to. */
export const TEAM_WORDS = set(entityWords.teamWords);
export const OTHER_ABBREVIATIONS = set(abbreviations.other);

export const PLACE_QUALIFIERS = set(places.qualifiers);
export const PLACE_NAMES = set(places.names);
export const PLACE_WORDS = set(places.placeWords);
/**
 * Peoples whose plural has no `-ians`, `-ans` or `-is` ending (`Britons`, `Poles`, `Thais`,
 * `Londoners`): a capitalised one alone is people of a place, not a name.
 */
export const PLURAL_DEMONYMS = set(places.pluralDemonyms);
export const TIME_WORDS = set(timeWords.words);

/** Every word that is not a content word: a capitalised one of these is not a name. */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set([
  ...functionWords.auxiliary,
  ...functionWords.determiner,
  ...functionWords.quantifier,
  ...functionWords.preposition,
  ...functionWords.pronoun,
  ...functionWords.conjunction,
  ...functionWords.subordinator,
  ...functionWords.adverb,
]);

/**
 * Verbs of expression whose forms also open names (`Voice of America`, `Make-A-Wish`, `Back Bay`,
 * `Support Services`).
 */
const NAMING_EXPRESSION: ReadonlySet<string> = new Set([
  'back',
  'call',
  'give',
  'issue',
  'make',
  'offer',
  'support',
  'voice',
]);

/** What a headline's verb judges: `plan`, `ruling`, `figures` (plurals come with `COMMON_S`). */
const HEADLINE_OBJECTS = [
  'allegation',
  'budget',
  'criticism',
  'deal',
  'decision',
  'figure',
  'finding',
  'idea',
  'legislation',
  'merger',
  'plan',
  'policy',
  'proposal',
  'reform',
  'ruling',
  'scheme',
  'strategy',
  'takeover',
  'treaty',
  'verdict',
];

/** Lowercase words the lexicon knows as common vocabulary (for Title Case headlines). */
export const COMMON_WORDS: ReadonlySet<string> = new Set([
  ...FUNCTION_WORDS,
  ...verbs.single.keys(),
  // ("Mayor Hits Out At Plan", "Minister Weighs In": a particle verb's forms in a headline)
  ...verbs.particle.keys(),
  ...actorNouns.role,
  ...actorNouns.organisation,
  // (with WordNet's person nouns: "Homesteaders Clear Road" is no name)
  ...PERSON_NOUNS,
  ...actorNouns.document,
  ...actorNouns.title,
  ...actorNouns.nonAgent,
  ...OCCUPATION_NOUNS,
  ...hedges.words,
  ...places.qualifiers.filter((w) => !/^[a-z]+an$|ese$|ish$/.test(w)),
  // "Senior Valsian officials said": a rank before a nationality is no name
  ...ruleWordLists.statusAdjectives,
  // "Leaked Memo Says", "Internal Email Shows", "Draft Report Finds", "Senior Minister Says",
  // "Sources Close To Star Say": a document's adjective of secrecy or its version, the person
  // nouns no class lists, and the words of anonymity formulas
  'leaked',
  ...ruleWordLists.anonAdjectives,
  ...ruleWordLists.modifierWords,
  ...ruleWordLists.unpublishedAdjectives,
  ...ruleWordLists.documentVersions,
  ...actorNouns.agentive,
  // "Management has told supervisors", "Leadership wants a vote": the collective nouns for the
  // people who run a body (find-unnamed.ts's `ROLE_BODIES`) open a sentence as common nouns
  'corporate',
  'industry',
  'leadership',
  'management',
  // "Minister Questions Plan", "Union Challenges Ruling", "Experts Cast Doubt On Figures": what a
  // headline's verb of judging takes is a common noun, not a name (not words that are also
  // first names or surnames: "bill", "law")
  ...HEADLINE_OBJECTS,
  // ("Experts Cast Doubt On Figures", "Star Breaks Silence": a verb of expression before its noun;
  // not `voice`, `call`, `issue`, `offer`, `make`, `give`, which open names: "Voice of America")
  ...[...EXPRESSION_VERBS].filter(([, e]) => !NAMING_EXPRESSION.has(e.lemma)).map(([w]) => w),
]);

/** Bit flags of what a lowercase word is, looked up once per token (see `WORD_FLAGS`). */
export const F = {
  AUX: 1 << 0,
  BE: 1 << 1,
  DET: 1 << 2,
  QUANT: 1 << 3,
  PREP: 1 << 4,
  PRON: 1 << 5,
  CONJ: 1 << 6,
  REL: 1 << 7,
  ADV: 1 << 8,
  FUNC: 1 << 9,
  REPORT: 1 << 10,
  /**
   * An adjective of stance: `adamant` (that), `confident`. (Bit 11, once `CUE_START`'s, which is
   * now a mask: with bit 30 a token's flags could reach 2^30, which Chrome's V8 keeps as a boxed
   * number, not a small integer, and every token's `f` field became a boxed number there.)
   */
  CUE_ADJECTIVE: 1 << 11,
  HEDGE: 1 << 12,
  /** A raising participle or a verb of appearance. */
  RAISING: 1 << 13,
  ACTOR: 1 << 14,
  TIME: 1 << 15,
  COMMON: 1 << 16,
  IRREGULAR: 1 << 17,
  /** Occurs in proper names: an organisation suffix, a publication word, a title, a particle. */
  NAME_WORD: 1 << 18,
  /** Speaks of anonymity or authorisation: `anonymity`, `identified`, `authorized`. */
  ANON: 1 << 19,
  /** A common word with `s` added (`officials`, `says`): common vocabulary too. */
  COMMON_S: 1 << 20,
  /** A place word, name or qualifier, or the first word of a multiword place (`new`, `county`). */
  PLACE: 1 << 21,
  // Which cue family a word can start (`cues/find-cues.ts` tries only those at a token):
  /** The first word of a phrase with its source after it: `according` (to), `citing`. */
  CUE_AFTER: 1 << 22,
  /** The first word of an anonymity phrase: `on` (condition of anonymity), `asked`. */
  CUE_ANON: 1 << 23,
  /** The first word of a plain cue phrase: `went` (on to say), `made` (clear). */
  CUE_PLAIN: 1 << 24,
  /** `in`, which may start a statement phrase: `in a statement`. */
  CUE_STATEMENT: 1 << 25,
  /** A verb of expression: `expressed` (frustration), `voiced`. */
  CUE_EXPRESSION: 1 << 26,
  /** The first word of a particle verb: `points` (out). */
  CUE_PARTICLE: 1 << 27,
  /** A cue noun: `claims`, `warnings`. */
  CUE_NOUN: 1 << 28,
  /** A subject pronoun with a contracted `be`, which may start a passive: `we're` (told). */
  BE_CONTRACTION: 1 << 29,
  /**
   * Starts a cue of some family other than a plain reporting verb: the mask of every `CUE_*`
   * family bit (`CUE_AFTER` ... `CUE_NOUN`, `CUE_ADJECTIVE`), not a bit of its own.
   */
  CUE_START:
    (1 << 11) | (1 << 22) | (1 << 23) | (1 << 24) | (1 << 25) | (1 << 26) | (1 << 27) | (1 << 28),
} as const;

function buildFlags(): Map<string, number> {
  const flags = new Map<string, number>();
  const mark = (words: Iterable<string>, bit: number): void => {
    for (const w of words) flags.set(w, (flags.get(w) ?? 0) | bit);
  };
  mark(AUXILIARIES, F.AUX);
  mark(BE_FORMS, F.BE);
  mark(ruleWordLists.beContractions, F.BE_CONTRACTION);
  mark(DETERMINERS, F.DET);
  mark(QUANTIFIERS, F.QUANT);
  mark(PREPOSITIONS, F.PREP);
  mark(PRONOUNS, F.PRON);
  mark(CONJUNCTIONS, F.CONJ);
  mark(RELATIVES, F.REL);
  mark(ADVERBS, F.ADV);
  mark(FUNCTION_WORDS, F.FUNC);
  mark(REPORTING_VERBS.keys(), F.REPORT);
  const cueStarts: [Iterable<string>, number][] = [
    // ("by" for a viewpoint: "by her own account", "By the agency's count")
    [[...SOURCE_AFTER_PHRASES.map((p) => p[0]!), 'by'], F.CUE_AFTER],
    [ANONYMITY_PHRASES.map((p) => p[0]!), F.CUE_ANON],
    [PLAIN_PHRASES.map((p) => p[0]!), F.CUE_PLAIN],
    [['in'], F.CUE_STATEMENT],
    [EXPRESSION_VERBS.keys(), F.CUE_EXPRESSION],
    [PARTICLE_VERBS.keys(), F.CUE_PARTICLE],
    [CUE_NOUNS, F.CUE_NOUN],
    [ANSWERED_ACCOUNTS, F.CUE_NOUN],
    [TIP_NOUNS, F.CUE_NOUN],
    [TALK_NOUNS, F.CUE_NOUN],
    [DISAGREEMENT_NOUNS, F.CUE_NOUN],
    [STANCE_ADJECTIVES, F.CUE_ADJECTIVE],
  ];
  // (`F.CUE_START` is the mask of these bits: a word that starts a cue has one of them)
  for (const [words, bit] of cueStarts) mark(words, bit);
  mark(HEDGE_WORDS, F.HEDGE);
  mark(RAISING_PARTICIPLES, F.RAISING);
  mark(APPEARANCE_VERBS, F.RAISING);
  for (const list of [
    ROLE_NOUNS,
    ORG_NOUNS,
    PERSON_NOUNS,
    DOCUMENT_NOUNS,
    TITLE_NOUNS,
    NON_AGENT_NOUNS,
    OCCUPATION_NOUNS,
  ]) {
    mark(list, F.ACTOR);
    // the last word of a two-word entry ("shipping lines") must reach the pair lookup
    mark(
      [...list].filter((w) => w.includes(' ')).map((w) => w.slice(w.lastIndexOf(' ') + 1)),
      F.ACTOR,
    );
  }
  // ("Some Republicans said": a party's members, a name that the unnamed pass must still visit)
  mark(ruleWords('partyMembers'), F.ACTOR);
  mark(TIME_WORDS, F.TIME);
  mark(PLACE_QUALIFIERS, F.PLACE);
  mark(PLACE_WORDS, F.PLACE);
  mark(
    [...PLACE_NAMES].map((w) => w.split(' ')[0]!),
    F.PLACE,
  );
  // (`F.COMMON` and `F.COMMON_S` are not marked here: see `wordFlags`)
  mark(IRREGULAR_PARTICIPLES, F.IRREGULAR);
  mark(IRREGULAR_PAST, F.IRREGULAR);
  for (const list of [
    entityWords.orgSuffixes,
    entityWords.publicationWords,
    entityWords.personalTitles,
    entityWords.nameParticles,
    ruleWordLists.titleModifiers,
    ['former'],
  ])
    mark(list, F.NAME_WORD);
  mark(
    [...anonymity.anonymityWords, ...ruleWordLists.authorisation, 'unauthorised', 'unauthorized'],
    F.ANON,
  );
  return flags;
}

/**
 * Lowercase word to its `F` flags, but for `F.COMMON` and `F.COMMON_S`: a token's flags are
 * `wordFlags(lower)`.
 */
export const WORD_FLAGS: ReadonlyMap<string, number> = buildFlags();

/**
 * The `F` flags of lowercase word `w`: `WORD_FLAGS`'s, with `F.COMMON` (a word of `COMMON_WORDS`)
 * and `F.COMMON_S` (a plural shape of one: `-s` always, `-ies` for a `y` after a consonant, `-es`
 * after a sibilant) found by probing `COMMON_WORDS`. The tokenizer asks once per word (it keeps
 * the answer in the word's word-table id), so a text pays a probe or two for each distinct word
 * it uses, where marking the ~4,700 common words and ~5,000 plural shapes in `WORD_FLAGS` cost
 * 36M instructions at every load (of ~250M; session 24, `npm run bench:count`).
 */
export function wordFlags(w: string): number {
  let f = WORD_FLAGS.get(w) ?? 0;
  // "one ex-employee", "an ex-staffer", "the ex-minister": a former holder is a person as the
  // word after `ex-` is (its class: head-class.ts)
  if (f === 0 && isExWord(w)) f = (WORD_FLAGS.get(w.slice(3)) ?? 0) & F.ACTOR;
  // "a volcanologist", "a ceramicist", "a co-star", "a sous-chef": a person noun by its shape
  // (its class: head-class.ts)
  // ("a tycoon", "two newsreaders": a noun that is a person in every sense WordNet knows)
  else if (f === 0 && (derivedPerson(w) || onlyPerson(w))) f = F.ACTOR;
  if (COMMON_WORDS.has(w)) f |= F.COMMON;
  if (commonPlural(w)) f |= F.COMMON_S;
  return f;
}

/**
 * Roles a `co-` makes a person's however the word alone reads: `co-star`, `co-host`, `co-chair`,
 * `co-pilot`, `co-accused`.
 */
const CO_ROLES: ReadonlySet<string> = new Set(['accused', 'chair', 'host', 'pilot', 'star']);

/** First parts of a hyphenated word that make it a modifier, not a person: `anti-immigrant`. */
const NOT_PERSON_PREFIXES: ReadonlySet<string> = new Set([
  'all',
  'anti',
  'multi',
  'non',
  'one',
  'pro',
  'three',
  'two',
]);

/**
 * `-ist` words that are no people: `checklist`, `playlist` (but `vocalist`, `loyalist`), verbs
 * (`insist`, `coexist`), things (`wrist`, `twist`, `heist`, `poltergeist`), and Nordic surnames
 * (`Lindqvist`, `Almquist`).
 */
const NOT_PERSON_IST = /(?:[^aiou]list|sist|xist|oist|wrist|twist|eist|schist|whist|q[uv]ist)$/;

/**
 * Whether a word no list knows is a person noun by English morphology, singular or plural: a
 * scientist of a field (`-ologist`: `volcanologist`), a trade in `-ician` (`statistician`), a
 * doer in `-ist` but for the words above (`ceramicist`, `cellist`), `co-` before a person noun, a
 * doer's shape or a shared role (`co-founder`, `co-star`; not `co-op`), a compound whose last
 * part is a person noun (`sous-chef`, `under-secretary`; not `anti-immigrant`), and a compound,
 * hyphenated or closed, whose last part makes a doer of the first (`rate-setter`, `peacemaker`:
 * `AGENT_ELEMENTS`). Its class is an occupation (head-class.ts).
 */
export function derivedPerson(w: string): boolean {
  const sg = w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w;
  const dash = sg.lastIndexOf('-');
  // "a mother-of-two", "the father-of-three": the tabloid compound of a person noun and the
  // number of children (its first part a person noun; not "a box-of-six", "a best-of-three")
  const count = dash > 3 ? CHILD_COUNT.exec(w) : null;
  if (count) return isPersonWord(count[1]!);
  if (dash > 0) {
    const first = sg.slice(0, dash);
    const last = sg.slice(dash + 1);
    if (last.length < 3 || !/^[a-z]+$/.test(first) || NOT_PERSON_PREFIXES.has(first)) return false;
    const person = isPersonWord(last);
    if (first === 'co') return person || CO_ROLES.has(last) || agentiveShape(last);
    return person || AGENT_ELEMENTS.has(last);
  }
  if (sg.length < 7 || !/^[a-z]+$/.test(sg)) return false;
  if (sg.endsWith('ologist') || sg.endsWith('ician')) return true;
  if (agentCompound(sg)) return true;
  return sg.endsWith('ist') && !NOT_PERSON_IST.test(sg);
}

/**
 * Last parts of a compound that make it one who does to the first part what the verb says, a
 * person in news whatever the first part (`rate-setter`, `peacemaker`, `festival-goer`,
 * `title-holder`, `timekeeper`, `birdwatcher`, `thrill-seeker`, `scaremonger`): the parts whose
 * other readings are things (`breaker`, `runner`, `writer`: `icebreaker`, `forerunner`,
 * `typewriter`) are left out.
 */
const AGENT_ELEMENTS: ReadonlySet<string> = new Set([
  'comer',
  'crasher',
  'doer',
  'dweller',
  'giver',
  'goer',
  'holder',
  'keeper',
  'maker',
  'monger',
  'seeker',
  'setter',
  'taker',
  'watcher',
  'winner',
]);

/** Closed compounds of those parts that are things: a holder of a cup, a device that makes. */
const THING_COMPOUNDS: ReadonlySet<string> = new Set([
  'breadmaker',
  'candleholder',
  'coffeemaker',
  'cupholder',
  'haymaker',
  'icemaker',
  'noisemaker',
  'pacemaker',
  'penholder',
  'placeholder',
  'potholder',
  'toolholder',
]);

/**
 * Whether singular `sg` (letters only) is a closed compound of a word of at least three letters
 * and one of `AGENT_ELEMENTS`: `peacemaker`, `timekeeper`, `birdwatcher`; not `placeholder`.
 */
function agentCompound(sg: string): boolean {
  for (const part of AGENT_ELEMENTS)
    if (sg.length >= part.length + 3 && sg.endsWith(part)) return !THING_COMPOUNDS.has(sg);
  return false;
}

/** The tabloid `N-of-COUNT` compound (`mother-of-two`, `grandfathers-of-10`), its first part. */
const CHILD_COUNT =
  /^([a-z]+?)s?-of-(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})$/;

/** Whether `w` is a listed person, occupation, role or title noun, or a WordNet person. */
function isPersonWord(w: string): boolean {
  return (
    PERSON_NOUNS.has(w) ||
    OCCUPATION_NOUNS.has(w) ||
    ROLE_NOUNS.has(w) ||
    TITLE_NOUNS.has(w) ||
    onlyPerson(w)
  );
}

/** Whether `w` opens with `ex-` and has a word after it: `ex-employee`. */
export function isExWord(w: string): boolean {
  return (
    w.length > 4 && w.charCodeAt(0) === 101 && w.charCodeAt(1) === 120 && w.charCodeAt(2) === 45
  );
}

/**
 * Whether `w` is a plural shape of a common word (see `wordFlags`), by character codes: a word
 * plus `s` (`officials`, `says`), a word in a consonant and `y` with `ies` for the `y`
 * (`agencies`), a word in `s`, `x`, `z`, `ch` or `sh` plus `es` (`witnesses`, `churches`).
 */
function commonPlural(w: string): boolean {
  const n = w.length;
  if (n < 2 || w.charCodeAt(n - 1) !== 115) return false; // s
  if (COMMON_WORDS.has(w.slice(0, -1))) return true;
  if (n < 3 || w.charCodeAt(n - 2) !== 101) return false; // e
  // (-ies: the word's `y` after a character that is no vowel, "agency" -> "agencies")
  if (
    n >= 4 &&
    w.charCodeAt(n - 3) === 105 && // i
    !isVowelCode(w.charCodeAt(n - 4)) &&
    COMMON_WORDS.has(`${w.slice(0, -3)}y`)
  )
    return true;
  // (-es after s, x, z, ch or sh: the word is two characters shorter)
  const last = w.charCodeAt(n - 3);
  const before = n >= 4 ? w.charCodeAt(n - 4) : -1;
  const sibilant =
    last === 115 ||
    last === 120 ||
    last === 122 ||
    (last === 104 && (before === 99 || before === 115));
  return sibilant && COMMON_WORDS.has(w.slice(0, -2));
}

/**
 * Every word or phrase the engine's detectors start from, lowercase: reporting verbs in all their
 * forms, cue phrases and cue nouns, hedges, irregular participles and the actor nouns. For tools
 * that want the same vocabulary (the benchmark builds one union regular expression from it).
 */
export function lexiconPhrases(): string[] {
  const out = new Set<string>();
  for (const form of verbs.single.keys()) out.add(form);
  for (const [form, byParticle] of verbs.particle)
    for (const p of byParticle.keys()) out.add(`${form} ${p}`);
  for (const list of [
    cuePhrases.sourceAfter,
    cuePhrases.anonymity,
    cuePhrases.plain,
    cuePhrases.refusals,
  ])
    for (const p of list) out.add(p);
  for (const w of hedges.words) out.add(w);
  for (const w of hedges.appearance) out.add(w);
  for (const list of [cuePhrases.cueNouns, cuePhrases.statementNouns, cuePhrases.ownedCueNouns])
    for (const w of list) out.add(w);
  for (const w of hedges.raisingParticiples) out.add(w);
  for (const w of participles.irregular) out.add(w);
  // The actor nouns are the unnamed detector's triggers, as the verbs are the cue detector's.
  for (const list of [
    actorNouns.role,
    actorNouns.person,
    actorNouns.organisation,
    actorNouns.document,
  ])
    for (const w of list) out.add(w);
  for (const w of OCCUPATION_NOUNS) out.add(w);
  return [...out].sort();
}

/** Whether `c` is the code of `a`, `e`, `i`, `o` or `u`. */
function isVowelCode(c: number): boolean {
  return c === 97 || c === 101 || c === 105 || c === 111 || c === 117;
}
