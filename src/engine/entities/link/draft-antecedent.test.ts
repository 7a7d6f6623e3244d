/**
 * Session 49: "the draft" with no earlier draft of its own head refers to the story's latest
 * document when its first mention called it a draft ("a draft inspection report seen by the
 * Ledger ... The draft, compiled by the Detention Inspectorate,"), so the issuer given then names
 * that one document at every mention (decision 83 of the labelled sets: the issuer stated soon
 * after). Every sentence is invented.
 */
import { describe, expect, test } from 'vitest';
import { cueSource } from '../../test-helpers';

describe('the draft is the draft report met before', () => {
  const text =
    'Patients at the Orvell unit waited up to 19 hours, according to a draft inspection report seen by the Evening Post. The draft, compiled by the Care Standards Office after a visit in May, says staffing was "dangerously thin".';

  test('the first mention takes the issuer the repeat gives', () => {
    expect(cueSource(text, 'according to')?.slice(0, 2)).toEqual([
      'a draft inspection report seen by the Evening Post',
      true,
    ]);
  });

  test('the repeat is the same document', () => {
    expect(cueSource(text, 'says')?.[2]).toBe('a draft inspection report seen by the Evening Post');
  });

  test('a report never called a draft is not the draft', () => {
    const other =
      'Patients waited up to 19 hours, according to an inspection report seen by the Evening Post. The draft says staffing was thin.';
    expect(cueSource(other, 'says')?.[2]).not.toBe('an inspection report seen by the Evening Post');
  });
});
