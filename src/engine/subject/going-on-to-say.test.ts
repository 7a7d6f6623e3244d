import { describe, expect, test } from 'vitest';
import { sourceText } from '../test-helpers';

describe('the subject of an infinitive cue after "went on to" or "was heard to"', () => {
  test.each([
    ['The harbourmaster went on to say that the quay was unsafe.', 'say', 'The harbourmaster'],
    ['Two inspectors then went on to warn that the roof could fail.', 'warn', 'Two inspectors'],
    ['The report goes on to claim that staff were never trained.', 'claim', 'The report'],
    ['A steward was heard to say that the gates had been locked.', 'say', 'A steward'],
  ])('%s', (text, cue, source) => {
    expect(sourceText(text, cue)).toBe(source);
  });
});
