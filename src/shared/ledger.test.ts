import { describe, expect, test } from 'vitest';
import {
  bodiesOf,
  bodyNameKey,
  bodyOf,
  creditedSources,
  fitLedger,
  informativeName,
  listedMention,
  refusalCue,
  untiedPronoun,
  type BodyCandidate,
  type LedgerEntry,
  type PageLedger,
} from './ledger';
import type { AnonymityCheck, SourceMember, SourceSpan } from '../engine/types';
import { LIMITS } from './limits';
import { validatePageLedger } from './validate';

const entry = (id: string, claims: number): LedgerEntry => ({
  id,
  name: id,
  group: id === 'unsourced' ? 'unsourced' : 'unnamed',
  mentions: [],
  claims: Array.from({ length: claims }, (_, i) => ({ cue: 'said', snippet: `Claim ${i}.` })),
});

const ledgerOf = (entries: LedgerEntry[]): PageLedger => {
  const total = entries.reduce((n, e) => n + e.claims.length, 0);
  return {
    entries,
    attributions: total,
    claims: { named: 0, partial: 0, unnamed: total, documents: 0, unsourced: 0 },
  };
};

describe('fitLedger', () => {
  test('a ledger that fits is given back as it is', () => {
    const ledger = ledgerOf([entry('a', 2), entry('b', 1)]);
    expect(fitLedger(ledger, 3, 5)).toBe(ledger);
  });

  test('keeps the sources backing most claims, in their order, and counts the rest', () => {
    const ledger = ledgerOf([
      entry('a', 1),
      entry('b', 4),
      entry('c', 1),
      entry('d', 2),
      entry('unsourced', 3),
    ]);
    const fit = fitLedger(ledger, 3, 3);
    expect(fit.entries.map((e) => [e.id, e.claims.length, e.claimCount])).toEqual([
      ['b', 3, 4],
      ['d', 2, undefined],
      ['unsourced', 3, undefined],
    ]);
    expect(fit.omitted).toEqual({ sources: 2, claims: 2 });
    // The counts per group stay the article's.
    expect(fit.claims).toEqual(ledger.claims);
  });

  test('a million-word page’s ledger passes the message check once fitted', () => {
    const many = Array.from({ length: LIMITS.ledgerEntries + 500 }, (_, i) => entry(`s${i}`, 1));
    const ledger = ledgerOf([...many, entry('unsourced', LIMITS.ledgerClaims + 10)]);
    expect(validatePageLedger(ledger, 'ledger').ok).toBe(false);
    const fit = fitLedger(ledger);
    expect(validatePageLedger(fit, 'ledger')).toEqual({ ok: true, value: fit });
    expect(fit.omitted).toEqual({ sources: 501, claims: 501 });
    expect(fit.entries.at(-1)?.claimCount).toBe(LIMITS.ledgerClaims + 10);
  });
});

describe('validatePageLedger: documents the story identifies', () => {
  test('at most the claims credited to documents', () => {
    const ledger: PageLedger = {
      ...ledgerOf([entry('a', 2)]),
      claims: { named: 0, partial: 0, unnamed: 0, documents: 2, unsourced: 0 },
    };
    expect(validatePageLedger({ ...ledger, namedDocuments: 2 }, 'ledger').ok).toBe(true);
    expect(validatePageLedger({ ...ledger, namedDocuments: 3 }, 'ledger').ok).toBe(false);
    expect(validatePageLedger({ ...ledger, namedDocuments: -1 }, 'ledger').ok).toBe(false);
    expect(validatePageLedger({ ...ledger, questions: 2 }, 'ledger').ok).toBe(true);
    // (absent when there is none, so 0 is no count a content script sends)
    expect(validatePageLedger({ ...ledger, questions: 0 }, 'ledger').ok).toBe(false);
    expect(validatePageLedger({ ...ledger, questions: 1.5 }, 'ledger').ok).toBe(false);
  });
});

