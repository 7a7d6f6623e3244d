import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, test } from 'vitest';
import type { VerbForm } from './lexicon';
import {
  inflect,
  lemmaBits,
  lemmaValue,
  lexiconPhrases,
  NOUN_HOMOGRAPHS,
  PARTICLE_VERBS,
  REPORTING_VERBS,
  ruleWords,
  VerbForms,
} from './lexicon';

const dir = join(__dirname, 'lexicon');
const files = readdirSync(dir).filter((f) => f.endsWith('.json'));

/** Every string array inside a lexicon file, with its path. */
function lists(value: unknown, path: string): [string, string[]][] {
  if (Array.isArray(value)) return [[path, value as string[]]];
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => lists(v, `${path}.${k}`));
  return [];
}

describe('verb frame families', () => {
  // a frame list names verbs by their lemma, as VerbEntry.lemma reads ("slam", not the forms
  // "slam|slammed|slammed" of reporting-verbs.json): a list entry no lemma matches puts its
  // verb in no family, and the frame's checks never run ("He slammed the door" was a cue)
  const frames = JSON.parse(readFileSync(join(dir, 'verb-frames.json'), 'utf8')) as Record<
    string,
    string[]
  >;
  const lemmas = new Set<string>();
  for (const e of REPORTING_VERBS.values()) lemmas.add(e.lemma);
  for (const byParticle of PARTICLE_VERBS.values())
    for (const e of byParticle.values()) lemmas.add(e.lemma);
  test.each(Object.keys(frames).filter((k) => k !== 'nounHomographs'))('%s holds lemmas', (k) => {
    expect((frames[k] ?? []).filter((w) => !lemmas.has(w))).toEqual([]);
  });
});

describe('lexicon files', () => {
  const all = files.flatMap((f) => lists(JSON.parse(readFileSync(join(dir, f), 'utf8')), f));

  test.each(all)('%s is sorted, lowercase and without duplicates', (_path, words) => {
    expect(words.length).toBeGreaterThan(0);
    expect([...words].sort()).toEqual(words);
    expect(new Set(words).size).toBe(words.length);
    for (const w of words) expect(w).toBe(w.toLowerCase());
  });

  test.each(files)('%s names each list once (JSON keeps only the last of two)', (file) => {
    // Top-level keys, as Prettier lays the files out: two spaces, then the quoted key.
    const keys = [...readFileSync(join(dir, file), 'utf8').matchAll(/^ {2}"([^"]+)":/gm)].map(
      (m) => m[1],
    );
    expect(keys.filter((k, i) => keys.indexOf(k) !== i)).toEqual([]);
  });

  it('puts each reporting verb in one class only', () => {
    const verbs = JSON.parse(readFileSync(join(dir, 'reporting-verbs.json'), 'utf8')) as Record<
      string,
      string[]
    >;
    // (a two-word verb's lemma is its base and particle, as lexicon.ts reads it: `hit|hit|hit out`
    // and `hit|hit|hit back` are two verbs)
    const lemma = (e: string): string => {
      const [head = '', ...rest] = e.split(' ');
      return [head.split('|')[0], ...rest].join(' ');
    };
    const lemmas = Object.values(verbs).flatMap((list) => list.map(lemma));
    expect(new Set(lemmas).size).toBe(lemmas.length);
  });
});

describe('inflect', () => {
  test.each([
    ['say|said|said', ['say', 'says', 'said', 'saying']],
    ['admit|admitted|admitted', ['admit', 'admits', 'admitted', 'admitting']],
    ['deny', ['deny', 'denies', 'denied', 'denying']],
    ['state', ['state', 'states', 'stated', 'stating']],
    ['write|wrote|written', ['write', 'writes', 'wrote', 'written', 'writing']],
    ['testify', ['testify', 'testifies', 'testified', 'testifying']],
  ])('%s', (entry, forms) => {
    expect([...inflect(entry).keys()].sort()).toEqual([...forms].sort());
  });

  it('knows irregular and regular forms with their cue class', () => {
    expect(REPORTING_VERBS.get('told')?.lemma).toBe('tell');
    expect(REPORTING_VERBS.get('claimed')?.cue).toBe('doubt');
    expect(REPORTING_VERBS.get('revealed')?.cue).toBe('factive');
    expect(REPORTING_VERBS.get('insisted')?.cue).toBe('guilt');
    expect(REPORTING_VERBS.get('said')?.cue).toBe('neutral');
  });

  it('knows which forms a verb token can be', () => {
    const said = REPORTING_VERBS.get('said')!.forms;
    expect(
      ['base', 'third', 'past', 'participle', 'ing'].filter((f) => said.has(f as VerbForm)),
    ).toEqual(['past', 'participle']);
    const read = REPORTING_VERBS.get('read')!.forms;
    expect(read.has('base') && read.has('past') && read.has('participle')).toBe(true);
    expect(read.has('ing') || read.has('third')).toBe(false);
    expect(new VerbForms(['ing']).has('ing')).toBe(true);
    expect(new VerbForms([]).has('base')).toBe(false);
  });
});

describe('lexiconPhrases', () => {
  it('lists cue, hedge, participle and actor vocabulary, sorted and unique', () => {
    const phrases = lexiconPhrases();
    expect(phrases).toContain('according to');
    expect(phrases).toContain('said');
    expect(phrases).toContain('reportedly');
    expect(phrases).toContain('on condition of anonymity');
    expect(phrases).toContain('points out');
    expect(phrases).toContain('allegations');
    expect(phrases).toContain('spokesperson');
    expect(phrases).toContain('bookkeepers');
    expect([...phrases].sort()).toEqual(phrases);
    expect(new Set(phrases).size).toBe(phrases.length);
  });
});

test('anonymity adjectives start with a, m or u and have 7 letters or more (find-unnamed.ts asks that first)', () => {
  for (const w of ruleWords('anonAdjectives')) {
    expect(w.length, w).toBeGreaterThanOrEqual(7);
    expect(['a', 'm', 'u'], w).toContain(w[0]);
  }
});

test('a doubled l after -al/-el has its American spelling too (signalled, signaled)', () => {
  const forms = inflect('signal|signalled|signalled');
  expect(forms.get('signaled')).toEqual(['past', 'participle']);
  expect(forms.get('signaling')).toEqual(['ing']);
  expect(inflect('extol|extolled|extolled').has('extoled')).toBe(false);
});

describe('lemmaBits and lemmaValue', () => {
  const entries = [
    ...REPORTING_VERBS.values(),
    ...[...PARTICLE_VERBS.values()].flatMap((m) => [...m.values()]),
  ];

  it('give one id to each lemma, shared by its forms', () => {
    const ids = new Map<string, number>();
    for (const e of entries) {
      const id = ids.get(e.lemma) ?? e.lemmaId;
      ids.set(e.lemma, id);
      expect(e.lemmaId).toBe(id);
    }
    expect(new Set(ids.values()).size).toBe(ids.size);
  });

  it('answer as the lists and the map do, for every entry, asked twice', () => {
    const a = new Set(['say', 'point out', 'forecast']);
    const b = NOUN_HOMOGRAPHS;
    const bits = lemmaBits(() => [a, b]);
    const value = lemmaValue(
      new Map([
        ['say', 1],
        ['point out', 2],
      ]),
    );
    for (let round = 0; round < 2; round++)
      for (const e of entries) {
        expect(bits(e)).toBe((a.has(e.lemma) ? 1 : 0) | (b.has(e.lemma) ? 2 : 0));
        expect(value(e)).toBe(e.lemma === 'say' ? 1 : e.lemma === 'point out' ? 2 : undefined);
      }
  });
});
