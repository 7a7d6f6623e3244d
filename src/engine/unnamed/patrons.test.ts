import { describe, expect, test } from 'vitest';
import { spans } from '../test-helpers';

describe("a body's customers or families acting as a group of their own", () => {
  test.each([
    [
      'The exchange went offline on Sunday. Customers vented their anger on social media.',
      'Customers',
    ],
    ['The home hired more carers. Families noticed quickly.', 'Families'],
    [
      'The bank froze accounts. At least two families have filed lawsuits.',
      'At least two families',
    ],
    // counted households and patrons who do a deliberate act are some of them, not the body's
    // own people (group-acts.ts)
    [
      'The council defended the closure. Three families contacted the Gazette after the meeting.',
      'Three families',
    ],
    [
      'The retailer blamed a software fault. Several customers have sued the company.',
      'Several customers',
    ],
    ['The dam burst at dawn. Two families carried their neighbours to safety.', 'Two families'],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed')).toContain(want);
  });

  test.each([
    // the body's own customers, only waiting, or a speaker's generalisation in a quotation
    ['The bank froze accounts. Its customers switched to rivals.', 'customers'],
    ['The bank froze accounts. Customers queued for hours.', 'Customers'],
    // counted, but only befallen or the body's own
    ['The river rose overnight. Three families lost their homes.', 'Three families'],
    ['The gym closed. Its two hundred members contacted a lawyer.', 'members'],
    [
      'Advocates seized on the report. "Families sweltered in the dark because firms cut corners."',
      'Families',
    ],
  ])('not: %s', (text, word) => {
    expect(spans(text, 'unnamed').join(' | ')).not.toContain(word);
  });
});