describe('fitLedger: claims in one message', () => {
  test('entries with few claims keep them all; the rest share what is left', () => {
    const ledger = ledgerOf([entry('a', 2), entry('b', 10), entry('c', 1), entry('d', 7)]);
    // 2 + 1 kept whole; 9 left for b and d: 4 each.
    const fit = fitLedger(ledger, 10, 100, 12);
    expect(fit.entries.map((e) => [e.id, e.claims.length, e.claimCount])).toEqual([
      ['a', 2, undefined],
      ['b', 4, 10],
      ['c', 1, undefined],
      ['d', 4, 7],
    ]);
    expect(fit.omitted).toBeUndefined();
  });

  test('every entry keeps at least one claim, whatever the total', () => {
    const ledger = ledgerOf([entry('a', 3), entry('b', 3), entry('c', 3)]);
    const fit = fitLedger(ledger, 10, 100, 2);
    expect(fit.entries.map((e) => e.claims.length)).toEqual([1, 1, 1]);
    expect(fit.entries.map((e) => e.claimCount)).toEqual([3, 3, 3]);
  });

  test('a ledger within every bound is given back as it is', () => {
    const ledger = ledgerOf([entry('a', 3), entry('b', 3)]);
    expect(fitLedger(ledger, 10, 100, 6)).toBe(ledger);
  });

  test('a million-word page’s ledger carries at most the message’s claims', () => {
    const many = Array.from({ length: 3000 }, (_, i) => entry(`s${i}`, 1 + (i % 5)));
    const fit = fitLedger(ledgerOf([...many, entry('unsourced', 5000)]));
    const carried = fit.entries.reduce((n, e) => n + e.claims.length, 0);
    expect(carried).toBeLessThanOrEqual(LIMITS.ledgerMessageClaims);
    expect(fit.entries.at(-1)?.claimCount).toBe(5000);
    expect(validatePageLedger(fit, 'ledger').ok).toBe(true);
  });
});

describe('untiedPronoun', () => {
  test.each([
    ['they', undefined],
    ['You', undefined],
    ['she', undefined],
    ['I', undefined],
    ['one', 'one'],
  ])('%j tied to %j is nobody a reader could weigh', (words, entity) => {
    expect(untiedPronoun(words, entity)).toBe(true);
  });

  test.each([
    ['she', 'Ana Okafor'],
    ['I', 'the writer'],
    ['they', 'two officials'],
    ['one official', undefined],
    ['someone', undefined],
    ['the source', undefined],
    ['One of them', undefined],
  ])('%j tied to %j is a source', (words, entity) => {
    expect(untiedPronoun(words, entity)).toBe(false);
  });
});

describe('informativeName', () => {
  test.each([
    // a description first, the body's name later
    ['the Norvish space agency', ['Astravel', 'It'], 'Astravel'],
    ['the officials', ['Harbour Gas officials'], 'Harbour Gas officials'],
    ['the Alder Trust', ['The Alder Trust', 'it'], 'the Alder Trust'],
  ])('%s, also %j: %s', (name, mentions, best) => {
    expect(informativeName(name, mentions)).toBe(best);
  });

  test.each([
    // a proper name stays, however many capitals a longer mention has
    ['Tessa Moorcroft', ['the Harlow Gazette’s North Coast editor Tessa Moorcroft', 'she']],
    ['Center on Housing and Migration', ['Marlow University’s Centre']],
    ['1010data', ['data analysis firm 1010data']],
    // no mention says more than the description: a pronoun never does
    ['a source', ['the source', 'he']],
    ['the company', ['It', 'They']],
  ])('%s stays', (name, mentions) => {
    expect(informativeName(name, mentions)).toBe(name);
  });
});

