/**
 * `tsx scripts/wordnet-lexicon.ts [WORDNET_DIR] [--report] [--all]`: derives, reproducibly, the
 * lower-priority word lists of `src/engine/lexicon/wordnet.json` from Princeton WordNet 3.0
 * (default `/opt/wordnet/usr/share/wordnet`, Debian's wordnet-base; `dpkg -x` the .deb anywhere
 * and pass its `usr/share/wordnet`). A development tool only: neither the tests nor the build read
 * WordNet; they read the committed JSON. Its licence notice is `src/engine/lexicon/WORDNET-LICENSE`.
 *
 * What it takes, all single lower-case words (a capitalised lemma is a name, a demonym or a
 * faith: the existing rules see those):
 * - `persons`: nouns whose first (most frequent) sense is in noun.person, tagged often enough
 *   (`MIN_COUNT`) and more often than all their other senses together (`SHARE`), so that a word
 *   mostly a thing ("model", "head", "guard") is left out; plural forms are added (noun.exc's
 *   irregular plurals, or the regular one).
 * - `groups`: nouns whose first sense is in noun.group with `social_group` on its hypernym chain
 *   (organisations, bodies, gatherings of people), same frequency tests.
 * - `documents`: nouns whose first sense is in noun.communication or noun.artifact with
 *   `document`, `written_document` or `record` (a written record) on its chain.
 * - `verbActs` / `verbStates`: verbs by the lexicographer file of their first sense (`ACT_FILES`,
 *   `STATE_FILES`), tagged at least `MIN_VERB_COUNT` times.
 * Every word the hand-written lexicons already list (any class of actor-nouns.json, any verb list
 * of rule-words.json) is left out: the hand-written class always wins, and only the rest is kept.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { format } from 'prettier';

const args = process.argv.slice(2);
const dir = args.find((a) => !a.startsWith('--')) ?? '/opt/wordnet/usr/share/wordnet';
const report = args.includes('--report');
const OUT = 'src/engine/lexicon/wordnet.json';

/** Sense-tagged count a first sense needs (SemCor and the Brown corpus tags, cntlist). */
const MIN_COUNT = 2;
/** Share of the word's tagged senses that the first sense must have. */
const SHARE = 0.6;
/** Sense-tagged count a verb's first sense needs. */
const MIN_VERB_COUNT = 3;

// lexicographer file numbers (WordNet's lexnames)
const NOUN_ARTIFACT = 6;
const NOUN_COMMUNICATION = 10;
const NOUN_GROUP = 14;
const NOUN_PERSON = 18;
/**
 * Verb files whose first sense is a deed of its subject: communication, competition, contact,
 * creation, motion, social (not body, change or consumption: "bled", "grew", "ate" are mostly
 * undergone or incidental).
 */
const ACT_FILES = new Set([32, 33, 35, 36, 38, 41]);
/** Verb files whose subject only thinks, feels, perceives, has or is: cognition, emotion, perception, possession, stative. */
const STATE_FILES = new Set([31, 37, 39, 40, 42]);

interface Synset {
  lexfile: number;
  lemmas: string[];
  hypernyms: string[];
}

function readData(file: string): Map<string, Synset> {
  const out = new Map<string, Synset>();
  for (const line of readFileSync(join(dir, file), 'latin1').split('\n')) {
    if (line === '' || line.startsWith(' ')) continue;
    const f = line.split(' ');
    const wCnt = parseInt(f[3]!, 16);
    const lemmas: string[] = [];
    for (let k = 0; k < wCnt; k++) lemmas.push(f[4 + 2 * k]!.replace(/\(.*\)$/, ''));
    let p = 4 + 2 * wCnt;
    const pCnt = parseInt(f[p]!, 10);
    p++;
    const hypernyms: string[] = [];
    for (let k = 0; k < pCnt; k++, p += 4)
      if (f[p] === '@' || f[p] === '@i') hypernyms.push(f[p + 1]!);
    out.set(f[0]!, { lexfile: parseInt(f[1]!, 10), lemmas, hypernyms });
  }
  return out;
}

