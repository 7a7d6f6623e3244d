/**
 * A participle with its `by` agent right after a noun (`an email seen by the Journal`, `a letter
 * obtained by the paper`) is a reduced relative, not the verb of the first conjunct: a cue after
 * `and` or `but` shares the subject of the main verb before it. Every sentence is invented.
 */
import { describe, expect, test } from 'vitest';
import { cueSource, spans } from '../test-helpers';

describe('a reduced relative with `by` is no first conjunct', () => {
  test.each([
    [
      'Priya Donnelly told members in an email seen by the Journal that there was movement but warned against complacency.',
      'warned',
      'Priya Donnelly',
    ],
    [
      'The chief executive, Tom Hale, told staff in a memo obtained by the Courier that jobs would go and insisted the plant would stay open.',
      'insisted',
      'The chief executive, Tom Hale',
    ],
    [
      'Ms Varga wrote to tenants in a letter reviewed by the Post that repairs would start but cautioned that costs would rise.',
      'cautioned',
      'Ms Varga',
    ],
  ])('%s', (text, cue, source) => {
    expect(cueSource(text, cue)?.[0]).toBe(source);
  });

  test('the addressee is then no unnamed source', () => {
    const text =
      'Priya Donnelly told members in an email seen by the Journal that there was movement but warned against complacency.';
    expect(spans(text, 'unnamed')).not.toContain('members');
  });

  test.each([
    [
      '"The coast guard came by at dawn and told everyone to tie up," one skipper said.',
      'told',
      'The coast guard',
    ],
    ['A neighbour stopped by on Friday and said the flat was empty.', 'said', 'A neighbour'],
  ])('a particle `by` is no agent: %s', (text, cue, source) => {
    expect(cueSource(text, cue)?.[0]).toBe(source);
  });

  test('a passive first conjunct keeps its own subject', () => {
    expect(
      cueSource('The minister was criticised by MPs and said she would resign.', 'said')?.[0],
    ).toBe('The minister');
  });
});
