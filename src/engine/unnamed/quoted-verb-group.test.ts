/**
 * A quotation that opens inside a verb group (content-subject.ts, `pastAct` and `contentDoing`):
 * "said tenants had “begged us for months”", "said members would “fight every cut”". The verb
 * group is a perfect or a `would` before an act all the same, and a group acting in what a source
 * says is a required `unnamed` (decision 79); what the quotation leaves a state or a loss stays
 * unflagged.
 */
import { describe, expect, test } from 'vitest';
import { spans } from '../test-helpers';

describe('a group acts in a cue’s content though a quotation opens inside its verb group', () => {
  test.each([
    ['The councillor said tenants had “begged us for months to fix the lifts”.', 'tenants'],
    ['An organiser said volunteers had “already knocked on 3,000 doors”.', 'volunteers'],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed')).toContain(want);
  });

  test.each([
    // a state inside the quotation
    ['The councillor said tenants had “felt ignored for years”.', 'tenants'],
    ['The councillor said tenants had “been through enough”.', 'tenants'],
  ])('not: %s', (text, word) => {
    expect(spans(text, 'unnamed').join(' | ')).not.toContain(word);
  });
});
