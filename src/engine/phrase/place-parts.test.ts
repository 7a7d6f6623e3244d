import { describe, expect, test } from 'vitest';
import { spans } from '../test-helpers';

describe('people in a part of a place are placed by it, not named', () => {
  test.each([
    [
      'Dairy farmers in the north of the country say the payments are months late.',
      'Dairy farmers in the north of the country',
    ],
    [
      'Shopkeepers on the outskirts of Brenholm said the new bypass had emptied their tills.',
      'Shopkeepers on the outskirts of Brenholm',
    ],
    [
      'Growers in the west of Kestland told the inquiry that the rain had ruined the crop.',
      'Growers in the west of Kestland',
    ],
    [
      'Residents in the rest of the county complained that the buses had been cut.',
      'Residents in the rest of the county',
    ],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed')).toContain(want);
  });

  test.each([
    // a body's people after `of` the part does not come before
    [
      'The Harbour Board met on Monday. Officials of the board said the dock would reopen.',
      'Officials of the board',
    ],
  ])('not: %s', (text, unwanted) => {
    expect(spans(text, 'unnamed')).not.toContain(unwanted);
  });
});
