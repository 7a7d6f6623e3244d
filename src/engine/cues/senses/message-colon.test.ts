/**
 * A live page's message verb that is also a noun (`emails`, `texts`) opens a reader's quotation
 * with a colon after an apposition: 'A reader, Jan, emails: "..."'. The noun a determiner opens
 * stays a noun. Every sentence is invented.
 */
import { describe, expect, test } from 'vitest';
import { spans } from '../../test-helpers';

describe('a message verb before a colon and a quotation', () => {
  test.each([
    ['A reader, Pia, emails: "Our trains have not moved for an hour."', 'emails'],
    ['One listener, Sam, emails: "The sea wall has gone."', 'emails'],
  ])('%s', (text, cue) => {
    expect(spans(text, 'attribution')).toContain(cue);
  });
});

describe('the noun, not the verb', () => {
  test.each([
    'She showed us the emails: "Delete everything," read the first.',
    'Their emails: "Meet at six," and nothing else.',
    'A reader, Pia, emails the desk most mornings.',
  ])('%s', (text) => {
    expect(spans(text, 'attribution')).not.toContain('emails');
  });
});
