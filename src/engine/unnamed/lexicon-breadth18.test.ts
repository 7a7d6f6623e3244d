import { describe, expect, test } from 'vitest';
import { spans } from '../test-helpers';

describe('"passer-by" is a person noun like "passerby" and "passers-by"', () => {
  test.each([
    ['The cyclist was helped to his feet by a passer-by who called an ambulance.', 'a passer-by'],
    ['A passer-by filmed the crash on her phone.', 'A passer-by'],
    ['The fire was spotted by a passer-by shortly after midnight.', 'a passer-by'],
    ['One passer-by said the van had been parked there for days.', 'One passer-by'],
    ['The dog was rescued from the canal by a passer-by.', 'a passer-by'],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed').join(' | ')).toContain(want);
  });
});
