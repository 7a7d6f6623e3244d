/**
 * A document, data or a count opening the sentence, its verb of finding past material the word
 * by word reading of its modifiers stops at (frames/documents.ts, `documentGapSkip`): a comma
 * aside closed right before the verb (a relative, a noun phrase), a relative with no comma up to
 * the verb, and "last" + a time word after an issuer. Things that only look like documents, or
 * verbs that only look like findings, stay quiet.
 */
import { describe, expect, test } from 'vitest';
import { spans } from '../test-helpers';

describe('document subject across intervening material', () => {
  test.each([
    ['The audit, which was commissioned after the floods, found gaps in the records.', 'found'],
    ['The figures, which cover the year to March, show a fall in arrests.', 'show'],
    ['The census, the first since 2011, showed a sharp rise in renters.', 'showed'],
    ['The survey, the largest since 2015, found two in five tenants behind on rent.', 'found'],
    ['The data which ministers released last week showed a fall in arrests.', 'showed'],
    ['Tests carried out last month found lead in the water supply.', 'found'],
  ])('%s', (text, cue) => {
    expect(spans(text, 'attribution')).toContain(cue);
  });

  test.each([
    // a show that is a performance, figures that are statues, a plan that costs
    'The show, which runs until May, features a cast of forty.',
    'The figures, cast in bronze in 1920, stand outside the town hall.',
    'The plan, drawn up in 2019, cost £3m.',
    'The audit, carried out by a firm in Leeds, took three months.',
  ])('no cue: %s', (text) => {
    expect(spans(text, 'attribution')).toEqual([]);
  });
});

describe('a preposition of time among an opening document’s modifiers', () => {
  // session 41: "before the meeting" and "after the crash" are prepositions there, not clause
  // openers, so the document still opens the sentence whose verb it has
  test.each([
    [
      'Briefing papers posted online before the hearing show that reviewers flagged two deaths.',
      'show',
    ],
    ['Emails sent after the vote show that the mayor knew of the plan.', 'show'],
  ])('%s', (text, cue) => {
    expect(spans(text, 'attribution')).toContain(cue);
  });

  test.each(['Workers hired before the merger show little loyalty.'])('no cue in %j', (text) => {
    expect(spans(text, 'attribution')).not.toContain('show');
  });
});
