import { describe, expect, test } from 'vitest';
import { analyze } from '../engine';
import type { Finding, Named } from '../engine/types';
import {
  buildLedger,
  claimRelay,
  creditIds,
  sentenceStart,
  snippetAround,
  sourceIdentity,
  standardsOf,
  UNSOURCED,
} from './ledger';

/**
 * An attribution: the first `cue` after `after` (a string of `text`), credited to the
 * nearest `source` (before the cue, else after it).
 */
function claim(
  text: string,
  cue: string,
  source: string | null,
  named: Named = true,
  after = '',
): Finding {
  const start = text.indexOf(cue, text.indexOf(after));
  const f: Finding = { start, end: start + cue.length, kind: 'attribution', why: 'test' };
  if (source !== null) {
    const before = text.lastIndexOf(source, start);
    const s = before >= 0 ? before : text.indexOf(source, start);
    f.source = { start: s, end: s + source.length, named };
  }
  return f;
}

const TEXT = [
  '“We were not told why,” said Marisol Quenby, who leads the group.',
  'According to a council spokesperson, the item was deferred.',
  'Two senior officials said the bidder had submitted revised costings.',
  'Two senior officials also said the figures were higher.',
  'A Pentagon official said the review would go on.',
  'Mistakes were made, according to an internal memo seen by the Courier.',
  'Marisol Quenby said she would ask again. It was later confirmed, he said.',
].join('\n\n');

const FINDINGS: Finding[] = [
  claim(TEXT, 'said', 'Marisol Quenby'),
  claim(TEXT, 'According to', 'a council spokesperson', false),
  claim(TEXT, 'said', 'Two senior officials', false, 'Two senior'),
  claim(TEXT, 'also said', 'Two senior officials', false),
  claim(TEXT, 'said', 'A Pentagon official', 'partial', 'Pentagon'),
  claim(TEXT, 'according to', 'an internal memo seen by the Courier', true, 'Mistakes'),
  claim(TEXT, 'said', 'Marisol Quenby', true, 'Marisol Quenby said'),
  claim(TEXT, 'said', null, true, 'he said'),
  { start: 0, end: 5, kind: 'hedge', why: 'not an attribution' },
];

describe('buildLedger', () => {
  const { ledger, claims, entryOf } = buildLedger(FINDINGS, TEXT);

  test('one entry per source, in order of first mention, "no source given" last', () => {
    expect(ledger.entries.map((e) => [e.group, e.name, e.claims.length])).toEqual([
      ['named', 'Marisol Quenby', 2],
      ['unnamed', 'a council spokesperson', 1],
      ['unnamed', 'Two senior officials', 2],
      ['partial', 'A Pentagon official', 1],
      ['documents', 'an internal memo seen by the Courier', 1],
      ['unsourced', 'No source given', 1],
    ]);
    expect(ledger.entries.at(-1)?.id).toBe(UNSOURCED);
  });

  test('counts attributions, and claims per group as the entries count them', () => {
    expect(ledger.attributions).toBe(8);
    expect(ledger.claims).toEqual({ named: 2, partial: 1, unnamed: 3, documents: 1, unsourced: 1 });
  });

  test('each claim carries its cue and its sentence', () => {
    const officials = ledger.entries[2];
    expect(officials?.claims.map((c) => c.cue)).toEqual(['said', 'also said']);
    expect(officials?.claims[0]?.snippet).toBe(
      'Two senior officials said the bidder had submitted revised costings.',
    );
  });

  test('maps entries to their findings and back', () => {
    const id = ledger.entries[0]?.id as string;
    expect(claims.get(id)?.map((f) => TEXT.slice(f.start, f.end))).toEqual(['said', 'said']);
    expect(entryOf.get(FINDINGS[0] as Finding)).toBe(id);
  });

  test('the engine’s entity joins mentions under one name; a pronoun is no mention to list', () => {
    const text = 'Eric Reeves said one thing. Mr. Reeves said another. He said a third.';
    const { ledger: l } = buildLedger(analyze(text), text);
    expect(l.entries.map((e) => [e.name, e.claims.length, e.mentions])).toEqual([
      ['Eric Reeves', 3, ['Mr. Reeves']],
    ]);
  });

  test('a mention in another case is listed once, as first met', () => {
    const text =
      'Acme Foods said one thing. The company said another. Later the company said a third. Acme said a fourth.';
    const { ledger: l } = buildLedger(analyze(text), text);
    expect(l.entries.map((e) => [e.name, e.claims.length, e.mentions])).toEqual([
      ['Acme Foods', 4, ['The company', 'Acme']],
    ]);
  });

  test('a headline surname is the person; a quotation’s "we" is its speaker, not a mention', () => {
    const text =
      'Reeves says mill will close\n\nEric Reeves said the mill would shut. "We tried everything," Reeves said.';
    const { ledger: l } = buildLedger(analyze(text), text);
    expect(l.entries.map((e) => [e.name, e.claims.length, e.mentions])).toEqual([
      ['Eric Reeves', 3, ['Reeves']],
    ]);
  });
});

