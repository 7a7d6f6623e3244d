/**
 * Tipping off as passing on a warning ("was tipped off by a caller", "tipped off a reporter",
 * "after being tipped off that"), a cue; the start of a game ("tips off at 8pm") is none.
 * Every sentence is invented.
 */
import { describe, expect, test } from 'vitest';
import { sourceText, spans } from '../../test-helpers';

describe('tipping someone off reports a warning passed on', () => {
  test.each([
    ['The agency was tipped off by a former employee in March.', 'was tipped off'],
    ['A neighbour tipped off the council about the dumping.', 'tipped off'],
    ['He left the country after being tipped off that officers were on their way.', 'tipped off'],
    ['Someone had tipped off the smugglers, the court heard.', 'had tipped off'],
  ])('%s', (text, cue) => {
    expect(spans(text, 'attribution')).toContain(cue);
  });

  test('the by-agent is the source and leaves no agentless passive', () => {
    const text = 'The agency was tipped off by a former employee in March.';
    expect(sourceText(text, 'was tipped off')).toBe('a former employee');
    expect(spans(text, 'agentless')).toEqual([]);
  });
});

describe('a game that tips off is no cue', () => {
  test.each([
    'The final tips off at 8pm on Sunday.',
    'The game tipped off late because of a power cut.',
    'Both matches tip off tonight.',
  ])('%s', (text) => {
    expect(spans(text, 'attribution')).toEqual([]);
  });
});
