/**
 * Fixed adverbial phrases between an auxiliary and its verb ("was at no point confirmed", "was
 * in fact denied") leave the verb group and the passive whole. Every sentence is invented.
 */
import { describe, expect, test } from 'vitest';
import { sourceText, spans } from './test-helpers';

describe('a passive past a fixed adverbial', () => {
  test.each([
    ['It was at no point confirmed that the deal had been signed.', 'It was at no point confirmed'],
    ['The man was at one point arrested.', 'was at one point arrested'],
    ['The road was at last reopened.', 'was at last reopened'],
  ])('%s', (text, passive) => {
    expect(spans(text, 'agentless')).toContain(passive);
  });
});

describe('a cue past a fixed adverbial', () => {
  test.each([
    ['It was at no time explained why the plant closed.', 'explained', null],
    ['The claim was in fact denied by the firm.', 'was in fact denied', 'the firm'],
    ['The story was at one point denied by the palace.', 'was at one point denied', 'the palace'],
  ])('%s', (text, cue, source) => {
    expect(spans(text, 'attribution')).toContain(cue);
    expect(sourceText(text, cue)).toBe(source);
  });
});

describe('no verb after the phrase', () => {
  test.each([
    'She was at the time the youngest member of the board.',
    'The player was at last fit for the final.',
    'He was in fact the only witness.',
  ])('%s', (text) => {
    expect(spans(text, 'agentless')).toEqual([]);
    expect(spans(text, 'attribution')).toEqual([]);
  });
});
