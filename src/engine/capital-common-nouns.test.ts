import { describe, expect, test } from 'vitest';
import { sourceText, spans } from './test-helpers';

// A capitalised common noun opens its sentence, and is no name, after an hour's "a.m." or "p.m."
// (whose full stop ends the sentence before it) and after the marks of emphasis of a newsletter's
// bold label ("**The intrigue:** Officials ...") (context.ts).
describe('a sentence opening after "a.m." or a bold label is no name', () => {
  test.each([
    [
      'Police said the van did not stop after hitting a cyclist at about 8:10 a.m. Witnesses gave officers a partial plate number.',
      'Witnesses',
    ],
    [
      '**The intrigue:** Officials were reportedly drafting a compromise late last night.',
      'Officials',
    ],
    [
      'Nobody expected the vote. **Officials** were still counting ballots late last night.',
      'Officials',
    ],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed')).toContain(want);
  });

  test.each([
    // a name stays a name there, and a day after the hour is no opening
    ['**The intrigue:** Reeves said the count would resume on Monday.', 'said', 'Reeves'],
    ['The count resumes at 9 a.m. Tuesday, Harlan Okafor said.', 'said', 'Harlan Okafor'],
  ])('%s', (text, cue, source) => {
    expect(sourceText(text, cue)).toBe(source);
  });
});
