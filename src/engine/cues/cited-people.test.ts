/**
 * An active `cite` whose object is people (`which cited supply-chain sources`, `cited people
 * close to the operator`) credits them, as `citing officials` does (ANNOTATION.md: the source of
 * `citing X` is X). A cited document or reason stays the subject's, and so does what a document
 * cites. Every sentence is invented.
 */
import { describe, expect, test } from 'vitest';
import { sourceText } from '../test-helpers';

describe('cited people are the source of cited', () => {
  test.each([
    [
      'The merger was first reported by the newsletter Chip Ledger, which cited supply-chain sources.',
      'supply-chain sources',
    ],
    [
      'The closure was first reported by a trade weekly, Port Review, which cited people close to the operator.',
      'people close to the operator',
    ],
    ['The Harbour Gazette cited two senior officials.', 'two senior officials'],
    [
      'The closure was first reported by the Harbour Gazette, which cited Ana Okafor.',
      'Ana Okafor',
    ],
  ])('%s', (text, source) => {
    expect(sourceText(text, 'cited')).toBe(source);
  });

  test.each([
    // a document or a reason cited: the subject cites it
    [
      'The story first appeared in the Harbour Gazette, which cited leaked bank records.',
      'the Harbour Gazette',
    ],
    ['The minister cited rising costs as the reason.', 'The minister'],
    // a document that cites people is itself the source relied on
    ['The report cited two former employees of the firm.', 'The report'],
  ])('%s', (text, source) => {
    expect(sourceText(text, 'cited')).toBe(source);
  });
});
