/**
 * The outlet writing, its staff and its own work are named sources in the writer's voice
 * (decision 111 of the labelled sets): editorials, readers' editors, fact-checks and liveblogs
 * cite "this newspaper", "our correspondent", "our own code". In a quotation "our" is the
 * speaker's.
 */
import { describe, expect, test } from 'vitest';
import { seen, sourceText } from '../test-helpers';

describe('the outlet as a named source', () => {
  test.each([
    [
      'Last week this newspaper reported that managers were warned four times.',
      'reported',
      'this newspaper',
    ],
    [
      'This website has learned that the board had been warned in March.',
      'has learned',
      'This website',
    ],
    [
      'Our correspondent in Saltmere says the mood among volunteers is grim.',
      'says',
      'Our correspondent in Saltmere',
    ],
    [
      'Our own code says the subjects of allegations must be given time to reply.',
      'says',
      'Our own code',
    ],
    [
      'Our analysis of hospital data found that waiting times rose in 14 regions.',
      'found',
      'Our analysis of hospital data',
    ],
  ])('%s', (text, cue, source) => {
    expect(seen(text, 'attribution')).toContainEqual({ text: cue, source, named: true });
    expect(seen(text, 'unnamed').map((u) => u.text)).not.toContain(source);
  });

  test('in a quotation "our" is the speaker’s', () => {
    const text =
      '“Our analysis shows the plan fails,” a union official said. Our analysis found that it works.';
    expect(seen(text, 'attribution')).toContainEqual({
      text: 'found',
      source: 'Our analysis',
      named: true,
    });
    expect(sourceText(text, 'said')).toBe('a union official');
  });

  test('documents the outlet only saw stay unnamed', () => {
    const text = 'Figures obtained by this newspaper show that arrests fell by a third.';
    expect(seen(text, 'attribution')[0]?.named).toBe(false);
  });
});