/** Each lemma's synset offsets, most frequent sense first. */
function readIndex(file: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const line of readFileSync(join(dir, file), 'latin1').split('\n')) {
    if (line === '' || line.startsWith(' ')) continue;
    const f = line.trim().split(' ');
    const senseCnt = parseInt(f[2]!, 10);
    out.set(f[0]!, f.slice(f.length - senseCnt));
  }
  return out;
}

/** Tagged counts by `lemma pos senseNumber` (cntlist.rev: `sense_key sense_number count`). */
function readCounts(): Map<string, number> {
  const out = new Map<string, number>();
  for (const line of readFileSync(join(dir, 'cntlist.rev'), 'latin1').split('\n')) {
    const [key, num, cnt] = line.split(' ');
    if (!key || !num || !cnt) continue;
    const m = /^(.+)%(\d):/.exec(key);
    if (!m) continue;
    const pos = m[2] === '1' ? 'n' : m[2] === '2' ? 'v' : m[2] === '3' || m[2] === '5' ? 'a' : '';
    if (!pos) continue;
    const k = `${m[1]} ${pos} ${num}`;
    out.set(k, (out.get(k) ?? 0) + parseInt(cnt, 10));
  }
  return out;
}

const nouns = readData('data.noun');
const verbs = readData('data.verb');
const nounIndex = readIndex('index.noun');
const verbIndex = readIndex('index.verb');
const counts = readCounts();

/** Whether synset `off`'s hypernym chain reaches a synset with one of `lemmas`. */
function reaches(off: string, lemmas: ReadonlySet<string>, data: Map<string, Synset>): boolean {
  const seen = new Set<string>();
  const stack = [off];
  while (stack.length) {
    const o = stack.pop()!;
    if (seen.has(o)) continue;
    seen.add(o);
    const s = data.get(o);
    if (!s) continue;
    if (s.lemmas.some((l) => lemmas.has(l.toLowerCase()))) return true;
    stack.push(...s.hypernyms);
  }
  return false;
}

/** A single lower-case word: letters, inner hyphens. */
const WORD = /^[a-z]+(?:-[a-z]+)*$/;

/** The first sense's count and its share of all tagged senses, or null. */
function firstShare(lemma: string, pos: string, senses: number): [number, number] {
  let total = 0;
  for (let k = 1; k <= senses; k++) total += counts.get(`${lemma} ${pos} ${k}`) ?? 0;
  const first = counts.get(`${lemma} ${pos} 1`) ?? 0;
  return [first, total === 0 ? 0 : first / total];
}

/**
 * Whether the lemma is also a (more frequent) adjective or verb: "official", "native", "black",
 * "chief" are mostly adjectives in news; "guide", "cook", "judge" stay nouns when the noun is the
 * commoner.
 */
function otherPos(lemma: string, nounFirst: number): boolean {
  const v = counts.get(`${lemma} v 1`) ?? 0;
  const a = counts.get(`${lemma} a 1`) ?? 0;
  return v > nounFirst || a > nounFirst;
}

const hand = JSON.parse(readFileSync('src/engine/lexicon/actor-nouns.json', 'utf8')) as Record<
  string,
  string[]
>;
const handNouns = new Set(Object.values(hand).flat());
const rule = JSON.parse(readFileSync('src/engine/lexicon/rule-words.json', 'utf8')) as Record<
  string,
  string[]
>;
const handVerbs = new Set([
  ...rule.verbActs!,
  ...rule.groupActs!,
  ...rule.verbStates!,
  ...rule.verbNeither!,
]);

