/**
 * A participle after a determiner and an ordinal modifies the noun after it, as after a bare
 * determiner ("A second shortlisted author", "the third injured worker"): the phrase and the
 * source run from the determiner, not from the noun. Every sentence is invented.
 */
import { describe, expect, test } from 'vitest';
import { cueSource } from '../test-helpers';

describe('a participle after an ordinal', () => {
  test.each([
    [
      'A second shortlisted author, who asked not to be identified, told the paper the judges had met.',
      'told',
      'A second shortlisted author',
    ],
    [
      'The third injured climber told rescuers the rope had snapped.',
      'told',
      'The third injured climber',
    ],
  ])('%s', (text, cue, source) => {
    expect(cueSource(text, cue)?.[0]).toBe(source);
  });

  // near miss: a participle after a plain noun is that noun's verb
  test.each([['Gunmen in uniforms stormed the hall, a witness said.', 'said', 'a witness']])(
    '%s',
    (text, cue, source) => {
      expect(cueSource(text, cue)?.[0]).toBe(source);
    },
  );
});
