/**
 * People of a body given by `the` and a common noun are as named as the body it refers back to
 * (body-antecedent.ts; decisions 16, 84, 101 and 116 of the labelled sets): unnamed when the story
 * named no body, or when the noun repeats an unnamed one; people of a body the story named, or of
 * a country's unique institution, stay people of a named body. Every sentence is invented.
 */
import { describe, expect, test } from 'vitest';
import { cueSource, spans } from '../../test-helpers';

describe('people of a body with no named antecedent', () => {
  test.each([
    [
      'A spokeswoman for the insurer declined to comment.',
      'declined to comment',
      'A spokeswoman for the insurer',
    ],
    [
      'Engineers at the carmaker said the recall would take months.',
      'said',
      'Engineers at the carmaker',
    ],
    [
      'Two former coaches at the academy told the paper they had raised concerns.',
      'told',
      'Two former coaches at the academy',
    ],
    [
      'The deal is not final, according to a lawyer for the insurer.',
      'according to',
      'a lawyer for the insurer',
    ],
    [
      'Several clients moved their money, and one, a small pension fund, has sued. A spokesman for the fund said it would not comment further.',
      'said',
      'A spokesman for the fund',
    ],
  ])('%s', (text, cue, source) => {
    expect(cueSource(text, cue)?.slice(0, 2)).toEqual([source, false]);
    expect(spans(text, 'unnamed')).toContain(source);
  });
});

describe('people of a named body or a unique institution', () => {
  test.each([
    [
      'Halden Mutual raised its premiums. A spokeswoman for the insurer declined to comment.',
      'declined to comment',
      'A spokeswoman for the insurer',
    ],
    [
      'Ostmark, a regional bank, paused its payments. A spokesman for the bank said it was monitoring the situation.',
      'said',
      'A spokesman for the bank',
    ],
    [
      "She now heads Marovia's anti-corruption office. A former investigator in the office said morale was low.",
      'said',
      'A former investigator in the office',
    ],
    ['A spokesman for the army said the convoy had been hit.', 'said', 'A spokesman for the army'],
    [
      "A spokesman for the bank declined to comment on Ostmark Bank's results.",
      'declined to comment',
      'A spokesman for the bank',
    ],
  ])('%s', (text, cue, source) => {
    expect(cueSource(text, cue)?.slice(0, 2)).toEqual([source, 'partial']);
    expect(spans(text, 'unnamed')).not.toContain(source);
  });
});
