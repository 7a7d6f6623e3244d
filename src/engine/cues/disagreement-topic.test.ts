/**
 * Point 335: a noun of disagreement with a question as its topic ("a dispute over who would
 * pay", "disagreement about whether it works") is a required cue with no source. With a thing as
 * its topic ("a dispute over pay", "the row over the flats") it names a quarrel or a controversy,
 * no cue.
 */
import { describe, expect, test } from 'vitest';
import { seen, spans } from '../test-helpers';

describe('a disagreement over a question is a cue', () => {
  test.each([
    ['There is disagreement about whether the new lights have cut accidents.', 'disagreement'],
    ['The match was halted after a dispute over who had touched the ball last.', 'dispute'],
    ['The controversy over how the grant was awarded has not gone away.', 'controversy'],
    ['A row over why the ward was closed has split the board.', 'row'],
  ])('%s', (text, cue) => {
    const found = seen(text, 'attribution').find((c) => c.text === cue);
    expect(found).toBeDefined();
    expect(found?.source).toBeUndefined();
  });
});

describe('a quarrel over a thing is no cue', () => {
  test.each([
    'Bus drivers are locked in a dispute over pay.',
    'The row over the new flats has split the village.',
    'Fans sat in the back row of the stand.',
    'The controversy began in March.',
  ])('%s', (text) => {
    expect(spans(text, 'attribution')).toEqual([]);
  });
});
