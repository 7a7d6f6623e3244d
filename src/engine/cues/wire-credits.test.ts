/**
 * How wires and foreign desks credit (session 26's source probe, scripts/probe-sources.ts):
 * "quoted X as saying" and "cited X as saying" credit X, with an aside between ("cited the
 * ministry spokesman, Piotr Halas, as saying"); "X was quoted by state media as saying" credits
 * X, not the outlet that quotes (the guideline's settled case); "said by telephone", "by text
 * message" name a medium, not an agent, so the verb stays the clause's own cue.
 */
import { describe, expect, test } from 'vitest';
import { seen } from '../test-helpers';

const cueOf = (text: string, cue: string) => seen(text, 'attribution').find((s) => s.text === cue);

describe('the quoted or cited speaker is the source', () => {
  test.each([
    [
      'The Meridian news agency cited a senior official as saying the bridge would close.',
      'cited',
      'a senior official',
      false,
    ],
    [
      'The agency cited the ministry spokesman, Piotr Halas, as saying the talks had stalled.',
      'cited',
      'the ministry spokesman, Piotr Halas',
      true,
    ],
    [
      'State television cited Halas, 54, as saying the border would stay open.',
      'cited',
      'Halas',
      true,
    ],
    [
      'The agency quoted the ministry spokesman, Piotr Halas, as saying the talks had stalled.',
      'quoted',
      'the ministry spokesman, Piotr Halas',
      true,
    ],
    [
      'Lena Varga was quoted by state media as saying the border would stay open.',
      'was quoted',
      'Lena Varga',
      true,
    ],
    [
      'Two Vessian officials were quoted by the Meridian news agency as saying the deal was off.',
      'were quoted',
      'Two Vessian officials',
      false,
    ],
  ])('%s', (text, cue, source, named) => {
    const got = cueOf(text, cue);
    expect(got?.source).toBe(source);
    expect(!!got?.named).toBe(named);
  });

  test.each([
    ['The ministry cited rising costs as the reason for the delay.', 'cited', 'The ministry'],
    ['Her remarks were quoted by the Harbour Gazette.', 'were quoted', 'the Harbour Gazette'],
  ])('no "as saying": the citer or the outlet stays the source: %s', (text, cue, source) => {
    expect(cueOf(text, cue)?.source).toBe(source);
  });
});

describe('a medium after "by" is no agent', () => {
  test.each([
    ['Ana Okafor said by telephone that the bridge would close.', 'said', 'Ana Okafor'],
    ['"The bridge will close," Okafor said by phone from Darsk.', 'said', 'Okafor'],
    ['Okafor reported by telephone that the convoy had turned back.', 'reported', 'Okafor'],
    [
      'A doctor at the clinic said by text message that it had run out of anaesthetic.',
      'said',
      'A doctor at the clinic',
    ],
  ])('%s', (text, cue, source) => {
    expect(cueOf(text, cue)?.source).toBe(source);
  });

  test('a real agent after "by" still makes a reduced relative, no cue of its own', () => {
    expect(cueOf('The figures reported by the ministry were revised.', 'reported')).toBe(undefined);
  });
});
