import { describe, expect, test } from 'vitest';
import { spans } from './test-helpers';

describe('`appear`/`seem` with a bare predicate adjective is a hedge', () => {
  test.each([
    ['The engineers said the repairs appeared adequate.', ['appeared']],
    ['The guard seemed unsure whether to open the gate.', ['seemed']],
    ['The marks appeared consistent with a fall.', ['appeared']],
  ])('%s', (text, hedges) => {
    expect(spans(text, 'hedge')).toEqual(hedges);
  });

  test.each([
    'The mayor appeared in court on Friday.',
    'Her name appeared twice on the list.',
    'The singer appeared briefly at the gala.',
    'The coach appeared before the panel.',
  ])('no hedge in %j', (text) => {
    expect(spans(text, 'hedge')).toEqual([]);
  });
});

describe('`a reported` before an amount is the writer keeping distance from the figure', () => {
  test.each([
    ['The striker joined for a reported £40 million last summer.', 'a reported'],
    ['The app was sold to a rival for a reported $2.5bn.', 'a reported'],
    ['A reported 3,000 people queued outside.', 'A reported'],
  ])('%s', (text, hedge) => {
    expect(spans(text, 'hedge')).toEqual([hedge]);
  });

  test.each(['The reported cases rose by 40%.', 'Cases were reported in six counties.'])(
    'no hedge in %j',
    (text) => {
      expect(spans(text, 'hedge')).toEqual([]);
    },
  );
});

describe('reduced `feared` + a state after a noun is a hedge', () => {
  test.each([
    ['Two climbers feared dead after avalanche', 'feared'],
    ['Three fishermen feared missing off the coast, coastguard says', 'feared'],
    ['Customer Data Feared Stolen in Retail Hack', 'Feared'],
  ])('%s', (text, hedge) => {
    expect(spans(text, 'hedge')).toEqual([hedge]);
  });

  test.each(['She feared missing the last ferry.', 'The guards feared dead ends in the tunnels.'])(
    'no hedge in %j',
    (text) => {
      expect(spans(text, 'hedge')).toEqual([]);
    },
  );
});

describe('`reported to` + a bare plural is whom a thing is told', () => {
  test.each([
    'Such incidents are seldom reported to regulators.',
    'Faults of this kind are reported to engineers within a day.',
  ])('no hedge in %j', (text) => {
    expect(spans(text, 'hedge')).toEqual([]);
  });

  test.each([
    ['The striker is said to favour a move abroad.', 'is said to'],
    ['The pair are reported to have split.', 'are reported to'],
    ['The suspect is believed to hold two passports.', 'is believed to'],
  ])('%s', (text, hedge) => {
    expect(spans(text, 'hedge')).toEqual([hedge]);
  });
});
