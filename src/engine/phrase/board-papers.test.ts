/**
 * Papers of a body's board (`board papers`, `board minutes`) in a story that named a body are
 * that body's own documents, named, whoever saw them (decision 127 of the labelled sets: a
 * modifier of the one body gives the issuer; the outlet changes nothing). With no body named they
 * stay unnamed. Every sentence is invented.
 */
import { describe, expect, test } from 'vitest';
import { cueSource } from '../test-helpers';

describe("a board's papers are the named body's", () => {
  test.each([
    [
      'Managers at the Corlan Hospitals Trust planned to shut two wards, according to confidential board papers seen by the Wexby Standard.',
      'according to',
      'confidential board papers seen by the Wexby Standard',
    ],
    [
      'Directors of Pellmoor Foods clashed over bonuses. Board minutes obtained by the Ledger show that two of them walked out.',
      'show',
      'Board minutes obtained by the Ledger',
    ],
    [
      'Tarvik Athletic is weighing a sale of its ground, leaked board papers reveal.',
      'reveal',
      'board papers',
    ],
  ])('%s', (text, cue, source) => {
    expect(cueSource(text, cue)?.slice(0, 2)).toEqual([source, true]);
  });

  test.each([
    // no body named before
    [
      'Two wards will shut next year, according to confidential board papers seen by the Wexby Standard.',
      'according to',
      'confidential board papers seen by the Wexby Standard',
    ],
    [
      'Flooding hit the valley in May. Board minutes show that the pumps had failed twice.',
      'show',
      'Board minutes',
    ],
  ])('%s', (text, cue, source) => {
    expect(cueSource(text, cue)?.slice(0, 2)).toEqual([source, false]);
  });
});