/** Irregular plurals of noun.exc, by singular. */
const plurals = new Map<string, string>();
for (const line of readFileSync(join(dir, 'noun.exc'), 'latin1').split('\n')) {
  const [pl, sg] = line.split(' ');
  if (pl && sg && WORD.test(pl) && !plurals.has(sg)) plurals.set(sg, pl);
}
function plural(w: string): string {
  const irregular = plurals.get(w);
  // (noun.exc also lists learned plurals, "soprani", "monarches": only those of -man, -child, -o)
  if (irregular && /(?:man|child|o)$/.test(w)) return irregular;
  if (w.endsWith('man') && !/(?:german|human|shaman)$/.test(w)) return `${w.slice(0, -3)}men`;
  if (/[^aeiou]y$/.test(w)) return `${w.slice(0, -1)}ies`;
  if (/(?:s|sh|ch|x|z)$/.test(w)) return `${w}es`;
  return `${w}s`;
}

function nounList(test: (first: Synset, off: string) => boolean, withPlurals: boolean): string[] {
  const out = new Set<string>();
  for (const [lemma, offs] of nounIndex) {
    if (!WORD.test(lemma) || EXCLUDED.has(lemma) || EPITHETS.has(lemma)) continue;
    // a plural lemma ("leaders", "reserves") is its singular's plural
    if (lemma.endsWith('s') && nounIndex.has(lemma.slice(0, -1))) continue;
    const first = nouns.get(offs[0]!);
    if (!first || !test(first, offs[0]!)) continue;
    // the lemma as WordNet writes it in the synset: a capitalised one is a name
    if (!first.lemmas.some((l) => l === lemma)) continue;
    const [n, share] = firstShare(lemma, 'n', offs.length);
    if (n < MIN_COUNT || share < SHARE || otherPos(lemma, n)) continue;
    const forms = withPlurals ? [lemma, plural(lemma)] : [lemma];
    // a word the hand-written lexicon has in any form is the lexicon's
    if (forms.some((f) => handNouns.has(f))) continue;
    for (const f of forms) out.add(f);
  }
  return [...out].sort();
}

/** Slurs and insults that no news text uses to describe an actor: never listed. */
const EXCLUDED = new Set(['bastard', 'nigger', 'whore', 'imbecile', 'jackass', 'lunkhead']);

/**
 * Epithets: words news quotes of a named person or a group already named ("a handful of
 * traitors", "a coward"), never a description of who acts.
 */
const EPITHETS = new Set(
  `brute coward fiend fool freak hypocrite idiot liar loser slob traitor villain bum goner
  egotist`.split(/\s+/),
);

/** Beings of belief and fable (noun.person in WordNet: "a dancing deity" is a statue). */
const NOT_PEOPLE = new Set(['spiritual_being', 'imaginary_being', 'mythical_being']);

/** Bodies of people that act: organisations and military units (a choir, a cult, a platoon). */
const SOCIAL = new Set(['organization', 'military_unit']);
const DOCUMENT = new Set(['document', 'written_document', 'record']);

const persons = nounList(
  (s, o) => s.lexfile === NOUN_PERSON && !reaches(o, NOT_PEOPLE, nouns),
  true,
);
/** Words of the data files' glosses that mark a sense as a slur or an insult. */
const INSULT_GLOSS =
  /\b(?:offensive|slur|disparaging|derogatory|obscene|vulgar|contempt\w*|despicable|insult\w*|abusive|stupid)\b/;

/** Each noun synset's gloss (for `INSULT_GLOSS`). */
const glosses = new Map<string, string>();
for (const line of readFileSync(join(dir, 'data.noun'), 'latin1').split('\n')) {
  const bar = line.indexOf(' | ');
  if (bar > 0 && !line.startsWith(' '))
    glosses.set(line.slice(0, line.indexOf(' ')), line.slice(bar));
}

/** Lemmas any synset writes with a capital (a name, a people, a faith: "Baker", "Gentile"). */
const capitalised = new Set<string>();
for (const s of nouns.values())
  for (const l of s.lemmas) if (l !== l.toLowerCase()) capitalised.add(l.toLowerCase());