describe('sources', () => {
  test('a pronoun tied to no one joins the claims with no source, not the unnamed sources', () => {
    const text =
      'They said the road would close. Pia Lund said it would not. "Yes," she said. Reads one: "Shut."';
    const findings = [
      claim(text, 'said', 'They', false),
      claim(text, 'said', 'Pia Lund', true, 'Pia'),
      claim(text, 'said', 'she', true, '"Yes,"'),
      claim(text, 'Reads', 'one', false, 'Reads'),
    ];
    const lund = { id: 'e1', name: 'Pia Lund', named: true as const, type: 'person' as const };
    for (const f of findings.slice(1, 3)) if (f.source) f.source.entity = lund;
    const { ledger: l } = buildLedger(findings, text);
    expect(l.entries.map((e) => [e.group, e.name, e.claims.length, e.mentions])).toEqual([
      ['named', 'Pia Lund', 2, []],
      ['unsourced', 'No source given', 2, []],
    ]);
    expect(l.claims).toMatchObject({ unnamed: 0, unsourced: 2 });
  });

  test('a named source first described is listed by the name a later mention gives', () => {
    const text =
      'The ship broke up, the Norvish space agency said. Astravel said it fell at sea. It said no one was hurt.';
    const findings = [
      claim(text, 'said', 'the Norvish space agency'),
      claim(text, 'said', 'Astravel', true, 'Astravel'),
      claim(text, 'said', 'It', true, 'It said'),
    ];
    const agency = {
      id: 'e1',
      name: 'the Norvish space agency',
      named: true as const,
      type: 'organisation' as const,
    };
    for (const f of findings) if (f.source) f.source.entity = agency;
    const { ledger: l } = buildLedger(findings, text);
    expect(l.entries.map((e) => [e.group, e.name, e.mentions])).toEqual([
      ['named', 'Astravel', ['the Norvish space agency']],
    ]);
  });

  test('an unnamed source keeps its own words, whatever a mention says', () => {
    const text = 'A ministry source said the talks failed. Later, Halden said they had.';
    const findings = [
      claim(text, 'said', 'A ministry source', false),
      claim(text, 'said', 'Halden', false, 'Halden'),
    ];
    const source = {
      id: 'e1',
      name: 'A ministry source',
      named: false as const,
      type: 'person' as const,
    };
    for (const f of findings) if (f.source) f.source.entity = source;
    const { ledger: l } = buildLedger(findings, text);
    expect(l.entries.map((e) => [e.group, e.name])).toEqual([['unnamed', 'A ministry source']]);
  });

  test('the same words in another case or with another article are one source', () => {
    const text = 'The company said x. the Company said y. A company’s spokesman. A  company';
    const ids = ['The company', 'the Company', 'A company’s', 'A  company'].map((words) => {
      const start = text.indexOf(words);
      return sourceIdentity({ start, end: start + words.length, named: true }, text).id;
    });
    expect(new Set(ids)).toEqual(new Set(['words:company']));
  });

  test('anonymity standards are the engine’s check of the source', () => {
    const text =
      'Two officials familiar with the talks said the deal was close. ' +
      'A spokesperson said nothing had been agreed.';
    const { ledger: l } = buildLedger(analyze(text), text);
    const byName = new Map(l.entries.map((e) => [e.name, e]));
    expect(byName.get('Two officials familiar with the talks')?.standards).toEqual({
      reason: null,
      basis: 'familiar with the talks',
      // (in words a reader knows: "body" is the guideline's word for an organisation)
      specificity: 'by a role only, no organisation named',
    });
    expect(byName.get('A spokesperson')?.standards).toMatchObject({ basis: null });
    expect(standardsOf({ start: 0, end: 3, named: true })).toBeUndefined();
  });

  test('a body or a kind of bodies speaking as itself is asked nothing of anonymity', () => {
    const text =
      'The judge threw out the suit. The courts have long held that such clauses are void. ' +
      'A court official, who was not authorized to speak publicly, said an appeal was likely.';
    const { ledger: l } = buildLedger(analyze(text), text);
    const byName = new Map(l.entries.map((e) => [e.name, e]));
    expect(byName.get('The courts')?.group).toBe('unnamed');
    expect(byName.get('The courts')?.standards).toBeUndefined();
    expect(byName.get('A court official')?.standards).toMatchObject({
      reason: 'not authorized to speak publicly',
    });
  });

  test('a document the story identifies is counted as naming its source', () => {
    const text =
      'The Harbour Audit Office published its audit on Monday. The audit found that costs doubled. Costs doubled, a leaked memo shows.';
    const { ledger: l } = buildLedger(analyze(text), text);
    expect(l.claims.documents).toBe(2);
    expect(l.namedDocuments).toBe(1);
  });

  test('a spokeswoman of a body listed as a source is listed under it, a former manager not', () => {
    const text = [
      'Talvik Foods said on Monday it would close two plants.',
      'A Talvik Foods spokeswoman said the closures were final.',
      'A former Talvik Foods manager said the plants had lost money for years.',
    ].join(' ');
    const { ledger } = buildLedger(analyze(text), text, false);
    const by = (name: string) => ledger.entries.find((e) => e.name === name);
    const body = by('Talvik Foods');
    expect(body?.group).toBe('named');
    expect(by('A Talvik Foods spokeswoman')).toMatchObject({ group: 'partial', body: body?.id });
    expect(by('A former Talvik Foods manager')?.body).toBeUndefined();
    // (counted in its own group: the share of claims naming their source is unchanged)
    expect(ledger.claims).toMatchObject({ named: 1, partial: 2 });
  });

  test('people of a body the ledger does not list are one source by its name, long or short', () => {
    const text = [
      'Coastal Protection officials said the quay would reopen in May.',
      'Repairs will cost more than planned, according to Coastal Protection Department officials.',
      'State officials said the budget was fixed. State Department officials said talks went on.',
    ].join(' ');
    const { ledger } = buildLedger(analyze(text), text, false);
    const names = ledger.entries.map((e) => [e.name, e.claims.length, e.mentions]);
    expect(names).toContainEqual([
      'Coastal Protection officials',
      2,
      ['Coastal Protection Department officials'],
    ]);
    // (one word of a name is too little to tell it is the same body)
    expect(names.map((n) => n[0])).toEqual(
      expect.arrayContaining(['State officials', 'State Department officials']),
    );
  });

  test('a spokeswoman a possessive ties to a person is listed under that person; whose, by name, when the person backs no claim', () => {
    const text = [
      'Mayor Ilse Varn said the budget was balanced.',
      'Her spokeswoman said later that two posts would go.',
      'Opposition leader Dara Quell, who has been abroad for a month, returned to the capital on Monday, his spokesman said.',
    ].join(' ');
    const { ledger } = buildLedger(analyze(text), text, false);
    const by = (name: string) => ledger.entries.find((e) => e.name === name);
    const mayor = by('Ilse Varn');
    expect(by('Her spokeswoman')).toMatchObject({ group: 'partial', body: mayor?.id });
    expect(by('Her spokeswoman')?.speaksFor).toBeUndefined();
    expect(by('his spokesman')).toMatchObject({ group: 'partial', speaksFor: 'Dara Quell' });
    expect(by('his spokesman')?.body).toBeUndefined();
  });

  test("a body's people of one kind are one source under it, whatever words the story uses", () => {
    const text = [
      'The Brannock Water Board said the reservoir was full.',
      'Brannock Water Board officials said the dam was safe.',
      'A group of Brannock Water Board officials said repairs would start in May.',
      'Officials at the Brannock Water Board, who were not authorised to speak, said the cost had doubled.',
      'A Brannock Water Board engineer said the cracks were old.',
    ].join(' ');
    const { ledger, claims, entryOf } = buildLedger(analyze(text), text, false);
    const body = ledger.entries.find((e) => e.group === 'named');
    const people = ledger.entries.filter((e) => e.body === body?.id);
    expect(people.map((e) => [e.name, e.claims.length])).toEqual([
      ['Brannock Water Board officials', 3],
      ['A Brannock Water Board engineer', 1],
    ]);
    const officials = people[0]!;
    expect(officials.mentions).toEqual([
      'A group of Brannock Water Board officials',
      'Officials at the Brannock Water Board',
    ]);
    // (what one description says of their anonymity is said of them all)
    expect(officials.standards?.reason).toBe('not authorised to speak');
    // (the page's steps and the card find the merged claims under the one entry)
    expect(claims.get(officials.id)).toHaveLength(3);
    expect([...entryOf.values()].filter((id) => id === officials.id)).toHaveLength(3);
    expect(ledger.claims).toMatchObject({ named: 1, partial: 4 });
  });

  test("another country's ministry of the same name is not the body its officials speak for", () => {
    const text = [
      'Ostrava’s Foreign Ministry said the talks had ended.',
      'A Kelmarian Foreign Ministry official said the talks would go on.',
    ].join(' ');
    const { ledger } = buildLedger(analyze(text), text, false);
    expect(ledger.entries.map((e) => e.body)).toEqual([undefined, undefined]);
  });

  test('the standards are asked of a source of claims, not of one that only refused', () => {
    const text = [
      'The Brenmoor depot will close, the operator said.',
      'A depot spokeswoman declined to comment.',
      'A union organiser would not say how many jobs were at risk.',
      'The organiser later said forty drivers had been told.',
    ].join(' ');
    const { ledger } = buildLedger(analyze(text), text, false);
    const by = (name: string) => ledger.entries.find((e) => e.name === name);
    expect(by('A depot spokeswoman')?.claims).toHaveLength(1);
    expect(by('A depot spokeswoman')?.standards).toBeUndefined();
    expect(by('A union organiser')?.standards).toMatchObject({ reason: null, basis: null });
  });

  test('a document whose words name its issuer is listed under the issuer', () => {
    const text =
      'Tarnby Water denied any leak. Repairs were delayed, according to an email from Tarnby Water. ' +
      'Bills will rise, according to a study by the Harlow Housing Trust. A leaked memo shows more.';
    const { ledger: l } = buildLedger(analyze(text), text);
    expect(l.entries.map((e) => [e.group, e.name, e.claims.length, e.mentions])).toEqual([
      ['named', 'Tarnby Water', 2, ['an email from Tarnby Water']],
      ['named', 'Harlow Housing Trust', 1, ['a study by the Harlow Housing Trust']],
      ['documents', 'A leaked memo', 1, []],
    ]);
  });

  test('a document’s standards say how the story obtained it', () => {
    const text = 'Costs doubled, according to internal emails obtained by the Valdora Courier.';
    const { ledger: l } = buildLedger(analyze(text), text);
    const doc = l.entries.find((e) => e.group === 'documents');
    expect(doc?.standards).toMatchObject({ obtained: 'obtained by the Valdora Courier' });
    expect(doc?.standards).not.toHaveProperty('basis');
    // (no anonymity is granted a document; it is described by its kind, not by a role)
    expect(doc?.standards).not.toHaveProperty('reason');
    expect(doc?.standards?.specificity).toMatch(/^by its kind|^only as a document/);
  });

  test('the reporter’s question before the answer is no claim of its own', () => {
    const text =
      'Asked about the delay, a council spokesperson said the contractor had gone bust. Asked whether she would resign, Mayor Ana Ruiz said she would not.';
    const findings = analyze(text);
    // (both questions are highlighted, as cues with no source)
    expect(
      findings.filter((f) => f.cue === 'question').map((f) => text.slice(f.start, f.end)),
    ).toEqual(['Asked', 'Asked']);
    const { ledger: l } = buildLedger(findings, text);
    expect(l.entries.map((e) => e.group)).toEqual(['unnamed', 'named']);
    expect(l.claims.unsourced).toBe(0);
    expect(l.attributions).toBe(2);
    // (the popup says they were left out, so its share and the page's count can be squared)
    expect(l.questions).toBe(2);
    expect(
      buildLedger(
        analyze('A council spokesperson said it was late.'),
        'A council spokesperson said it was late.',
      ).ledger,
    ).not.toHaveProperty('questions');
  });

  test('snippets are cut around the claim, between words', () => {
    const long = `${'Earlier words run on and on without a stop '.repeat(6)}and then officials said the plan was sound${' and more words follow it'.repeat(6)}.`;
    const at = long.indexOf('officials said');
    const s = snippetAround(long, at, at + 14);
    expect(s.length).toBeLessThanOrEqual(162);
    expect(s).toContain('officials said');
    expect(s).toMatch(/^…\S.*\S…$/);
  });
});

