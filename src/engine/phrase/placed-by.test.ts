import { describe, expect, test } from 'vitest';
import { spans } from '../test-helpers';

describe('people placed by across, along, around, outside or throughout keep the place', () => {
  test.each([
    [
      'The river flooded in March. Farmers along the river have blamed the dam.',
      'Farmers along the river',
    ],
    [
      'The talks failed on Monday. Bus drivers across Vellmark will walk out on Friday.',
      'Bus drivers across Vellmark',
    ],
    [
      'The gates opened late. Fans outside the ground had chanted for an hour.',
      'Fans outside the ground',
    ],
    [
      'The plant closed in May. Residents around the site have complained of the smell.',
      'Residents around the site',
    ],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed')).toContain(want);
  });

  test.each([
    // everyone anywhere, a body, a spread over a bare noun
    ['The app was launched in 2019 by developers around the world.', 'developers around the world'],
    [
      'An assessment found that a militant group along the border posed no threat.',
      'a militant group along the border',
    ],
    ['The memo was sent to staff across departments.', 'staff across departments'],
  ])('not: %s', (text, unwanted) => {
    expect(spans(text, 'unnamed')).not.toContain(unwanted);
  });
});
