/**
 * An exchange's own data are named through the one exchange the story's shares or contracts trade
 * on, whether or not the story names it (point 199 of the labelled sets); a currency market's
 * `foreign exchange data` are no exchange's. Every sentence is invented.
 */
import { describe, expect, test } from 'vitest';
import { cueSource } from '../test-helpers';

describe("an exchange's data are named", () => {
  test.each([
    [
      'Shares in Kessel Foods fell 9 percent, according to exchange data.',
      'according to',
      'exchange data',
      true,
    ],
    [
      'Trading volumes were twice the daily average, data from the exchange showed.',
      'showed',
      'data from the exchange',
      true,
    ],
    [
      'The krone slipped against the euro, foreign exchange data showed.',
      'showed',
      'foreign exchange data',
      false,
    ],
  ])('%s', (text, cue, source, named) => {
    expect(cueSource(text, cue)?.slice(0, 2)).toEqual([source, named]);
  });
});