test('the real engine on a passage: sources and counts agree with its findings', () => {
  const findings = analyze(TEXT);
  const { ledger, entryOf } = buildLedger(findings, TEXT);
  const attributions = findings.filter((f) => f.kind === 'attribution');
  expect(ledger.attributions).toBe(attributions.length);
  // one claim per source and sentence: every attribution's cue is in one claim
  const cues = ledger.entries.reduce(
    (n, e) => n + e.claims.flatMap((c) => c.cue.split(' · ')).length,
    0,
  );
  expect(cues).toBe(attributions.length);
  const sentences = new Set(
    attributions.map((f) => `${entryOf.get(f)}@${sentenceStart(TEXT, f.start)}`),
  );
  expect(ledger.entries.reduce((n, e) => n + e.claims.length, 0)).toBe(sentences.size);
  expect(ledger.entries.find((e) => e.name === 'Marisol Quenby')?.group).toBe('named');
});

test('several cues of one source in one sentence are one claim', () => {
  const text =
    'Two officials, who spoke on condition of anonymity, said the plan was shelved. The officials later said it would return.';
  const findings = analyze(text);
  const { ledger, claims } = buildLedger(findings, text);
  const officials = ledger.entries.find((e) => e.name === 'Two officials');
  expect(officials?.claims.map((c) => c.cue)).toEqual([
    'spoke · on condition of anonymity · said',
    'said',
  ]);
  expect(claims.get(officials!.id)?.map((f) => text.slice(f.start, f.end))).toEqual([
    'spoke',
    'said',
  ]);
  // (the group counts those two claims, not the four cues, as the entry does)
  expect(ledger.attributions).toBe(4);
  expect(ledger.claims.unnamed).toBe(2);
});

