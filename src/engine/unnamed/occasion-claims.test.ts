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

describe('a bare claim noun with its content is what is claimed, wherever it stands', () => {
  test.each([
    'The club rejected claims that the match had been cancelled because of the weather.',
    'Rival campaigns have circulated claims that the senator once belonged to a banned group.',
    'Jade Corrin hit back at claims that the contest had been fixed.',
    'Claims that circulate online about the vaccine are simply wrong, Dr Ana Lind said.',
    'He denied allegations that invoices had been altered to hide the losses.',
    'The mayor dismissed rumours that the depot would be sold.',
    'The minister denied repeated accusations of bullying that were first aired last year.',
  ])('%s', (text) => {
    expect(spans(text, 'unnamed')).toEqual([]);
  });

  test.each([
    // reports can be news reports relied on; a claim noun with a source of its own is not bare
    ['Reports that the plant had closed were confirmed by the council.', 'Reports'],
    [
      'Unconfirmed reports that a second plant had closed could not be verified.',
      'Unconfirmed reports',
    ],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed')).toContain(want);
  });
});
