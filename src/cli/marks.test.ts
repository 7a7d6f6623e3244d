import { describe, expect, test } from 'vitest';
import type { Finding } from '../engine/index';
import { ANSI_RESET, collectMarks, renderAnsi, renderPlain, sanitize } from './marks';

const at = (text: string, word: string): { start: number; end: number } => {
  const start = text.indexOf(word);
  return { start, end: start + word.length };
};

describe('renderPlain', () => {
  test('marks a cue and its source, merging a source that is also unnamed', () => {
    const text = 'Officials said it was reportedly over.';
    const findings: Finding[] = [
      {
        ...at(text, 'said'),
        kind: 'attribution',
        source: { ...at(text, 'Officials'), named: false },
        why: '',
      },
      { ...at(text, 'Officials'), kind: 'unnamed', why: '' },
      { ...at(text, 'reportedly'), kind: 'hedge', why: '' },
    ];
    expect(renderPlain(text, collectMarks(findings, text.length))).toBe(
      '[source+unnamed: Officials] [attr: said] it was [hedge: reportedly] over.',
    );
  });

  test('nests marks inside marks', () => {
    const text = 'a purported official spoke';
    const findings: Finding[] = [
      { ...at(text, 'a purported official'), kind: 'unnamed', why: '' },
      { ...at(text, 'purported'), kind: 'hedge', why: '' },
    ];
    expect(renderPlain(text, collectMarks(findings, text.length))).toBe(
      '[unnamed: a [hedge: purported] official] spoke',
    );
  });

  test('splits a mark that crosses another so brackets balance', () => {
    const text = 'one two three';
    const findings: Finding[] = [
      { start: 0, end: 7, kind: 'unnamed', why: '' },
      { start: 4, end: 13, kind: 'hedge', why: '' },
    ];
    expect(renderPlain(text, collectMarks(findings, text.length))).toBe(
      '[unnamed: one [hedge: two]][hedge:  three]',
    );
  });

  test('clips spans past the end of the text and drops empty ones', () => {
    const findings: Finding[] = [
      { start: 4, end: 99, kind: 'hedge', why: '' },
      { start: 2, end: 2, kind: 'unnamed', why: '' },
    ];
    expect(renderPlain('abc def', collectMarks(findings, 7))).toBe('abc [hedge: def]');
  });
});

describe('renderAnsi', () => {
  test('colours each stretch and resets before newlines', () => {
    const text = 'it was\nreportedly so';
    const findings: Finding[] = [{ ...at(text, 'was\nreportedly'), kind: 'hedge', why: '' }];
    const out = renderAnsi(text, collectMarks(findings, text.length));
    expect(out).toBe(`it \u001b[36mwas${ANSI_RESET}\n\u001b[36mreportedly${ANSI_RESET} so`);
  });

  test('combines the styles of overlapping marks', () => {
    const text = 'Officials said';
    const findings: Finding[] = [
      {
        ...at(text, 'said'),
        kind: 'attribution',
        source: { ...at(text, 'Officials'), named: false },
        why: '',
      },
      { ...at(text, 'Officials'), kind: 'unnamed', why: '' },
    ];
    const out = renderAnsi(text, collectMarks(findings, text.length));
    expect(out).toBe(`\u001b[1;4;38;5;208mOfficials${ANSI_RESET} \u001b[43;30msaid${ANSI_RESET}`);
  });
});

test('sanitize keeps newlines and tabs, neutralises terminal escapes, drops CR of CRLF', () => {
  expect(sanitize('a\tb\r\nc\u001b[31md\u009b')).toBe('a\tb\nc\uFFFD[31md\uFFFD');
});
