import { describe, expect, test } from 'vitest';
import { spans } from '../test-helpers';

describe('responders who do the work act (decision 103)', () => {
  test.each([
    ['Firefighters battled the blaze on the fourth floor for three hours.', 'Firefighters'],
    ['The street was closed while firefighters damped down the building.', 'firefighters'],
    ['Paramedics carried six people from the wreckage of the coach.', 'Paramedics'],
    ['Lifeguards pulled two swimmers from the surf on Sunday.', 'Lifeguards'],
    ['Overnight, medics carried 40 patients out of the flooded ward.', 'medics'],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed')).toContain(want);
  });

  test.each([
    // the workforce or the class in general, not a particular act
    'Firefighters are trained to enter burning buildings.',
    'Paramedics earn less than nurses in most regions.',
    'Firefighters were treated for smoke inhalation.',
    // responders who only treat (decision 70)
    'Paramedics treated the driver at the roadside.',
  ])('not: %s', (text) => {
    expect(spans(text, 'unnamed')).toEqual([]);
  });
});

describe('a dateline dash parts the dateline from the first subject', () => {
  test.each([
    [
      'KESSEL - Border police detained 40 people in a raid on a warehouse on Tuesday.',
      'Border police',
    ],
    ['HALDEN - Armed men stormed a bank in the old town on Monday.', 'Armed men'],
    [
      'LIRAVA, Estrana (Wire) - Firefighters battled more than a dozen wildfires on Friday.',
      'Firefighters',
    ],
    ['ORAVA - Masked gunmen opened fire on a bus on Thursday.', 'Masked gunmen'],
    ['DARVA - Protesters blocked the main road into the capital on Monday.', 'Protesters'],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed')).toContain(want);
  });
});
