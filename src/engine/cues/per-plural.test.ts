import { describe, expect, test } from 'vitest';
import { sourceText, spans } from '../test-helpers';

// "per" after a comma credits a source (decision-free: the guideline's "according to"); with no
// determiner, a plural with modifiers is a source as a bare plural is ("per sources").
describe('"per" credits a plural with modifiers', () => {
  test.each([
    ['The deal is close, per industry sources.', 'industry sources'],
    ['Talks have stalled, per former employees.', 'former employees'],
    ['The team lost money last year, per internal figures.', 'internal figures'],
    ['The plant will close in May, per local officials.', 'local officials'],
  ])('%s', (text, source) => {
    expect(sourceText(text, 'per')).toBe(source);
    expect(spans(text, 'unnamed')).toContain(source);
  });

  test.each([
    // a rate, and a noun that is no source
    ['Costs rose 4%, per capita spending fell.'],
    ['The fine is $50 per unpaid invoice.'],
  ])('not: %s', (text) => {
    expect(spans(text, 'attribution')).not.toContain('per');
  });
});
