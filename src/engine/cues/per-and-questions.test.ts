/**
 * Two phrase cues of the wire and the newsletter (session 25's cue probe, scripts/probe-cues.ts):
 * "per" credits a plural source without a determiner ("per senior aides") as it does "per
 * sources"; "wanted to know whether" reports a question, the subject's (not a wish, nor the
 * writer's "if you want to know why", nor a speaker's own in a quotation).
 */
import { describe, expect, test } from 'vitest';
import { seen, spans } from '../test-helpers';

describe('"per" before a plural source without a determiner', () => {
  test.each([
    ['The deal will close in May, per senior aides.', 'senior aides'],
    ['Per local officials, the road stays shut until June.', 'local officials'],
    ['The talks collapsed late on Friday, per European diplomats.', 'European diplomats'],
  ])('%s', (text, source) => {
    expect(seen(text, 'attribution').find((s) => s.text.toLowerCase() === 'per')?.source).toBe(
      source,
    );
  });

  test.each(['Fares rise, per annual review, by 3%.', 'The fee is £5, per adult ticket.'])(
    'no source in %j',
    (text) => {
      expect(spans(text, 'attribution')).toEqual([]);
    },
  );
});

describe('a reported question: "wanted to know whether"', () => {
  test.each([
    ['Reporters wanted to know why the bridge would close.', 'wanted to know', 'Reporters'],
    ['Ana Ruiz wants to know whether the bridge will close.', 'wants to know', 'Ana Ruiz'],
    ['The inquiry wanted to know how the money was spent.', 'wanted to know', 'The inquiry'],
  ])('%s', (text, cue, source) => {
    expect(seen(text, 'attribution').find((s) => s.text === cue)?.source).toBe(source);
  });

  test.each([
    'Fans wanted to know more about the band.',
    'If you want to know why the rates differ, read on.',
    '"I want to know who signed this," Ruiz said.',
  ])('no reported question in %j', (text) => {
    expect(spans(text, 'attribution').filter((c) => c.includes('know'))).toEqual([]);
  });
});