/**
 * `onlyPersons`: nouns that WordNet knows in noun.person alone, every sense a person ("tycoon",
 * "schoolteacher", "adjudicator", "newsreader"), however rarely tagged (the sense counts that
 * `persons` asks for are missing for most of them: a word with no other sense needs none). Left
 * out: a lemma that is also an adjective or a verb anywhere in WordNet ("academic", "moderate",
 * "private", "senior", "guide"), a comparative of an adjective ("closer"), a form in `-ed` or
 * `-ing`, a maker or builder of goods ("toolmaker", "boatbuilder"), a lemma any synset
 * capitalises, beings of fable, and a sense glossed as a slur or an insult. Singulars only,
 * sorted, written as one space-separated string: lexicon.ts finds a plural by its singular, with a
 * binary search over the string, so the list costs no set or array to build at start-up.
 */
const adjectives = readIndex('index.adj');
const onlyPersons: string[] = [];
for (const [lemma, offs] of nounIndex) {
  if (!WORD.test(lemma) || lemma.length < 4 || EXCLUDED.has(lemma) || EPITHETS.has(lemma)) continue;
  if (handNouns.has(lemma) || handNouns.has(plural(lemma)) || persons.includes(lemma)) continue;
  if (adjectives.has(lemma) || verbIndex.has(lemma) || capitalised.has(lemma)) continue;
  // (a maker or builder of goods is a company as often as a person in news, as the hand-written
  // `carmakers` and `housebuilders` are: "the country's largest toolmaker warned")
  if (/(?:ed|ing|maker|builder)$/.test(lemma)) continue;
  if (
    lemma.endsWith('er') &&
    (adjectives.has(lemma.slice(0, -2)) || adjectives.has(lemma.slice(0, -1)))
  )
    continue;
  // (a plural lemma of a listed singular is that singular's: "leaders")
  if (lemma.endsWith('s') && nounIndex.has(lemma.slice(0, -1))) continue;
  const every = offs.every((o) => {
    const s = nouns.get(o);
    return (
      s !== undefined &&
      s.lexfile === NOUN_PERSON &&
      !reaches(o, NOT_PEOPLE, nouns) &&
      !INSULT_GLOSS.test(glosses.get(o) ?? '')
    );
  });
  if (every) onlyPersons.push(lemma);
}
onlyPersons.sort();

const groups = nounList((s, o) => s.lexfile === NOUN_GROUP && reaches(o, SOCIAL, nouns), true);
const documents = nounList(
  (s, o) =>
    (s.lexfile === NOUN_COMMUNICATION || s.lexfile === NOUN_ARTIFACT) &&
    reaches(o, DOCUMENT, nouns),
  true,
);

const HAND_ACTS = new Set([...rule.verbActs!, ...rule.groupActs!]);
const HAND_QUIET = new Set([...rule.verbStates!, ...rule.verbNeither!]);

/**
 * `act` or `state` as the nearest hand-written verb of synset `off`'s synonyms and hypernym
 * chain (breadth first), or null when none is listed; a light or copular verb (`verbNeither`)
 * counts as a state.
 */
function nearestHand(off: string): 'act' | 'state' | null {
  let level = [off];
  const seen = new Set<string>();
  while (level.length) {
    const next: string[] = [];
    let act = false;
    let state = false;
    for (const o of level) {
      if (seen.has(o)) continue;
      seen.add(o);
      const s = verbs.get(o);
      if (!s) continue;
      for (const l of s.lemmas) {
        if (HAND_ACTS.has(l)) act = true;
        if (HAND_QUIET.has(l)) state = true;
      }
      next.push(...s.hypernyms);
    }
    // (both at one level: the quiet side, as verb-lexicon.ts decides a shared form)
    if (state) return 'state';
    if (act) return 'act';
    level = next;
  }
  return null;
}

