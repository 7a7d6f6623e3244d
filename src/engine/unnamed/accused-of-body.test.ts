// People of a named body accused, charged or investigated on their own account are withheld
// actors, required at every mention (decision 81 of the labelled sets; accused-of-body.ts); those
// who speak for the body stay named through it. Found with scripts/drop-audit.ts's
// `markedAnonymous` cause; the sentences are invented.
import { describe, expect, test } from 'vitest';
import { cueSource, spans } from '../test-helpers';

const found = (text: string) => spans(text, 'unnamed').join(' | ');

describe('a person of a named body who is accused', () => {
  test.each([
    [
      'Regulators accused two analysts at Kelmor Bank of rigging bids.',
      'two analysts at Kelmor Bank',
    ],
    [
      'Prosecutors charged a former clerk at the Harbour Trust with theft.',
      'a former clerk at the Harbour Trust',
    ],
    [
      'The board sued three directors of Ostrel Mining over the losses.',
      'three directors of Ostrel Mining',
    ],
    [
      'The agency is examining whether engineers at Vantor Aero falsified the test logs.',
      'engineers at Vantor Aero',
    ],
    [
      'Auditors are investigating whether staff at the Corran Institute altered the data.',
      'staff at the Corran Institute',
    ],
  ])('%s', (text, want) => {
    expect(found(text)).toContain(want);
  });

  test('one who speaks for the body stays named', () => {
    const text = 'Engineers at Vantor Aero said the test logs were accurate.';
    expect(cueSource(text, 'said')?.[1]).toBe('partial');
    expect(found(text)).not.toContain('Vantor');
  });

  test("a body's own advisers, owned by it, act in its name", () => {
    const text = 'The minister accused Carrow Bank’s advisers of underestimating the regulator.';
    expect(found(text)).not.toContain('advisers');
  });

  test('a whether clause with no inquiry is no accusation', () => {
    expect(found('It is unclear whether engineers at Vantor Aero will attend.')).not.toContain(
      'engineers at Vantor Aero',
    );
  });
});
