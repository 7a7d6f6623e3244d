import { describe, expect, test } from 'vitest';
import { seen, spans } from '../test-helpers';

describe('a reporting clause after its content, closed by a time or the occasion of saying', () => {
  test.each([
    ['The quay will reopen in June, port officials added on Monday.', 'added', 'port officials'],
    [
      'The figures were wrong, the union claimed in a radio interview on Tuesday.',
      'claimed',
      'the union',
    ],
    ['Fares will rise by a tenth, Okafor stressed at a briefing.', 'stressed', 'Okafor'],
    ['The dam had not been inspected, engineers found last year.', 'found', 'engineers'],
  ])('%s', (text, cue, source) => {
    expect(seen(text, 'attribution').find((s) => s.text === cue)?.source).toBe(source);
  });

  test.each([
    'Last week, the council agreed on a budget.',
    'In March, the two firms agreed in principle.',
    'The ferry left late, and the crew found in the hold a stowaway.',
  ])('no cue in %j', (text) => {
    expect(spans(text, 'attribution')).toEqual([]);
  });
});
