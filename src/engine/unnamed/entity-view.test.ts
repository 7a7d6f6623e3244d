import { describe, expect, test } from 'vitest';
import { spans } from '../test-helpers';

describe('a group of a body the entities place is judged by its own words', () => {
  test.each([
    // a bare plural the entities tie to the body named before (a headline's "inspectors say")
    [
      'Care home left residents without water, inspectors say\n\nResidents at Larch House in Penford were left without water for hours, the Social Care Inspectorate said in a report on Friday.\n\nInspectors who visited the home in March described a "culture of neglect".',
      'Inspectors',
    ],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed')).toContain(want);
  });

  test.each([
    // a definite description that points back to the named body, and its people by the body
    ['Arlen Foods said profits rose. The company said it would hire 200 staff.', 'The company'],
    ['Arlen Foods said profits rose. The company said it would hire 200 staff.', 'Arlen Foods'],
  ])('not: %s', (text, word) => {
    expect(spans(text, 'unnamed')).not.toContain(word);
  });
});

describe('an outside party known only by what it owns or funds', () => {
  test.each([
    [
      "The barge's owner, a Dunmere haulage firm, said it had alerted the coastguard.",
      "The barge's owner",
    ],
    [
      "The club's largest shareholder has told allies he wants the manager sacked.",
      "The club's largest shareholder",
    ],
    [
      "The charity's biggest donor said she would withdraw her support.",
      "The charity's biggest donor",
    ],
    ["The bank's auditors said they had raised the issue in 2022.", "The bank's auditors"],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed')).toContain(want);
  });

  test.each([
    // the owner named in apposition, and a person's landlord (known through another, elsewhere)
    [
      "The barge's owner, Dunmere Haulage, said it had alerted the coastguard.",
      "The barge's owner",
    ],
  ])('not: %s', (text, word) => {
    expect(spans(text, 'unnamed')).not.toContain(word);
  });
});

describe('an office one of many hold, known by a name among its modifiers only', () => {
  test.each([
    ['A state Medicaid director said her agency was struggling.', 'A state Medicaid director'],
    [
      'Shares fell after a Senate committee chairman said he would review the contracts.',
      'a Senate committee chairman',
    ],
    [
      'An Ivy League university president told the hearing that donors had left.',
      'An Ivy League university president',
    ],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed')).toContain(want);
  });

  test.each([
    // the person named in apposition, a definite unique office, a titled named person
    [
      'A state Medicaid director, Ana Ruiz, said her agency was struggling.',
      'A state Medicaid director',
    ],
    [
      'Kessler Foods warned on profits. The Kessler chairman said the board would meet.',
      'The Kessler chairman',
    ],
    [
      'Senate Finance Committee Chairman Tom Reyes said he would review the contracts.',
      'Tom Reyes',
    ],
  ])('not: %s', (text, word) => {
    expect(spans(text, 'unnamed')).not.toContain(word);
  });
});

describe("a definite repeat of a named body's own people (decision 91)", () => {
  test.each([
    'The Marlow Playhouse will close in May. Its trustees blamed rising energy costs. The council said it would meet the trustees next week.',
    'The Kessel Marathon was halted after a storm. Race organisers apologised to runners. The organisers would refund entry fees.',
  ])('not: %s', (text) => {
    expect(spans(text, 'unnamed')).toEqual([]);
  });

  test.each([
    // a bare group carries no body; one among a body's many people stays unnamed
    [
      'Inspectors visited the school in May. The inspectors found records missing.',
      'The inspectors',
    ],
    [
      'A second athlete in the same training group failed a test. The athlete is reported to have been suspended.',
      'The athlete',
    ],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed')).toContain(want);
  });
});
