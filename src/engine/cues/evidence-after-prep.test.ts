import { describe, expect, test } from 'vitest';
import { spans } from '../test-helpers';

describe('an evidence verb in -ing after a preposition of time, the speaker its subject', () => {
  test.each([
    ['Ana Ruiz left the meeting after suggesting that the pier would close.', 'suggesting'],
    ['The minister resigned before indicating that she would stand again.', 'indicating'],
    ['She stood down while suggesting that the board had misled her.', 'suggesting'],
  ])('%s', (text, cue) => {
    expect(spans(text, 'attribution')).toContain(cue);
  });

  test.each([
    'Shares fell after suggesting that profits would slow.',
    'The mayor left after showing the film to pupils.',
    'Prices rose after indicating a turn.',
  ])('no cue in %j', (text) => {
    expect(spans(text, 'attribution')).toEqual([]);
  });
});
