/**
 * The subject of a reporting verb when its noun phrase carries a reduced relative with `to`:
 * a participle (or `due`) with an infinitive ("Residents ordered to leave their homes said"),
 * the anonymity formula without `who was` ("Two officials not authorized to discuss the matter
 * said"), or a participle of sending whose `to` names people ("A letter sent to tenants warned").
 * The nearest noun phrase before the verb then belongs to the modifier; the source is the phrase
 * the participle modifies (ANNOTATION.md §1). Every sentence is invented, in the shapes of local,
 * regional and national news.
 */
import { describe, expect, test } from 'vitest';
import { cueSource } from '../test-helpers';

/** The source words of the first cue reading `cue`, or null when it has none. */
function sourceOf(text: string, cue: string): string | null {
  return cueSource(text, cue)?.[0] ?? null;
}

describe('a participle with an infinitive after the head', () => {
  test.each([
    [
      'Residents ordered to leave their homes said the water rose within minutes.',
      'said',
      'Residents',
    ],
    ['Workers forced to take unpaid leave say morale at the depot is low.', 'say', 'Workers'],
    ['Families told to boil their water said they had not been warned.', 'said', 'Families'],
    ['Farmers asked to cut water use say their crops will fail.', 'say', 'Farmers'],
    ['Volunteers trained to help at the shelter said demand had doubled.', 'said', 'Volunteers'],
    ['A witness due to give evidence said she had been threatened.', 'said', 'A witness'],
    [
      'Tenants invited to comment on the plans complained that the notice was short.',
      'complained',
      'Tenants',
    ],
  ])('%s', (text, cue, source) => {
    expect(sourceOf(text, cue)).toBe(source);
  });
});

describe('the anonymity formula without a relative pronoun', () => {
  test.each([
    [
      'Two officials not authorized to discuss the matter said the talks had stalled.',
      'said',
      'Two officials',
    ],
    [
      'An official not authorized to speak publicly said the convoy had been turned back.',
      'said',
      'An official',
    ],
    ['A source not authorized to comment said the deal was off.', 'said', 'A source'],
    [
      'An aide not permitted to speak on the record said the vote would be delayed.',
      'said',
      'An aide',
    ],
    [
      'A council worker not authorised to speak to the press said the depot would close.',
      'said',
      'A council worker',
    ],
  ])('%s', (text, cue, source) => {
    expect(sourceOf(text, cue)).toBe(source);
  });
});

describe('a participle of sending whose `to` names people or a body', () => {
  test.each([
    [
      'A letter sent to tenants last week warned that rents would rise.',
      'warned',
      'A letter sent to tenants',
    ],
    ['A memo circulated to staff said pay would be frozen.', 'said', 'A memo circulated to staff'],
    [
      'A report presented to councillors says the bridge is unsafe.',
      'says',
      'A report presented to councillors',
    ],
    [
      'Documents sent to parents said the school would close for a week.',
      'said',
      'Documents sent to parents',
    ],
    [
      'An email sent to residents said the road would reopen on Monday.',
      'said',
      'An email sent to residents',
    ],
  ])('%s', (text, cue, source) => {
    expect(sourceOf(text, cue)).toBe(source);
  });
});

describe('what stays as it was', () => {
  test.each([
    // a clause of its own after the infinitive: its subject speaks
    ['The mayor wanted to know what residents said.', 'said', 'residents'],
    // a relative clause with its pronoun
    ['Officials who refused to comment said the deal was off.', 'said', 'Officials'],
    // a finite clause before the comma
    ['Officials were not authorized to discuss it, the mayor said.', 'said', 'the mayor'],
  ])('%s', (text, cue, source) => {
    expect(sourceOf(text, cue)).toBe(source);
  });
});
