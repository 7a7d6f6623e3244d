import { describe, expect, test } from 'vitest';
import type { Finding } from '../engine/index';
import { analyze } from '../engine/index';
import { buildLedger, groupOf, MAX_SENTENCE, sentenceAround } from './ledger';

/** An attribution finding for the first `cue` after the first `source` in `text`. */
function attribution(
  text: string,
  cue: string,
  source: string | undefined,
  extra: Partial<NonNullable<Finding['source']>> = {},
  from = 0,
): Finding {
  const s = source === undefined ? -1 : text.indexOf(source, from);
  const c = text.indexOf(cue, Math.max(from, s));
  const f: Finding = {
    start: c,
    end: c + cue.length,
    kind: 'attribution',
    cue: 'neutral',
    why: `${cue}: a reporting verb`,
  };
  if (source !== undefined) f.source = { start: s, end: s + source.length, named: false, ...extra };
  return f;
}

describe('groupOf', () => {
  test.each([
    ['The Central Intelligence Agency', { named: true }, 'named'],
    ['a Pentagon official', { named: 'partial' as const }, 'named'],
    ['officials briefed on the matter', { named: false }, 'unnamed'],
    ['an affidavit', { named: false }, 'documents'],
    ['a statement from Acme', { named: true }, 'documents'],
    ['internal memos', { named: false }, 'documents'],
    ['the study', { named: false }, 'documents'],
    ['the council minutes', { named: false }, 'documents'],
    // a paper is a newspaper as often as a document: named by the engine or not at all
    ['the paper', { named: true }, 'named'],
    // The engine's type wins over the word heuristic, both ways.
    ['Reporters Without Borders', { named: true, type: 'organisation' as const }, 'named'],
    ['the leaked pages', { named: false, type: 'document' as const }, 'documents'],
  ])('%s -> %s', (text, source, group) => {
    expect(groupOf({ start: 0, end: text.length, ...source }, text)).toBe(group);
  });
});

describe('sentenceAround', () => {
  const text =
    'First sentence here. Mr. Smith said the plan failed. Third one!\nA new paragraph said more.';

  test('takes the whole sentence, not stopping at a title', () => {
    const at = text.indexOf('said');
    expect(sentenceAround(text, at, at + 4)).toBe('Mr. Smith said the plan failed.');
  });

  test('stops at a line break', () => {
    const at = text.indexOf('said more');
    expect(sentenceAround(text, at, at + 4)).toBe('A new paragraph said more.');
  });

  test('cuts a long sentence around the cue with ellipses', () => {
    const long = `${'word '.repeat(80)}officials said ${'more '.repeat(80)}end.`;
    const at = long.indexOf('said');
    const s = sentenceAround(long, at, at + 4);
    expect(s.length).toBeLessThanOrEqual(MAX_SENTENCE + 2);
    expect(s).toContain('officials said');
    expect(s.startsWith('\u2026')).toBe(true);
    expect(s.endsWith('\u2026')).toBe(true);
  });
});

