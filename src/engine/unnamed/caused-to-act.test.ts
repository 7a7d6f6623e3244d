import { describe, expect, test } from 'vitest';
import { spans } from '../test-helpers';

describe('the object of a verb of causing does what the infinitive says', () => {
  test.each([
    [
      'Falling ore prices pushed a major mining company to shelve the project.',
      'a major mining company',
    ],
    ['The warning prompted two airlines to cancel flights into the region.', 'two airlines'],
    ['Pressure from the regulator led several banks to withdraw the product.', 'several banks'],
    [
      'The leaked figures have forced at least one broadcaster to rethink its schedule.',
      'at least one broadcaster',
    ],
    ['The report persuaded a local charity to drop the scheme last year.', 'a local charity'],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed')).toContain(want);
  });

  test.each([
    // requests do not say the act happened; `to` before a phrase is no infinitive
    'The council asked a contractor to submit a new quote.',
    'The senator pushed a bill to the floor in March.',
    // the body a source tells of is named
    'The recall forced Harlan Motors to delay its launch.',
  ])('not: %s', (text) => {
    expect(spans(text, 'unnamed')).toEqual([]);
  });

  test('not a victim made to act', () => {
    expect(spans('The robbers forced a woman to hand over her bag.', 'unnamed')).not.toContain(
      'a woman',
    );
  });
});

describe('one paid to act does the act', () => {
  test.each([
    [
      'The singer was accused of paying an online marketing firm to flood review sites.',
      'an online marketing firm',
    ],
    [
      'The inquiry heard that the owner bribed two inspectors to ignore the cracks.',
      'two inspectors',
    ],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed')).toContain(want);
  });

  test.each([
    // a payment only received, no act paid for; `to` before a phrase is no infinitive
    ['The council paid a consultancy £2m last year.', 'a consultancy'],
    ['The insurer paid a local charity to the tune of £40,000.', 'a local charity'],
  ])('not: %s', (text, word) => {
    expect(spans(text, 'unnamed')).not.toContain(word);
  });
});
