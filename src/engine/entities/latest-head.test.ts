import { describe, expect, test } from 'vitest';
import { cueSource as sourceOf } from '../test-helpers';

describe('"the officials" is the group with that head met last, not the one made last', () => {
  test('a group met again after another goes on with the repeat', () => {
    const text =
      'Leaks rose in January, Harrow Water officials said. Sewer lines freeze less often, agency officials said. ' +
      'Harrow Water officials said they had begun replacing the old mains. ' +
      'The new pipes crack less, said the officials, who added that the work would take a decade.';
    expect(sourceOf(text, 'said', 3)?.[2]).toBe('Harrow Water officials');
    expect(sourceOf(text, 'added')?.[2]).toBe('Harrow Water officials');
  });

  test('near miss: with no repeat in between, the latest made stays', () => {
    const text =
      'Leaks rose in January, Harrow Water officials said. Sewer lines freeze less often, agency officials said. ' +
      'The mains are deeper there, said the officials.';
    expect(sourceOf(text, 'said', 2)?.[2]).toBe('agency officials');
  });
});
