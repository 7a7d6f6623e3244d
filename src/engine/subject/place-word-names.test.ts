// A body's name in apposition may open with a place word ("the Northern Roads Agency", "the
// Southern Highways Forum"): after its article it is the first word of the name, and the
// apposition names the body a spokesperson speaks for (decisions 5, 61 and 119: a representative
// takes the principal's namedness), as "A spokesperson for the company, Acme Holdings," does
// (aside.ts, isNameApposition). The sentences are invented.
import { describe, expect, test } from 'vitest';
import { cueSource } from '../test-helpers';

describe('a name in apposition that opens with a place word', () => {
  test.each([
    [
      'The bypass is late. A spokesperson for the client, the Northern Roads Agency, said the work would finish in May.',
      'A spokesperson for the client, the Northern Roads Agency',
    ],
    [
      'A spokesman for the conference organisers, the Southern Highways Forum, said every seat was taken.',
      'A spokesman for the conference organisers, the Southern Highways Forum',
    ],
  ])('%s', (text, want) => {
    expect(cueSource(text, 'said')?.slice(0, 2)).toEqual([want, true]);
  });

  test('a place with no article stays a place', () => {
    const text = 'Officials in the region, Southern Vessia, said the river was low.';
    expect(cueSource(text, 'said')?.slice(0, 2)).toEqual(['Officials in the region', false]);
  });

  test('a place word alone after the article names no body', () => {
    const text = 'A spokesperson for the client, the North, said the work would finish in May.';
    expect(cueSource(text, 'said')?.slice(0, 2)).toEqual(['A spokesperson for the client', false]);
  });
});
