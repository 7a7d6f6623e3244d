/**
 * A document opened by a possessive pronoun (`Its statement`, `her letter`, `their report`) is the
 * document of the named body or person the pronoun stands for, as `the ministry's statement`
 * would be: named (or named in part, with a body named in part). With no named owner the
 * pronoun gives nothing. Every sentence is invented.
 */
import { describe, expect, test } from 'vitest';
import { cueSource } from '../test-helpers';

describe('a document with a possessive pronoun takes the namedness of its owner', () => {
  test.each([
    [
      "Tarvia's foreign ministry said on Thursday that the talks were a sham. Its statement accused the alliance of bad faith.",
      'accused',
    ],
    [
      'Ana Okafor stepped down as chair on Friday. Her letter says she was never consulted about the sale.',
      'says',
    ],
    [
      "Norland's water regulator rejected the claims on Monday. Its statement said the dam had passed every inspection.",
      'said',
    ],
    ['Jonas Albrecht left the board in March. His letter says that the club faces ruin.', 'says'],
    // an inspectorate is a body, whose name a visit or a ruling puts first
    [
      'The Custody Standards Inspectorate visited Greyfield Prison in June. Its report, published on Tuesday, rated safety as poor.',
      'rated',
    ],
  ])('%s', (text, cue) => {
    expect(cueSource(text, cue)?.[1]).toBeTruthy();
  });

  test.each([
    // no named owner: the pronoun's referent is itself unnamed
    [
      'A local charity denied the claims on Monday. Its statement said the dam had passed every inspection.',
      'said',
    ],
    ['A former employee left in March. His letter says that the firm faces ruin.', 'says'],
    [
      'A regional inspectorate visited the prison in June. Its report rated safety as poor.',
      'rated',
    ],
  ])('%s', (text, cue) => {
    expect(cueSource(text, cue)?.[1]).toBe(false);
  });
});
