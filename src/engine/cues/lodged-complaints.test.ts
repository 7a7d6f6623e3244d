/**
 * Complaints and objections put on record, and worries with their owner: a verb of lodging
 * (`lodge`, `file`, `submit`, `register`, `make`) with a noun of complaint is a verb of
 * expression like "raised concerns" (decisions 35, 57 and 106 of the labelled sets), active or
 * passive; a worry or a complaint in a reduced passive spans the noun ("concerns raised by the
 * council"), which carries what was voiced; and a possessor's `concerns` are a speech act with
 * its owner, as "her warnings" are.
 */
import { describe, expect, test } from 'vitest';
import { seen, spans } from '../test-helpers';

describe('a complaint or an objection lodged is a cue', () => {
  test.each([
    [
      'The tenants have lodged a formal complaint with the ombudsman.',
      'have lodged a formal complaint',
    ],
    ['Two councillors filed objections to the scheme on Monday.', 'filed objections'],
    ['The union submitted a grievance on behalf of the drivers.', 'submitted a grievance'],
    ['The embassy registered a protest with the foreign ministry.', 'registered a protest'],
    ['A neighbour made a complaint to the council about the noise.', 'made a complaint'],
    [
      'More than 300 objections have been lodged against the plans.',
      'More than 300 objections have been lodged',
    ],
    ['The complaint was filed in March by a parents\u2019 group.', 'The complaint was filed'],
  ])('%s', (text, cue) => {
    expect(spans(text, 'attribution')).toContain(cue);
  });

  test('the subject of the active verb is the source; a by-agent the passive one', () => {
    const active = seen('The tenants have lodged a formal complaint.', 'attribution');
    expect(active[0]?.source).toBe('The tenants');
    const passive = seen(
      'The complaint was lodged in January by a senior lecturer.',
      'attribution',
    );
    expect(passive[0]?.source).toBe('a senior lecturer');
  });

  test.each([
    'She filed the papers with the court clerk.',
    'The players filed into the hall in silence.',
    'He registered a company in the islands last year.',
    'The climbers lodged a rope in the crack.',
    'Staff submitted their timesheets on Friday.',
    'The lodge registered record bookings in August.',
  ])('no cue when nothing complained of is lodged: %s', (text) => {
    expect(spans(text, 'attribution')).toEqual([]);
  });
});

describe('none lodged: a passive whose subject is "no" complaint credits no one', () => {
  test.each([
    'The harbour master said no formal objection had been lodged.',
    'No complaint was ever made to the school, the head teacher said.',
    'The trust insists no concerns were raised with its managers.',
  ])('%s', (text) => {
    expect(spans(text, 'attribution').filter((c) => !/^(said|insists)$/.test(c))).toEqual([]);
  });

  test('a complaint that was lodged stays a cue', () => {
    expect(
      spans('The harbour master said a formal objection had been lodged.', 'attribution'),
    ).toContain('a formal objection had been lodged');
  });
});

describe('a worry in a reduced passive spans its noun', () => {
  test.each([
    [
      'The report notes concerns raised by the parish council.',
      'concerns raised',
      'the parish council',
    ],
    [
      'It answered "the legitimate concerns" raised by colleagues.',
      'concerns" raised',
      'colleagues',
    ],
    ['The board ignored objections voiced by two members.', 'objections voiced', 'two members'],
  ])('%s', (text, cue, source) => {
    const found = seen(text, 'attribution').find((c) => c.text === cue);
    expect(found?.source).toBe(source);
  });

  test('inside "according to", the phrase is the cue and the noun its document', () => {
    const text = 'The firm under-reported spills, according to a complaint lodged by the alliance.';
    expect(spans(text, 'attribution')).not.toContain('complaint lodged');
  });
});

describe("a possessor's concerns are a speech act with its owner", () => {
  test.each([
    ["Residents' concerns are being dismissed, she said.", 'concerns'],
    ['The council said it was aware of the residents\u2019 concerns.', 'concerns'],
    ['She put her concerns in writing to the board.', 'concerns'],
  ])('%s', (text, cue) => {
    expect(spans(text, 'attribution')).toContain(cue);
  });

  test.each([
    'The concerns of the day were forgotten by evening.',
    'The group owns several shipping concerns in the north.',
    'It is a matter of concern to everyone.',
  ])('no cue without an owner: %s', (text) => {
    expect(spans(text, 'attribution')).toEqual([]);
  });
});
