import { describe, expect, test } from 'vitest';
import { seen, spans } from '../../test-helpers';

describe('continue, laugh, sigh and enthuse tag a quotation', () => {
  test.each([
    ['"The pool will reopen in May," the manager continued.', 'continued', 'the manager'],
    ['"It was never about the money," Okafor laughed.', 'laughed', 'Okafor'],
    ['"We have done this before," sighed the harbourmaster.', 'sighed', 'the harbourmaster'],
    ['The coach continued: "Nobody here is giving up."', 'continued', 'The coach'],
    ['"It is the best season we have had," the chairman enthused.', 'enthused', 'the chairman'],
    ['Two traders enthused that the market would reopen by June.', 'enthused', 'Two traders'],
  ])('%s', (text, cue, source) => {
    expect(seen(text, 'attribution').find((s) => s.text === cue)?.source).toBe(source);
  });

  test.each([
    'The trend continued: prices rose five per cent in May.',
    'The search continued "until dark" on Sunday.',
    'The crowd laughed and the mayor sighed.',
    'Work on the bridge continued through the night.',
    'Prices continued to rise in May.',
  ])('no cue in %j', (text) => {
    expect(spans(text, 'attribution')).toEqual([]);
  });

  test('a quotation inside the object is no tag: "continued what it calls"', () => {
    expect(
      spans('Fees rose as the board continued what it calls "a careful reset".', 'attribution'),
    ).toEqual(['calls']);
  });
});
