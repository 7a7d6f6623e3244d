/**
 * What a document names or identifies is what it says (DECISIONS point 284 and the receipt
 * that "names the seller"): a cue with the document as source. A person's or a body's naming
 * stays out (decision 128's optional naming), and so do a document that does not name (a
 * withholding) and an -ing form after a noun. Every sentence is invented.
 */
import { describe, expect, test } from 'vitest';
import { sourceText, spans } from '../../test-helpers';

describe('a document that names or identifies reports what it says', () => {
  test.each([
    ['The report names a former manager as the person responsible.', 'names', 'The report'],
    ['The lawsuit names three officers and the city.', 'names', 'The lawsuit'],
    ['The memo also names two contractors who built the tool.', 'names', 'The memo'],
    ['A review identified failures by several contractors.', 'identified', 'A review'],
    [
      'A 2019 survey commissioned by the county identified the slope as unstable.',
      'identified',
      'A 2019 survey commissioned by the county',
    ],
  ])('%s', (text, cue, source) => {
    expect(spans(text, 'attribution')).toContain(cue);
    expect(sourceText(text, cue)).toBe(source);
  });
});

describe('naming by people, withheld names and names as nouns are no cue', () => {
  test.each([
    'The club named Tom Hale as its new captain.',
    'The company names its new chief executive on Monday.',
    'The names of the dead were read aloud.',
    'A man named Ted Lowe was arrested.',
    'She was named as the new head of the school.',
    'Police have identified the victim as a local man.',
    'The scientists identified a new species of frog.',
    'The review does not name the doctors involved.',
    'The filing never identifies the buyer.',
    'An earlier proposal naming five banks was dropped.',
  ])('%s', (text) => {
    expect(spans(text, 'attribution')).toEqual([]);
  });
});
