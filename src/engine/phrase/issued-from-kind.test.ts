/**
 * A document "from the club", "from the firm" right after its noun is the issuer's, and the
 * issuer is the body the story named when its name ends in a word of that kind (`Rovers`,
 * `Harriers`, `Runners` for a club; `Holdings`, `Mutual`, `Partners` for a firm): decisions 15
 * and 68 of the labelled sets. "A club source" in a story naming two clubs stays with neither
 * (decision 65). Every sentence is invented, in the shapes of sport, insurance and business news.
 */
import { describe, expect, test } from 'vitest';
import { cueSource } from '../test-helpers';

describe('a document from the named club or firm is named', () => {
  test.each([
    [
      'Melvick Road Runners cancelled the race. A letter from the club said the course was flooded.',
      'said',
      'A letter from the club',
    ],
    [
      'Dunmore Harriers lost their track. A statement from the club says the lease has ended.',
      'says',
      'A statement from the club',
    ],
    [
      'Corran Mutual raised premiums in May. A letter from the firm said more rises were coming.',
      'said',
      'A letter from the firm',
    ],
    [
      'Shares in Alder Holdings fell. A report from the company said the dividend was cut.',
      'said',
      'A report from the company',
    ],
    [
      'Kessel Partners bought the site. A memo by the firm said the deal closed on Friday.',
      'said',
      'A memo by the firm',
    ],
  ])('%s', (text, cue, source) => {
    expect(cueSource(text, cue)?.slice(0, 2)).toEqual([source, true]);
  });
});

describe('with no body of the kind named, or two, it stays unnamed', () => {
  test.each([
    [
      'Prices rose in May. A letter from the company said more rises were coming.',
      'said',
      'A letter from the company',
    ],
    [
      'Castellan want Hartwell United midfielder Tom Vale. One club executive said the talks were close.',
      'said',
      'One club executive',
    ],
  ])('%s', (text, cue, source) => {
    expect(cueSource(text, cue)?.slice(0, 2)).toEqual([source, false]);
  });
});
