import { describe, expect, test } from 'vitest';
import { spans } from '../test-helpers';

describe('a body a deed or a suspect is linked to acts', () => {
  test.each([
    [
      'A security firm has linked a wave of intrusions at water utilities to a group it calls Grey Finch.',
      'a group',
    ],
    [
      'The malware had previously been associated with a criminal group in the east.',
      'a criminal group in the east',
    ],
    [
      'The suspect is thought to have links to an organised crime network.',
      'an organised crime network',
    ],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed')).toContain(want);
  });

  test.each([
    // a link of things, a business tie, and a counterparty with no link
    ['The rise has been linked to a change in prices.', 'a change'],
    ['The firm has ties to a bank in Geneva.', 'a bank in Geneva'],
    ['The company wrote to a charity in the town.', 'a charity in the town'],
  ])('not: %s', (text, not) => {
    expect(spans(text, 'unnamed')).not.toContain(not);
  });
});
