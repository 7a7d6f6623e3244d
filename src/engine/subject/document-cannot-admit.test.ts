/**
 * A document can show or warn, not admit or confess: a verb of owning up after a conjunction
 * shares the speaker's subject, not that of the content clause before it (decision 77, as
 * "accused" and "denied" already do). Invented sentences in the shapes of emergency and council
 * news.
 */
import { expect, test } from 'vitest';
import { cueSource } from '../test-helpers';

test.each([['Ana Okafor said messages went out but admitted that some were late.', 'admitted']])(
  '%s',
  (text, cue) => {
    expect(cueSource(text, cue)?.slice(0, 2)).toEqual(['Ana Okafor', true]);
  },
);
