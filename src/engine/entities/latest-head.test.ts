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

describe('two bodies joined by "and" are one source for both, not the second alone', () => {
  test('"both X and Y said": a group named after both', () => {
    const text =
      'The Kestrel Space Agency said the probe was lost. But both the Kestrel Space Agency and the European Space Agency said the station was safe.';
    expect(sourceOf(text, 'said', 1)?.[2]).toBe('Kestrel Space Agency and European Space Agency');
    // (a one-word name of no known kind beside a body is a body too)
    const bare = 'Both Kavrocosmos and NASA said the crash would not affect the crew.';
    expect(sourceOf(bare, 'said')?.[2]).toBe('Kavrocosmos and NASA');
  });

  test('near miss: one body with a person of it is no pair of bodies', () => {
    const text = 'The European Space Agency said the station was safe.';
    expect(sourceOf(text, 'said')?.[2]).toBe('European Space Agency');
    const mixed = 'The Harbour Board and its chairman, Ian Sole, said the pier would close.';
    expect(sourceOf(mixed, 'said')?.[2]).not.toBe('Harbour Board and Ian Sole');
    // (a police force named after two places is one body)
    const force = 'According to Brennock and Wold Police, the men fled on foot.';
    expect(sourceOf(force, 'According to')?.[2]).not.toBe('Brennock and Wold Police');
  });
});
