import { describe, expect, test } from 'vitest';
import type { Finding, FindingKind } from '../engine/types';
import { decisionKey, type Decision, type Verdict } from '../shared/decisions';
import { anchorOf, applyDecisions, matchDecisions } from './corrections';

/** Findings for every occurrence of each word, of the given kind. */
function findingsOf(text: string, words: [string, FindingKind][]): Finding[] {
  const out: Finding[] = [];
  for (const [word, kind] of words) {
    for (const m of text.matchAll(new RegExp(`\\b${word}\\b`, 'g'))) {
      out.push({ start: m.index, end: m.index + word.length, kind, why: `${word} test` });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The reader's decision on the finding at `index` of `text`. */
function decide(text: string, finding: Finding, verdict: Verdict): Decision {
  const anchor = anchorOf(finding, text);
  return {
    ...verdict,
    anchor,
    url: 'https://news.example/a',
    key: decisionKey(anchor),
    createdAt: '2026-01-01T00:00:00.000Z',
  } as Decision;
}

const ARTICLE = [
  'Water levels fell this week, officials said on Thursday.',
  '',
  'The contractor had reportedly asked for more money, a senior engineer said.',
  '',
  'Residents received no warning, Councillor Ines Barraclough said in a statement.',
].join('\n');
const WORDS: [string, FindingKind][] = [
  ['said', 'attribution'],
  ['reportedly', 'hedge'],
  ['officials', 'unnamed'],
];

describe('anchorOf', () => {
  test('keeps the words and 32 characters either side, whitespace collapsed', () => {
    const text = 'One   two\n\nthree four said five  six seven eight nine ten eleven twelve';
    const [f] = findingsOf(text, [['said', 'attribution']]);
    expect(anchorOf(f as Finding, text)).toEqual({
      kind: 'attribution',
      quote: 'said',
      prefix: 'One two three four ',
      suffix: ' five six seven eight nine ten e',
    });
  });
});

describe('reapplying decisions', () => {
  const findings = findingsOf(ARTICLE, WORDS);
  const saids = findings.filter((f) => f.kind === 'attribution');
  const second = saids[1] as Finding;

  test('a dismissal hides exactly its finding', () => {
    const d = decide(ARTICLE, second, { action: 'dismiss' });
    const out = applyDecisions(findings, ARTICLE, [d]);
    expect(out.hidden.map((f) => f.start)).toEqual([second.start]);
    expect(out.shown).toHaveLength(findings.length - 1);
    expect(out.unmatched).toEqual([]);
  });

  test('a reclassification changes the kind and keeps the engine finding', () => {
    const attribution: Finding = {
      ...second,
      source: { start: second.start - 16, end: second.start - 2, named: false },
      cue: 'neutral',
    };
    const d = decide(ARTICLE, attribution, { action: 'reclassify', kind: 'hedge' });
    const [shown] = applyDecisions([attribution], ARTICLE, [d]).shown;
    expect(shown?.kind).toBe('hedge');
    expect(shown?.source).toBeUndefined();
    expect(shown?.cue).toBeUndefined();
    expect(shown?.engine).toBe(attribution);
    expect(shown?.decision).toBe(d);
  });

  test('"not a finding" hides it like a dismissal', () => {
    const d = decide(ARTICLE, second, { action: 'reclassify', kind: 'none' });
    expect(applyDecisions(findings, ARTICLE, [d]).hidden).toHaveLength(1);
  });

  test.each([
    ['a paragraph added before it', `Breaking: an update.\n\n${ARTICLE}`],
    [
      'a word changed just before it',
      ARTICLE.replace('a senior engineer said', 'one senior engineer said'),
    ],
    [
      'a word changed just after it',
      ARTICLE.replace('more money, a senior engineer said.', 'more money, a senior engineer said:'),
    ],
    ['line breaks reflowed', ARTICLE.replace(/\n\n/g, '\n\n\n').replace('a senior', 'a\nsenior')],
    ['the last paragraph removed', ARTICLE.split('\n\n').slice(0, 2).join('\n\n')],
  ])('follows its words after %s', (_what, edited) => {
    const d = decide(ARTICLE, second, { action: 'dismiss' });
    const now = findingsOf(edited, WORDS);
    const out = applyDecisions(now, edited, [d]);
    expect(out.hidden).toHaveLength(1);
    const hidden = out.hidden[0] as Finding;
    expect(edited.slice(hidden.start - 30, hidden.end)).toMatch(/senior\s+engineer said$/);
  });

  test('is dropped, not moved to another "said", when its sentence is gone', () => {
    const d = decide(ARTICLE, second, { action: 'dismiss' });
    const edited = ARTICLE.replace(/The contractor.*said\./, 'The contractor declined to comment.');
    const out = applyDecisions(findingsOf(edited, WORDS), edited, [d]);
    expect(out.hidden).toEqual([]);
    expect(out.unmatched).toEqual([d]);
  });

  test('is dropped when its sentence was rewritten around a common word', () => {
    const d = decide(ARTICLE, second, { action: 'dismiss' });
    const edited = ARTICLE.replace(
      'The contractor had reportedly asked for more money, a senior engineer said.',
      'More money was wanted before work began, the council said on Friday.',
    );
    expect(applyDecisions(findingsOf(edited, WORDS), edited, [d]).unmatched).toEqual([d]);
  });

  test('a longer phrase that occurs once follows its words even through a rewrite', () => {
    const text = 'Sources familiar with the matter said the bid rose.';
    const [f] = findingsOf(text, [['Sources familiar with the matter', 'unnamed']]);
    const d = decide(text, f as Finding, { action: 'dismiss' });
    const edited = 'By Friday the bid had risen, Sources familiar with the matter told us.';
    const now = findingsOf(edited, [['Sources familiar with the matter', 'unnamed']]);
    expect(applyDecisions(now, edited, [d]).hidden).toHaveLength(1);
  });

  test('a decision takes one finding even when a sentence repeats', () => {
    const text = `${ARTICLE}\n\n${ARTICLE}`;
    const all = findingsOf(text, WORDS);
    const d = decide(text, all.filter((f) => f.kind === 'attribution')[1] as Finding, {
      action: 'dismiss',
    });
    expect(matchDecisions(all, text, [d]).size).toBe(1);
  });

  test('the kind must agree: a decision on a hedge does not touch an attribution', () => {
    const hedge = findings.find((f) => f.kind === 'hedge') as Finding;
    const d = decide(ARTICLE, hedge, { action: 'dismiss' });
    const asAttribution = findings.map((f) =>
      f === hedge ? { ...f, kind: 'attribution' as const } : f,
    );
    expect(applyDecisions(asAttribution, ARTICLE, [d]).unmatched).toEqual([d]);
  });
});
