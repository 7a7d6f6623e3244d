/**
 * A signal is a noun cue with its content (DECISIONS point 324: "sent the plainest signal so far
 * that" + clause), its sender the source; a superlative's `yet` or `so far` may stand between the
 * noun and its clause. A signal with no content is a thing. Every sentence is invented.
 */
import { describe, expect, test } from 'vitest';
import { sourceText, spans } from '../test-helpers';

describe('a signal or warning with its content', () => {
  test.each([
    ['The governor sent the clearest signal yet that rates would rise.', 'signal', 'The governor'],
    ['The minister gave a strong signal that the tax would be scrapped.', 'signal', 'The minister'],
    ["The bank's signal that rates would rise lifted the pound.", 'signal', 'The bank'],
    ['It was the strongest warning so far that the bank could fail.', 'warning', null],
  ])('%s', (text, cue, source) => {
    expect(spans(text, 'attribution')).toContain(cue);
    expect(sourceText(text, cue)).toBe(source);
  });
});

describe('a signal with no content', () => {
  test.each([
    'The signal was weak in the valley.',
    'Traffic signals were out across the city.',
    'The signals are clear on this stretch of track.',
    'It was the wettest summer yet that anyone could remember.',
  ])('%s', (text) => {
    expect(spans(text, 'attribution')).toEqual([]);
  });
});
