import { describe, expect, test } from 'vitest';
import { spans } from '../test-helpers';

// The body of a speaker the sentence leaves unnamed, acting in what the speaker tells
// (speakers-body.ts; points 244 and 287: "his bank", "his firm", "her charity").
describe("an unnamed speaker's body that acts", () => {
  test.each([
    [
      'One senior manager at a regional insurer said his firm had quietly dropped flood cover.',
      'his firm',
    ],
    [
      'A head of finance, who asked not to be named, said her authority had already frozen hiring.',
      'her authority',
    ],
    [
      'A fundraiser who spoke on condition of anonymity said her charity had stopped taking referrals.',
      'her charity',
    ],
    ['One trader said his bank was quietly selling its bond holdings.', 'his bank'],
    [
      'An executive told the paper that his company had hidden the losses from auditors.',
      'his company',
    ],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed')).toContain(want);
  });

  test.each([
    // a named speaker's body, and one the speaker's phrase names
    ['Sam Liu said his company had cut jobs.', 'his company'],
    ['A spokesman for Acme said his company had cut jobs.', 'his company'],
    ["A nurse at St Anne's said her hospital had cut beds.", 'her hospital'],
    // a definite speaker, known from before
    ['The executive said his bank had lowered its standards.', 'his bank'],
    // a body that undergoes something, is described, or has only a plan
    ['A banker said his bank was fined last year.', 'his bank'],
    ['One executive said his bank is a small lender.', 'his bank'],
    ['One executive said his bank would cut jobs next year.', 'his bank'],
    // a body's own possessive, and a phrase after the head
    ['One analyst said its bank had lowered its standards.', 'its bank'],
  ])('not: %s', (text, not) => {
    expect(spans(text, 'unnamed')).not.toContain(not);
  });
});
