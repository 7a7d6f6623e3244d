/**
 * Session 31: a participle clause fenced by commas is never the speaker, wherever it stands
 * ("..., speaking on condition of anonymity, said"), also when it opens the sentence with a
 * capital that looks like a name ("Reached by phone,") or takes an object ("Giving evidence on
 * Tuesday,"); a reduced relative before such an aside stays with its phrase ("A police officer
 * stationed in the port, speaking ..., said"). A name that opens its sentence stays the speaker.
 */
import { describe, expect, test } from 'vitest';
import { sourceText } from '../test-helpers';

describe('the speaker past a participle aside', () => {
  test.each([
    [
      'Reached by phone, the guild chair, Petter Laine, said writers were patient.',
      'said',
      'Petter Laine',
    ],
    [
      'Giving evidence on Tuesday, Dr Samuel Achebe said the unit had been busy.',
      'said',
      'Dr Samuel Achebe',
    ],
    [
      'A police officer stationed in the port, speaking on condition of anonymity, said his unit had been told not to patrol.',
      'said',
      'A police officer',
    ],
    ['Harding, the club captain, said the team was ready.', 'said', 'Harding'],
    // a coordinated clause's subject after a phrase of the clause before it
    [
      'Inflation is still running at 3.4%, well above the target, and Lena Strand, an economist at Fennick Bank, warned that a cut was risky.',
      'warned',
      'Lena Strand',
    ],
  ])('%s', (text, cue, source) => {
    expect(sourceText(text, cue)).toContain(source);
  });

  test('an -ing aside is not the speaker', () => {
    expect(
      sourceText(
        'A nurse at the clinic, speaking on condition of anonymity, said staff were tired.',
        'said',
      ),
    ).not.toBe('speaking');
  });
});
