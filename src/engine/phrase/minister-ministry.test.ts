/**
 * Session 49: a story that names one minister by a title before the name (`Transport Minister
 * Ana Roe`) has that minister's ministry in view, so "a ministry insider" or "a ministry source"
 * speaks from inside a named body (point 348 of the labelled sets); a prime minister or ministers
 * of two portfolios leave the ministry open. Every sentence is invented.
 */
import { describe, expect, test } from 'vitest';
import { cueSource } from '../test-helpers';

describe("the one named minister's ministry", () => {
  test.each([
    [
      'TRANSPORT Minister Ana Roe flew her family to a spa on the public purse. One ministry insider told us: "It was a holiday."',
      'told',
      'One ministry insider',
    ],
    [
      'Housing Minister Colin Brae spent £9,000 on a weekend away. A ministry source said staff were told to keep quiet.',
      'said',
      'A ministry source',
    ],
  ])('%s', (text, cue, source) => {
    expect(cueSource(text, cue)?.slice(0, 2)).toEqual([source, 'partial']);
  });
});

describe('no one ministry in view', () => {
  test.each([
    [
      'Prime Minister Ana Roe met donors on Monday. One ministry insider told us the talks had failed.',
      'told',
      'One ministry insider',
    ],
    [
      'Finance Minister Ana Roe and Defence Minister Tom Bell met on Monday. One ministry insider told us the talks had failed.',
      'told',
      'One ministry insider',
    ],
  ])('%s', (text, cue, source) => {
    expect(cueSource(text, cue)?.slice(0, 2)).toEqual([source, false]);
  });
});