describe('buildLedger', () => {
  const text = [
    'The Central Intelligence Agency has concluded that Russia intervened.',
    'Officials briefed on the matter said the finding was firm.',
    'A Pentagon official told reporters the review continues.',
    'According to an affidavit, the payments began in May.',
    'officials briefed on the matter added that more was coming.',
    'It was confirmed, he said.',
  ].join('\n');
  const findings: Finding[] = [
    attribution(text, 'has concluded', 'The Central Intelligence Agency', { named: true }),
    attribution(text, 'said', 'Officials briefed on the matter'),
    attribution(text, 'told', 'A Pentagon official', { named: 'partial' }),
    // `according to` comes before its source.
    {
      ...attribution(text, 'According to', undefined),
      source: {
        start: text.indexOf('an affidavit'),
        end: text.indexOf('an affidavit') + 12,
        named: false,
      },
    },
    attribution(
      text,
      'added',
      'officials briefed on the matter',
      {},
      text.indexOf('officials briefed'),
    ),
    attribution(text, 'said.', undefined),
    { start: 0, end: 3, kind: 'hedge', why: 'not an attribution' },
  ];
  const ledger = buildLedger(text, findings);

  test('groups sources as named, unnamed and documents', () => {
    expect(ledger.named.map((s) => s.text)).toEqual([
      'The Central Intelligence Agency',
      'A Pentagon official',
    ]);
    expect(ledger.unnamed.map((s) => s.text)).toEqual(['Officials briefed on the matter']);
    expect(ledger.documents.map((s) => s.text)).toEqual(['an affidavit']);
  });

  test('merges repeat mentions of a source, whatever the case, keeping each claim', () => {
    const officials = ledger.unnamed[0];
    expect(officials?.claims.map((c) => c.cue)).toEqual(['said', 'added']);
    expect(officials?.claims[1]?.sentence).toBe(
      'officials briefed on the matter added that more was coming.',
    );
  });

  test('each claim carries its sentence, cue, cue class and why', () => {
    expect(ledger.named[0]?.claims).toEqual([
      {
        sentence: 'The Central Intelligence Agency has concluded that Russia intervened.',
        cue: 'has concluded',
        cueClass: 'neutral',
        why: 'has concluded: a reporting verb',
      },
    ]);
    expect(ledger.named[1]?.named).toBe('partial');
  });

  test('cues with no source are listed apart', () => {
    expect(ledger.unsourced.map((c) => c.sentence)).toEqual(['It was confirmed, he said.']);
  });

  test('a pronoun tied to no one is listed with the cues that give no source', () => {
    const text = 'They say the pier is unsafe. A surveyor said so too.';
    const l = buildLedger(text, [
      attribution(text, 'say', 'They'),
      attribution(text, 'said', 'A surveyor'),
    ]);
    expect(l.unnamed.map((s) => s.text)).toEqual(['A surveyor']);
    expect(l.unsourced.map((c) => c.cue)).toEqual(['say']);
  });

  test('the reporter’s question before the answer is not listed as a claim without a source', () => {
    const asked =
      'Asked about the delay, a council spokesperson said the contractor had gone bust.';
    const l = buildLedger(asked, analyze(asked));
    expect(l.unsourced).toEqual([]);
    expect(l.unnamed.map((s) => [s.text, s.claims.map((c) => c.cue)])).toEqual([
      ['a council spokesperson', ['said']],
    ]);
  });
});