test('a joint source is credited to each of the two it joins, not to a third entry', () => {
  const text =
    'Ostravel said the pier was unsafe. Ostravel and the Harbour Authority said it would close. ' +
    'The Harbour Authority said repairs would take a year.';
  const { ledger, claims } = buildLedger(analyze(text), text);
  expect(ledger.entries.map((e) => [e.group, e.name, e.claims.length, e.mentions])).toEqual([
    ['named', 'Ostravel', 2, ['Ostravel and the Harbour Authority']],
    ['named', 'Harbour Authority', 2, ['Ostravel and the Harbour Authority']],
  ]);
  // (each entry's claims show the joint sentence; the share counts a claim of each)
  expect(ledger.claims.named).toBe(4);
  const [ostravel, authority] = ledger.entries.map((e) => claims.get(e.id)?.length);
  expect([ostravel, authority]).toEqual([2, 2]);
});

test('two descriptions joined by "and" are two entries, each not named asked of its anonymity', () => {
  const text =
    'Two officials and a diplomat, who spoke on condition of anonymity, said the talks had stalled.';
  const { ledger } = buildLedger(analyze(text), text);
  expect(ledger.entries.map((e) => [e.group, e.name, e.claims.length])).toEqual([
    ['unnamed', 'Two officials', 1],
    ['unnamed', 'a diplomat', 1],
  ]);
  for (const e of ledger.entries) expect(e.standards?.reason, e.name).toBeNull();
});

test("the card finds a claim's entries and how it reached the article", () => {
  const text =
    'Mara Lind said the deal was fair. Teo Brack said it was not. ' +
    'Lind and Brack told the Harbour Gazette they would meet again.';
  const findings = analyze(text);
  const { ledger } = buildLedger(findings, text);
  const joint = findings.find(
    (f) => f.kind === 'attribution' && f.start > text.indexOf('Brack told'),
  )!;
  const names = creditIds(joint, text).map((id) => ledger.entries.find((e) => e.id === id)?.name);
  expect(names).toEqual(['Mara Lind', 'Teo Brack']);
  expect(claimRelay(joint, findings, text)).toBe('told the Harbour Gazette');
  expect(
    claimRelay(
      findings.find((f) => f.kind === 'attribution')!,
      findings,
      text,
    ),
  ).toBeNull();
});
