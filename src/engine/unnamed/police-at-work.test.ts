// Bare `police` at work in a progressive, before a form of `be` or a raising hedge: an unnamed
// actor as a subject is (decision 60; police-at-work.ts). The sentences are invented.
import { describe, expect, test } from 'vitest';
import { spans } from '../test-helpers';

describe('police at work in a progressive', () => {
  test.each([
    ['Police are hunting two men who robbed a jeweller in Harrowgate.', 'Police'],
    ['It is thought that police are still questioning the driver.', 'police'],
    ['Police are also understood to be examining the club’s accounts.', 'Police'],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed')).toContain(want);
  });

  // near misses: police only somewhere, aware, arriving, waiting, or told something
  test.each([
    'Police are at the scene of the fire.',
    'Police are aware of the video, the family said.',
    'Police were arriving as the crowd left the square.',
    'Police are understood to have been told of the threat.',
    'Police are understood to be waiting for the results.',
  ])('%s', (text) => {
    expect(spans(text, 'unnamed').filter((x) => /police/i.test(x))).toEqual([]);
  });
});