/**
 * Verbs of an act file whose person subject undergoes, leaves or only stands in a relation (news
 * English: "two climbers succumbed", "residents left", "the figures mean"): states, as
 * verb-lexicon.ts counts harm, dying, coming and fleeing.
 */
const UNDERGONE = new Set(
  `adjoin border denote destine drift elapse entitle evidence float freeze imply indicate
  intersect leave mean outweigh pervade rise sag seep signify sink slump stick succumb suffocate
  tumble warrant well`.split(/\s+/),
);

const verbActs: string[] = [];
const verbStates: string[] = [];
/** Agreement of each verb file with the hand-written lists (for `--report`). */
const agreement = new Map<number, { acts: number; states: number }>();
for (const [lemma, offs] of verbIndex) {
  if (!WORD.test(lemma)) continue;
  const first = verbs.get(offs[0]!);
  if (!first) continue;
  const a = agreement.get(first.lexfile) ?? { acts: 0, states: 0 };
  if (rule.verbActs!.includes(lemma) || rule.groupActs!.includes(lemma)) a.acts++;
  if (rule.verbStates!.includes(lemma)) a.states++;
  agreement.set(first.lexfile, a);
  if (handVerbs.has(lemma)) continue;
  const [n] = firstShare(lemma, 'v', offs.length);
  if (n < MIN_VERB_COUNT) continue;
  // its lexicographer file's class, unless the nearest hand-written verb among its synonyms and
  // hypernyms is quiet ("trudge" and "wade" are ways to "walk", "kneel" one to "rest"): then a
  // state; an act file's verb whose nearest listed kin is an act stays an act, a state file's
  // whose kin is an act is left out (WordNet's synsets share words across senses: "learn" sits
  // with "acquire", "forget" with "bury")
  const near = nearestHand(offs[0]!);
  if (near === 'state' || UNDERGONE.has(lemma)) verbStates.push(lemma);
  else if (ACT_FILES.has(first.lexfile)) verbActs.push(lemma);
  else if (near === null && STATE_FILES.has(first.lexfile)) verbStates.push(lemma);
}

/** Irregular pasts and participles of the added act verbs (verb.exc: `knelt`, `trod`, `sewn`). */
const acts = new Set(verbActs);
const verbActsPast = new Set<string>();
for (const line of readFileSync(join(dir, 'verb.exc'), 'latin1').split('\n')) {
  const [form, lemma] = line.split(' ');
  if (form && lemma && acts.has(lemma) && WORD.test(form) && !form.endsWith('ing'))
    verbActsPast.add(form);
}

// (measured on the development sets one by one and left out: `groups` and `documents`, whose
// first senses are old-fashioned for news ("batteries in some units" is no artillery, "mail
// ballots" and "an AI bill" speak for no one) and which moved no miss; `verbStates`, which made
// known states of verbs the engine had left unknown and silenced groups that act ("Many fans
// stayed away", "Some shoppers have turned to buying online"); `verbActs`, which changed no
// finding on any development set or real page: the engine already counts a past verb with an
// object as an act; `--all` writes them too)
const lists = {
  persons,
  // (one string of words, space-separated: one literal to load, where an array is ~3,400)
  onlyPersons: onlyPersons.join(' '),
  ...(args.includes('--all')
    ? {
        groups,
        documents,
        verbActs: verbActs.sort(),
        verbActsPast: [...verbActsPast].sort(),
        verbStates: verbStates.sort(),
      }
    : {}),
};
// (as Prettier writes JSON, so that the committed file passes `prettier --check`)
const json = await format(JSON.stringify(lists), { filepath: OUT });
writeFileSync(OUT, json);
console.log(
  Object.entries(lists)
    .map(([k, v]) => `${k} ${v.length}`)
    .join(', '),
  `-> ${OUT} (${json.length} bytes)`,
);
if (report)
  for (const [file, a] of [...agreement].sort((x, y) => x[0] - y[0]))
    console.log(`verb file ${file}: hand-written acts ${a.acts}, states ${a.states}`);
