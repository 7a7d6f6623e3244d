/**
 * A field or doctrine opening a sentence (`Neuroscience tells us`) is a common noun, not a name:
 * its source is unnamed (context.ts, `fieldNoun`).
 */
import { describe, expect, test } from 'vitest';
import { seen } from './test-helpers';

describe('the name of a field at a sentence start is no name', () => {
  test.each([
    ['Neuroscience tells us that memory is rebuilt each time.', 'Neuroscience'],
    ['Criminology tells us that patrols deter burglars.', 'Criminology'],
  ])('%s', (text, source) => {
    expect(seen(text, 'attribution')[0]).toMatchObject({ source, named: false });
  });

  test.each([
    ['Genomics England said the test worked.', 'Genomics England'],
    ['Hicks said the test worked.', 'Hicks'],
  ])('a name keeps its namedness: %s', (text, source) => {
    expect(seen(text, 'attribution')[0]).toMatchObject({ source, named: true });
  });
});
