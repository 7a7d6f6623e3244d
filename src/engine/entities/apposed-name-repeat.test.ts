// A definite repeat of a body the story met only as an indefinite stays unnamed ("a militia ...
// the militia", decisions 70, 89 and 163), until a name in apposition identifies it: "The
// militia, the Iron Shield, has denied" names the body from there (decision 4's delayed
// identification; link/descriptions.ts, apposedName). The sentences are invented.
import { describe, expect, test } from 'vitest';
import { cueSource } from '../test-helpers';

describe('a repeat of an indefinite body that names it in apposition', () => {
  test.each([
    [
      'Officials said the attackers belonged to a militia that holds the road. The militia, the Iron Shield, has denied any role.',
      'The militia, the Iron Shield',
    ],
    [
      'Witnesses said the gunmen wore the badges of a militia that controls the pass. The militia, the Eastern Shield, has denied any role.',
      'The militia, the Eastern Shield',
    ],
  ])('%s', (text, want) => {
    expect(cueSource(text, 'has denied')?.slice(0, 2)).toEqual([want, true]);
  });
});

describe('near miss: a bare repeat stays the unnamed body', () => {
  test('no name after the repeat', () => {
    const text =
      'Officials said the attackers belonged to a militia that holds the road. The militia has denied any role.';
    expect(cueSource(text, 'has denied')?.slice(0, 2)).toEqual(['The militia', false]);
  });
});
