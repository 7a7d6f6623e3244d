import { describe, expect, test } from 'vitest';
import { cueSource, spans } from '../test-helpers';

// A retired person placed by a bare name after `from` or `in` (placed-people.ts): who has left
// work holds no post at a body, so the name is where the person lives, and the person is unnamed
// (the guideline: people qualified only by a place are unnamed).

describe('retired people placed by where they live', () => {
  test.each([
    ['"It was a lovely day," said one, a retired nurse from Oddby.', 'a retired nurse from Oddby'],
    [
      'A retired postman from Welling Cross told the hearing the lane had flooded twice.',
      'A retired postman from Welling Cross',
    ],
    [
      'One reader, a retired engineer from Tarnholt, argued that the figures were wrong.',
      'a retired engineer from Tarnholt',
    ],
    [
      'A retired magistrate in Brackwater said the court closure was a mistake.',
      'A retired magistrate in Brackwater',
    ],
    [
      'One caller, a retired farmer from Edgemoor, said the river had never been so low.',
      'a retired farmer from Edgemoor',
    ],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed')).toContain(want);
  });

  test('its cue takes it as unnamed', () => {
    expect(
      cueSource('A retired postman from Welling Cross told the hearing it had flooded.', 'told'),
    ).toEqual(['A retired postman from Welling Cross', false, expect.anything()]);
  });

  test.each([
    // still working: a body's person (partial)
    [
      'An engineer from Halvard Systems said the bridge was sound.',
      'An engineer from Halvard Systems',
    ],
    // a retired person of a named body, by a determiner
    [
      'A retired officer from the Kelm Constabulary said the files were lost.',
      'A retired officer from the Kelm Constabulary',
    ],
    ['A spokesman from Orrin Foods said the recall was complete.', 'A spokesman from Orrin Foods'],
    [
      'A surgeon at Castlebury Hospital said the wait was too long.',
      'A surgeon at Castlebury Hospital',
    ],
    ['Analysts from Brindle Capital said the shares were cheap.', 'Analysts from Brindle Capital'],
  ])('partial: %s', (text, source) => {
    expect(cueSource(text, 'said')?.slice(0, 2)).toEqual([source, 'partial']);
  });
});