describe('creditedSources: whom a claim is listed under', () => {
  const okafor: SourceMember = { id: 'e1', name: 'Ana Okafor', named: true, type: 'person' };
  const board: SourceMember = {
    id: 'e2',
    name: 'Harbour Board',
    named: true,
    type: 'organisation',
  };

  test('a source of one person or body is itself', () => {
    const source: SourceSpan = { start: 0, end: 6, named: true, entity: okafor };
    expect(creditedSources(source)).toEqual([source]);
  });

  test('a joint source is each of its members, with its own entity and kind', () => {
    const joint: SourceSpan = {
      start: 0,
      end: 30,
      named: true,
      type: 'group',
      entity: {
        id: 'e3',
        name: 'Ana Okafor and Harbour Board',
        named: true,
        type: 'group',
        members: [okafor, board],
      },
    };
    expect(creditedSources(joint)).toEqual([
      { start: 0, end: 30, named: true, type: 'person', entity: okafor },
      { start: 0, end: 30, named: true, type: 'organisation', entity: board },
    ]);
  });

  test('what the story says of a joint source’s anonymity is said of each member not named', () => {
    const official: SourceMember = {
      id: 'e4',
      name: 'a senior official',
      named: false,
      type: 'person',
    };
    const anonymity: AnonymityCheck = {
      specificity: 'role',
      reason: null,
      basis: null,
      obtained: null,
    };
    const joint: SourceSpan = {
      start: 0,
      end: 40,
      named: false,
      entity: {
        id: 'e5',
        name: 'Harbour Board and a senior official',
        named: false,
        type: 'group',
        members: [board, official],
        anonymity,
      },
    };
    const [named, unnamed] = creditedSources(joint);
    expect(named?.entity?.anonymity).toBeUndefined();
    expect(unnamed?.entity?.anonymity).toBe(anonymity);
  });

  test('a source with no entity is itself', () => {
    const source: SourceSpan = { start: 4, end: 9, named: false };
    expect(creditedSources(source)).toEqual([source]);
  });
});

describe('listedMention', () => {
  test.each([
    ['Mr. Reeves', true],
    ['the company', true],
    ['the Norvish space agency', true],
    // (a name that is also a pronoun's letters is still a name: "Its Labs" is not "its")
    ['Its Labs', true],
    ['He', false],
    ['she', false],
    ['It', false],
    ['They', false],
    ['its', false],
    ['their', false],
    ['I', false],
    ['we', false],
  ])('%s: %s', (words, listed) => {
    expect(listedMention(words)).toBe(listed);
  });
});

describe('refusalCue', () => {
  test.each([
    ['declined to comment', true],
    ['has  Declined to comment', true],
    ['did not respond to', true],
    ['would not say', true],
    ['said', false],
    ['declined', false],
    ['commented', false],
  ])('%s: %s', (words, refused) => {
    expect(refusalCue(words)).toBe(refused);
  });
});

