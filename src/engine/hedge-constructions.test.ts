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
