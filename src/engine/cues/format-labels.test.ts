/**
 * Labels of opinion and fact-check formats: an editorial's standing label in its headline ("The
 * View:", "Our view:") reports nobody's claim; a fact-check's "The claim:" before the quoted claim
 * is a cue noun with its content.
 */
import { describe, expect, test } from 'vitest';
import { spans } from '../test-helpers';

describe('an editorial label in the headline is no cue', () => {
  test.each([
    'The View: St Aldric’s families deserve answers, not another review\n\nIt is now a year since.',
    'The Tribune view: The water contracts deserve daylight\n\nThree weeks after the report.',
    'Our view: the council acted too slowly on the floods\n\nRivers rose overnight.',
    'The Harbour Gazette View: Ferries need a timetable\n\nPassengers wait for hours.',
  ])('%s', (text) => {
    expect(spans(text, 'attribution')).toEqual([]);
  });
});

describe('an owner’s view, and a view in the body, stay cues', () => {
  test.each([
    ['Her view: the plan will fail before the winter.', 'view'],
    ['The minister’s view: the plan will work.', 'view'],
    ['Ferries late again\n\nThe Tribune view: the timetable is fiction.', 'view'],
  ])('%s', (text, cue) => {
    expect(spans(text, 'attribution')).toContain(cue);
  });
});

describe('a cue noun before a quotation after a colon', () => {
  test.each([
    ['The claim: "We have halved the time patients wait." Health Minister Lotta Fenn.', 'claim'],
    [
      'The allegation: “The council hid the report for a year.” Campaigners, in a leaflet.',
      'allegation',
    ],
  ])('%s', (text, cue) => {
    expect(spans(text, 'attribution')).toContain(cue);
  });
});

describe('an apposed claim noun answered past a pronoun or an adverb (obituaries, profiles)', () => {
  test.each([
    ['Employers accused her of prolonging the dispute, a charge she always rejected.', 'charge'],
    ['Rivals said he had bought the seat, a claim he never accepted.', 'claim'],
    [
      'Critics accused the board of secrecy, an allegation the chairman has repeatedly denied.',
      'allegation',
    ],
  ])('%s', (text, cue) => {
    expect(spans(text, 'attribution')).toContain(cue);
  });

  test.each([
    'He was fined, a charge he paid at once.',
    'She was held on a charge he never explained.',
  ])('no claim noun: %s', (text) => {
    expect(spans(text, 'attribution')).not.toContain('charge');
  });
});

describe('an active "brief" with what was briefed (liveblogs, political analyses)', () => {
  test.each([
    ['Aides had briefed overnight that the speech would run to about 50 minutes.', 'had briefed'],
    [
      'Her aides have been briefing since last night that she will announce a levy.',
      'have been briefing',
    ],
    // (the particle verb whole: decision 99's required "briefing against")
    [
      'Ministers have been briefing against one another with unusual venom.',
      'have been briefing against',
    ],
    ['Aides briefed reporters that the speech would be short.', 'briefed'],
  ])('%s', (text, cue) => {
    expect(spans(text, 'attribution')).toContain(cue);
  });

  test.each([
    'He briefed the committee that oversees the agency.',
    'The minister gave a brief statement that lasted a minute.',
    'Aides briefed reporters at noon.',
  ])('no cue: %s', (text) => {
    expect(spans(text, 'attribution').filter((c) => c.includes('brief'))).toEqual([]);
  });
});
