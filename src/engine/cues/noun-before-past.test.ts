/**
 * A word that is a noun and a verb of saying (`report`, `claim`, `estimate`) right before a past
 * verb of saying that takes its own clause or object is the noun, the head of that verb's subject:
 * a plain verb takes no finite verb right after it (verb-position.ts, `ownPastVerb`).
 */
import { describe, expect, test } from 'vitest';
import { sourceText, spans } from '../test-helpers';

describe('a noun-verb word before a past verb of saying is the noun', () => {
  test.each([
    ['A police report said the driver had been drinking.', 'A police report'],
    ['The police report said the driver had been drinking.', 'The police report'],
    ['A hospital report found that two patients had died.', 'A hospital report'],
  ])('%s', (text, want) => {
    expect(spans(text, 'attribution')).not.toContain('report');
    expect(sourceText(text, text.includes('found') ? 'found' : 'said')).toBe(want);
  });

  test.each([
    // the verb with its own clause
    ['Police report that the driver had been drinking.', 'report'],
    ['Residents in Glenmoor claim the depot was never inspected.', 'claim'],
  ])('still a verb: %s', (text, cue) => {
    expect(spans(text, 'attribution')).toContain(cue);
  });
});
