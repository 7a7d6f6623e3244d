import { describe, expect, test } from 'vitest';
import { spans } from '../test-helpers';

describe("people of a body the story does not name are not the named body's workforce", () => {
  test.each([
    [
      'Employees of a municipal contractor in Arlen Falls inflated tonnage figures.',
      'Employees of a municipal contractor in Arlen Falls',
    ],
    [
      'Police are investigating whether employees of a Brenmore-based courier firm helped the gang.',
      'employees of a Brenmore-based courier firm',
    ],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed')).toContain(want);
  });

  test.each([
    // a workforce placed by a region only, and generic drivers
    'Bus drivers across the Castlemere region will vote next week.',
    'Drivers must report for their first shifts by 7:15.',
  ])('not: %s', (text) => {
    expect(spans(text, 'unnamed')).toEqual([]);
  });
});

describe('an aside of age and place does not hide the verb after it', () => {
  test.each([
    ['The driver, a 61-year-old man from Kelby Cross, was arrested at the scene.', 'The driver'],
    [
      'Police said the lorry driver, a 47-year-old woman, was charged with dangerous driving.',
      'the lorry driver',
    ],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed')).toContain(want);
  });

  test('not: a victim described the same way', () => {
    expect(spans('The victim, a 30-year-old woman, was taken to hospital.', 'unnamed')).toEqual([]);
  });
});

describe('the object of a verb of perception does what its participle says', () => {
  test.each([
    [
      'Footage obtained by the paper shows a gang of masked thugs storming a museum.',
      'a gang of masked thugs',
    ],
    ['Neighbours saw a gang of youths running from the scene.', 'a gang of youths'],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed')).toContain(want);
  });

  test.each([
    // a state, and a verb of telling rather than witnessing
    ['Footage shows a woman lying injured on the pavement.', 'a woman'],
    ['The report describes a company facing ruin.', 'a company'],
  ])('not: %s', (text, not) => {
    expect(spans(text, 'unnamed')).not.toContain(not);
  });
});
