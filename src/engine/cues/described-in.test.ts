/**
 * A reduced passive "described in" + a document is that document's description (DECISIONS
 * 179's in-phrase with a publication): a cue with the document as its source. A description
 * with no document, or "described" as a plain adjective of a thing, is not. Every sentence is
 * invented.
 */
import { describe, expect, test } from 'vitest';
import { sourceText, spans } from '../test-helpers';

describe('described in a document: a cue whose source is the document', () => {
  test.each([
    [
      'Two other men, described in court filings as a driver and a guard, were also charged.',
      'court filings',
    ],
    ['She used the settings described in its technical report.', 'its technical report'],
    [
      'The cottage, described in the sale brochure as "charming", sold in a day.',
      'the sale brochure',
    ],
  ])('%s', (text, source) => {
    expect(spans(text, 'attribution')).toContain('described');
    expect(sourceText(text, 'described')).toBe(source);
  });

  test('described in court', () => {
    const text = 'A second man, described in court only as a business partner, moved the money.';
    expect(spans(text, 'attribution')).toContain('described');
  });
});

describe('no document, no description credited', () => {
  test.each([
    'The route described above runs along the river.',
    'The patterns described in chalk on the wall had faded.',
    'A circle described in red paint covered the door.',
  ])('%s', (text) => {
    expect(spans(text, 'attribution')).not.toContain('described');
  });
});
