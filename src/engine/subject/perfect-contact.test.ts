/**
 * Session 41: a contact clause between a subject and its verb leaves the subject to the verb
 * after it when the clause is a perfect (`Riders I have spoken to describe`) and when a
 * conjunction opens the sentence (`Yet two retired detectives I spoke to told me`), as it did for
 * `Swim coaches I spoke to say`. Every sentence is invented, in the shapes of columns and features.
 */
import { describe, expect, test } from 'vitest';
import { cueSource } from '../test-helpers';

describe('the subject before a contact clause', () => {
  test.each([
    [
      'Couriers I have spoken to describe a job that is lonely and badly paid.',
      'describe',
      'Couriers',
    ],
    ['Nurses we have talked to say the ward was short of staff for months.', 'say', 'Nurses'],
    [
      'Signal engineers I have spoken to privately describe the crossing as a trap.',
      'describe',
      'Signal engineers',
    ],
    ['Parents we have interviewed said the school had not warned them.', 'said', 'Parents'],
    [
      'Yet two retired inspectors I spoke to separately told me much the same.',
      'told',
      'two retired inspectors',
    ],
    ['But growers I spoke to last week said the frost had done little harm.', 'said', 'growers'],
  ])('%s', (text, cue, source) => {
    expect(cueSource(text, cue)?.[0]).toBe(source);
  });
});

describe('near misses: no contact clause', () => {
  test.each([
    // an infinitive of purpose, not a clause of talking
    ['The bridge we have built to last said nothing about the floods.', 'said'],
    // a subordinating conjunction: its clause's subject is no subject of the main verb
    ['Although riders I spoke to were angry, the firm said nothing.', 'said'],
  ])('%s', (text, cue) => {
    expect(cueSource(text, cue)?.[0] ?? '').not.toMatch(/riders|bridge/i);
  });
});
