// The client of a lawyer for a party the sentence only describes is that unnamed party again
// (decisions 81, 101 and 119 of the labelled sets; unnamed-clients.ts); a named party's client is
// named. Found with scripts/drop-audit.ts's `IN_NOT_WITHHOLDING` cause; the sentences are invented.
import { describe, expect, test } from 'vitest';
import { spans } from '../test-helpers';

const found = (text: string) => spans(text, 'unnamed').join(' | ');

describe('the client of a lawyer for an unnamed party', () => {
  test.each([
    [
      'A lawyer for two of the drivers said his clients had refused to sign the forms.',
      'his clients',
    ],
    ["The tenant's solicitor said her client would appeal the eviction.", 'her client'],
    [
      'Lawyers representing the nurses said their clients had acted on instructions.',
      'their clients',
    ],
    [
      'An attorney for one of the guards, Lena Ortiz, said her client was cooperating.',
      'her client',
    ],
  ])('%s', (text, want) => {
    expect(found(text)).toContain(want);
  });

  test.each([
    // a named party
    'A lawyer for Marek Halloran said his client had refused to sign the forms.',
    "Halloran's solicitor said her client would appeal the eviction.",
    // a definite party named in apposition
    'A lawyer for the former finance director, Ines Marr, said her client had done nothing wrong.',
    // no party given: the story may have named it
    'The lawyer, Ada Brenn, said her client would appeal.',
    // no lawyer at all
    'The agency said its clients would be told on Monday.',
  ])('%s', (text) => {
    expect(found(text)).not.toMatch(/client/);
  });
});
