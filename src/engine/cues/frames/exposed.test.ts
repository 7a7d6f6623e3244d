/**
 * Exposing as revealing needs a clause of what happened ("An inquest has exposed how", DECISIONS
 * 282); exposing data, gaps or people to a risk is no report. Unearthing is a document's finding
 * ("an inquiry had unearthed emails"), digging is none. Every sentence is invented.
 */
import { describe, expect, test } from 'vitest';
import { sourceText, spans } from '../../test-helpers';

describe('exposing how or what happened reports a finding', () => {
  test.each([
    ['An inquest has exposed how a care home left a resident without water.', 'has exposed'],
    ['The hearing exposed exactly what went wrong on the night.', 'exposed'],
    ['Their reporting exposed why the contract was never put out to tender.', 'exposed'],
  ])('%s', (text, cue) => {
    expect(spans(text, 'attribution')).toContain(cue);
  });

  test('the inquest is the source', () => {
    const text = 'An inquest has exposed how a care home left a resident without water.';
    expect(sourceText(text, 'has exposed')).toBe('An inquest');
  });
});

describe('exposing a thing is no report', () => {
  test.each([
    'A misconfigured server exposed the records of four million customers.',
    'A sea trial of the old ships exposed gaps in detection.',
    'Workers were exposed to asbestos for years.',
    'The storm exposed the roots of the old oak.',
    'Exposed: the firms that dodge the tax',
  ])('%s', (text) => {
    expect(spans(text, 'attribution')).toEqual([]);
  });
});

describe("a document's unearthing is a finding, a dig's is not", () => {
  test('an inquiry had unearthed emails', () => {
    const text = 'An inquiry had unearthed emails between the two directors.';
    expect(spans(text, 'attribution')).toEqual(['had unearthed']);
    expect(sourceText(text, 'had unearthed')).toBe('An inquiry');
  });

  test.each([
    'Builders unearthed a Roman coin under the car park.',
    'Farmers have unearthed old shells in the fields.',
  ])('%s', (text) => {
    expect(spans(text, 'attribution')).toEqual([]);
  });
});