describe('bodyOf', () => {
  const source = (
    id: string,
    group: LedgerEntry['group'],
    type: BodyCandidate['type'],
    name: string,
    mentions: string[] = [],
  ): BodyCandidate => ({ id, group, type, name, mentions });
  const bodies = [
    source('acme', 'named', 'organisation', 'Orsk Freight', ['the company']),
    source('bureau', 'named', 'organisation', 'the Tarn Roads Bureau'),
    source('tarn', 'named', 'organisation', 'Tarn'),
    source('orsk', 'named', 'person', 'Ilse Orsk'),
    source('military', 'named', 'organisation', 'the military'),
  ];
  test.each([
    ['a spokeswoman of a body by its name before', 'An Orsk Freight spokeswoman', 'acme'],
    ['officials of a body by its name after', 'two officials at the Tarn Roads Bureau', 'bureau'],
    ['the longest name that fits', 'a Tarn Roads Bureau engineer', 'bureau'],
    ['a possessive', "Orsk Freight's drivers", 'acme'],
    ['no body of its words', 'a ministry official', undefined],
    ['a common noun is no name to find (a company, the military)', 'company officials', undefined],
    ['nor a lower-case one', 'military officials', undefined],
    ['a person is no body', 'Orsk officials', undefined],
    ['a former member speaks from without', 'a former Orsk Freight engineer', undefined],
    ['another name before is another body', 'a Velsk Orsk Freight engineer', undefined],
    ['another name after is another body', 'an Orsk Freight Holdings engineer', undefined],
    ['a title-case head is no other name', 'Orsk Freight Drivers', 'acme'],
  ])('%s: %s', (_, words, body) => {
    expect(bodyOf(source('p', 'partial', 'person', words), bodies)).toBe(body);
  });

  test('a gathering of people is listed under their body, a gathering of bodies not', () => {
    const gathering = (name: string): BodyCandidate => ({
      ...source('p', 'partial', 'organisation', name),
      head: 'group',
    });
    expect(bodyOf(gathering('a group of Orsk Freight drivers'), bodies)).toBe('acme');
    expect(bodyOf(gathering('a group of Orsk Freight companies'), bodies)).toBeUndefined();
  });

  test('only a partly named person or people is listed under a body', () => {
    const words = 'An Orsk Freight spokeswoman';
    expect(bodyOf(source('p', 'unnamed', 'person', words), bodies)).toBeUndefined();
    expect(bodyOf(source('p', 'partial', 'organisation', words), bodies)).toBeUndefined();
    expect(bodyOf(source('p', 'partial', 'group', 'a spokeswoman', [words]), bodies)).toBe('acme');
  });

  test('the body is carried in a message (the popup lists the person under it)', () => {
    const ledger: PageLedger = {
      entries: [
        { ...entry('acme', 1), group: 'named' },
        { ...entry('p', 1), group: 'partial', body: 'acme' },
      ],
      attributions: 2,
      claims: { named: 1, partial: 1, unnamed: 0, documents: 0, unsourced: 0 },
    };
    const back = validatePageLedger(JSON.parse(JSON.stringify(ledger)), 'ledger');
    expect(back.ok && back.value.entries[1]?.body).toBe('acme');
    // (and whom a spokesman speaks for, when that person is listed under no entry)
    const speaker = { ...entry('s', 1), group: 'partial' as const, speaksFor: 'Dara Quell' };
    const withSpeaker = { ...ledger, entries: [...ledger.entries, speaker] };
    const again = validatePageLedger(JSON.parse(JSON.stringify(withSpeaker)), 'ledger');
    expect(again.ok && again.value.entries[2]?.speaksFor).toBe('Dara Quell');
    const bad = { ...withSpeaker, entries: [...ledger.entries, { ...speaker, speaksFor: 7 }] };
    expect(validatePageLedger(bad, 'ledger').ok).toBe(false);
  });

  test('a partly named speaker goes under whom a possessive says they speak for, when that one is a named entry', () => {
    const person = source('v', 'named', 'person', 'Ilse Varn');
    const speaker = { ...source('s', 'partial', 'person', 'Her spokeswoman'), owner: 'v' };
    expect(bodiesOf([person, speaker]).get('s')).toBe('v');
    // (not when the owner is no named entry of the ledger)
    expect(bodiesOf([speaker]).get('s')).toBeUndefined();
    expect(bodiesOf([{ ...person, group: 'unnamed' }, speaker]).get('s')).toBeUndefined();
  });
});

describe('bodyNameKey: the name of the body partly named people are described by', () => {
  test.each([
    ['Harbour Works officials', 'officials', 'harbour works'],
    // (its kind word left out, so a longer form of the name shares the key)
    ['Harbour Works Department officials', 'officials', 'harbour works'],
    ['the Harbour Works Agency officials', 'officials', 'harbour works'],
    ['two Tarn Valley Authority engineers', 'engineers', 'tarn valley'],
    // (one word left: "State officials" are not "State Department officials")
    ['State Department officials', 'officials', undefined],
    ['State officials', 'officials', undefined],
    // (no proper name before the head)
    ['agency officials', 'officials', undefined],
    ['senior Harbour Works officials', 'officials', undefined],
    ['Harbour Works officials and staff', 'officials', undefined],
  ])('%s', (name, head, key) => {
    expect(bodyNameKey(name, head)).toBe(key);
  });
});
