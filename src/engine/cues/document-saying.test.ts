/**
 * A document's reduced relative: "published a story saying that", "got a letter saying", "a
 * report accusing the firm of": the -ing form after "a/the + document" carries the content and is
 * the cue (a request's -ing form, "a petition urging", stays optional and unflagged).
 */
import { describe, expect, test } from 'vitest';
import { spans } from '../test-helpers';

describe('document + -ing form of saying', () => {
  test.each([
    ['On Monday the Courant published a story saying that the minister would resign.', 'saying'],
    ['Last month I got a letter saying that I had been overpaid for six years.', 'saying'],
    ['The paper added a note to its story saying the minister "disputes the account".', 'saying'],
    [
      'A short seller published a report accusing the freight company of inflating its sales.',
      'accusing',
    ],
    ['The council sent a leaflet claiming the new bins would save money.', 'claiming'],
  ])('%s', (text, cue) => {
    expect(spans(text, 'attribution')).toContain(cue);
  });

  test.each([
    'Fans have started a petition urging the club to sack the manager.',
    'Residents signed a petition demanding a new crossing outside the school.',
    'The report writing team met the editors on Monday.',
  ])('no cue: %s', (text) => {
    expect(spans(text, 'attribution').filter((c) => c.endsWith('ing'))).toEqual([]);
  });
});
