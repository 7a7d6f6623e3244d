/**
 * Sources that are bodies or speak for them: a body named in apposition with its article, a `by`
 * agent counted with `some`, and the documents and people a story's named body stands behind
 * (docs/sources.md). Every sentence is invented.
 */
import { describe, expect, test } from 'vitest';
import { analyze } from '../analyze';
import { spans } from '../test-helpers';

/** The source of the first cue reading `cue`: its words and namedness, or undefined. */
function sourceOf(text: string, cue: string): [string, unknown] | undefined {
  const f = analyze(text, { kinds: ['attribution'] }).find(
    (g) => text.slice(g.start, g.end) === cue,
  );
  return f?.source ? [text.slice(f.source.start, f.source.end), f.source.named] : undefined;
}

describe('a by-agent counted with "some"', () => {
  test('some people after by are the agent, not a measure', () => {
    const text = 'The new timetable was condemned by some commuters as a cash grab.';
    expect(sourceOf(text, 'was condemned')).toEqual(['some commuters', false]);
    expect(spans(text, 'agentless')).toEqual([]);
  });

  test('some followed by an amount is still a measure', () => {
    const text = 'The ruling was reversed by some margin, and prices were cut by some 20 percent.';
    expect(spans(text, 'agentless')).toEqual(['was reversed', 'were cut']);
  });
});
