import { describe, expect, test } from 'vitest';
import { spans } from '../test-helpers';

describe('claims a story is about, after a preposition of occasion or topic', () => {
  test.each([
    'Around 48,000 prams are being recalled after reports that the frame can collapse, the office said.',
    'Volta is recalling the chargers after dozens of reports that the units overheated, the company announced.',
    'The regulator opened an investigation into claims that staff were pressured.',
    'The coach insisted the decision was about form amid claims that the player was dropped.',
    'Shares fell sharply on reports that the chief executive would resign.',
    'The airline grounded two jets following repeated reports of cabin smoke.',
  ])('%s', (text) => {
    expect(spans(text, 'unnamed')).toEqual([]);
  });

  test.each([
    // a source relied on, with a modifier or as a subject
    ['According to reports, the deal is close.', 'reports'],
    [
      'Unconfirmed reports that a second plant had closed could not be verified.',
      'Unconfirmed reports',
    ],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed')).toContain(want);
  });
});
