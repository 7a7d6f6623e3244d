import { describe, expect, test } from 'vitest';
import { spans } from '../test-helpers';

// A suggestion someone waves away has its content after `of` (decision 148's dismissal of a
// stated claim): "rejects any suggestion of wrongdoing".
describe('a dismissed suggestion with its content after "of"', () => {
  test.each([
    'The club rejected any suggestion of match-fixing.',
    'A spokesman for the mill denies the suggestion of a cover-up.',
    'The ferry operator rebutted any suggestion of negligence.',
    'Rebutting any suggestion of a split, the party chair smiled.',
  ])('%s', (text) => {
    expect(spans(text, 'attribution')).toContain('suggestion');
  });

  test.each([
    'She resigned at the suggestion of her doctor.',
    'His face showed a suggestion of a smile.',
    'The board welcomed the suggestion of a new venue.',
  ])('not: %s', (text) => {
    expect(spans(text, 'attribution')).not.toContain('suggestion');
  });
});