describe('buildLedger with the engine', () => {
  const text = [
    'Sheriff Ana Okafor said the jail was short of staff.',
    '"We are asking people to work double shifts," Okafor said.',
    'She added that the county would hire more officers.',
    'A senior official, who was not authorized to speak publicly, said the budget would not cover it.',
    'The official said talks with the union had stalled.',
  ].join('\n');
  const ledger = buildLedger(text, analyze(text));

  test('one source per entity, with the other words the text uses for it', () => {
    const okafor = ledger.named.find((s) => s.text === 'Ana Okafor');
    // ("We are asking ...," Okafor said: the quotation's "we" is hers, one claim with two cues)
    expect(okafor?.claims.map((c) => c.cue)).toEqual(['said', 'are asking', 'added']);
    expect(okafor?.claims[1]?.also?.map((c) => c.cue)).toEqual(['said']);
    // ("She" is hers too, but tells a reader nothing the name does not)
    expect(okafor?.mentions).toEqual(['Sheriff Ana Okafor', 'Okafor']);
    expect(ledger.unsourced).toEqual([]);
  });

  test('a document whose words name its issuer is listed under the issuer', () => {
    const t =
      'Tarnby Water denied any leak. Repairs were delayed, according to an email from Tarnby Water. ' +
      'Bills will rise, according to a study by the Harlow Housing Trust. A leaked memo shows more.';
    const l = buildLedger(t, analyze(t));
    expect(l.named.map((s) => [s.text, s.claims.length, s.mentions])).toEqual([
      ['Tarnby Water', 2, ['an email from Tarnby Water']],
      ['Harlow Housing Trust', 1, ['a study by the Harlow Housing Trust']],
    ]);
    expect(l.documents.map((s) => s.text)).toEqual(['A leaked memo']);
  });

  test('a spokeswoman of a body the ledger lists says whose she is, a former manager not', () => {
    const t =
      'Talvik Foods said on Monday it would close two plants. A Talvik Foods spokeswoman said ' +
      'the closures were final. A former Talvik Foods manager said the plants had lost money.';
    const l = buildLedger(t, analyze(t));
    expect(l.named.map((s) => [s.text, s.body])).toEqual([
      ['Talvik Foods', undefined],
      ['A Talvik Foods spokeswoman', 'Talvik Foods'],
      ['A former Talvik Foods manager', undefined],
    ]);
  });

  test('a spokesman a possessive ties to a person says whose he is, listed or not', () => {
    const t =
      'Mayor Ilse Varn said the budget was balanced. Her spokeswoman said later that two posts ' +
      'would go. Opposition leader Dara Quell, who has been abroad for a month, returned to the ' +
      'capital on Monday, his spokesman said.';
    const l = buildLedger(t, analyze(t));
    expect(l.named.map((s) => [s.text, s.body])).toEqual([
      ['Ilse Varn', undefined],
      ['Her spokeswoman', 'Ilse Varn'],
      ['his spokesman', 'Dara Quell'],
    ]);
  });

  test('a source first described is listed by the name a later mention gives', () => {
    const t =
      'A cargo ship broke up over the sea on Thursday, the Norvish space agency said.\n\n' +
      'The craft fell over the Kellan region, Astravel said in a statement. It said the debris burnt up.\n\n' +
      'The Norvish space agency would not describe the fault.';
    const l = buildLedger(t, analyze(t));
    expect(l.named.map((s) => [s.text, s.claims.length, s.mentions])).toEqual([
      ['Astravel', 4, ['the Norvish space agency']],
    ]);
  });

  test('an anonymous source carries what the story says about its anonymity', () => {
    const official = ledger.unnamed.find((s) => s.text === 'A senior official');
    expect(official?.claims.map((c) => c.cue)).toEqual(['said', 'said']);
    expect(official?.mentions).toEqual(['The official']);
    expect(official?.anonymity).toMatchObject({
      specificity: 'role',
      reason: { kind: 'not-authorised', text: 'not authorized to speak publicly' },
      basis: null,
      obtained: null,
    });
  });

  test('a source that only declined to comment is asked nothing of anonymity; one that then spoke is', () => {
    const story = [
      'The Brenmoor depot will close, the operator said.',
      'A depot spokeswoman declined to comment.',
      'A union organiser would not say how many jobs were at risk.',
      'The organiser later said forty drivers had been told.',
    ].join(' ');
    const l = buildLedger(story, analyze(story));
    const all = [...l.named, ...l.unnamed];
    expect(all.find((s) => s.text === 'A depot spokeswoman')?.anonymity).toBeUndefined();
    expect(all.find((s) => s.text === 'A union organiser')?.anonymity).toMatchObject({
      reason: null,
    });
  });

  test('a joint source is listed under each of the two it joins, not as a third source', () => {
    const t =
      'Mara Lind, a lawyer, said the deal was fair. Teo Brack, an accountant, said it was not. ' +
      'Lind and Brack said in a joint statement that they would meet again.';
    const l = buildLedger(t, analyze(t));
    expect(l.named.map((s) => [s.text, s.claims.length, s.mentions])).toEqual([
      ['Mara Lind', 2, ['Lind and Brack']],
      ['Teo Brack', 2, ['Lind and Brack']],
    ]);
    // (the joint claim's two cues are one claim of each)
    expect(l.named[1]?.claims[1]?.also?.map((c) => c.cue)).toEqual(['in a joint statement']);
  });

  test('two descriptions joined by "and" are two sources, each not named asked of its anonymity', () => {
    const t =
      'Two officials and a diplomat, who spoke on condition of anonymity, said the talks had stalled.';
    const l = buildLedger(t, analyze(t));
    expect(l.unnamed.map((s) => [s.text, s.claims.length, s.anonymity?.reason])).toEqual([
      ['Two officials', 1, null],
      ['a diplomat', 1, null],
    ]);
  });

  test('a source whose claim another outlet heard says so', () => {
    const told = 'The mill would close, a senior manager told Reuters.';
    expect(buildLedger(told, analyze(told)).unnamed.map((s) => [s.text, s.via])).toEqual([
      ['a senior manager', ['told Reuters']],
    ]);
    const t =
      'Mara Lind said the talks went on. ' +
      'The talks had collapsed, Lind told the Harbour Gazette, according to the Kessel Times.';
    expect(buildLedger(t, analyze(t)).named.map((s) => [s.text, s.via])).toEqual([
      ['Mara Lind', ['told the Harbour Gazette, according to the Kessel Times']],
      ['Kessel Times', undefined],
    ]);
  });
});
