// People placed in a named body who do wrong on their own account are withheld actors, required at
// every mention (decision 81 of the labelled sets; misconduct-of-body.ts); those who act or speak
// for the body stay named through it. Found with scripts/drop-audit.ts's `markedAnonymous` cause;
// the sentences are invented.
import { describe, expect, test } from 'vitest';
import { spans } from '../test-helpers';

const found = (text: string) => spans(text, 'unnamed').join(' | ');

describe('a person of a named body who does wrong', () => {
  test.each([
    [
      'Managers at Pellick Foods deleted the inspection records before the audit, the inquiry found.',
      'Managers at Pellick Foods',
    ],
    [
      'Prosecutors said two accountants at Dorran Freight had siphoned money from client accounts.',
      'two accountants at Dorran Freight',
    ],
    [
      'A panel found that a chemist at Orlen University manipulated images in two papers.',
      'a chemist at Orlen University',
    ],
    ["Two nurses at St Olave's Hospital have been charged with theft.", 'Two nurses at St Olave'],
    ['The inquiry heard allegations against three guards at Castlemoor Prison.', 'three guards'],
    [
      'Police are examining whether a supplier bribed two inspectors at Kelvin Port Authority.',
      'two inspectors at Kelvin Port Authority',
    ],
    // a hedged act of wrongdoing; a violent or abusive act on a person
    [
      'Three guards at Castlemoor Prison are believed to have smuggled phones to inmates.',
      'Three guards at Castlemoor Prison',
    ],
    [
      'Two cashiers at Orrin Savings Bank are alleged to have stolen from customers.',
      'Two cashiers at Orrin Savings Bank',
    ],
    [
      'A former pupil said a music teacher at the school had groomed her over two years.',
      'a music teacher at the school',
    ],
  ])('%s', (text, want) => {
    expect(found(text)).toContain(want);
  });

  test.each([
    // acts for the body, or no wrong
    'Engineers at Vantor Aero said the test logs were accurate.',
    'Staff at the Corran Museum altered the opening hours last week.',
    'Scientists at the Dunmore Institute manipulated the genes of mice to study ageing.',
    'Analysts at Korvin Bank were investigating the loss.',
    'Players at Carran Rovers beat their rivals 3-1 on Saturday.',
    'Grooms at the Ashdown stables groomed the horses before the race.',
    'Staff at the Ellery Hotel are said to have welcomed the news.',
    // a name in apposition identifies the person
    'Jonas Hale, a director at Acme Mining, was arrested on Monday.',
  ])('%s', (text) => {
    expect(found(text)).toBe('');
  });

  test('one person the story names further on is not withheld', () => {
    const text =
      'A panel has concluded that a cell biologist at Halden University manipulated images in ' +
      'three papers.\n\nThe researcher, Professor Teodor Brask, denied any intent to deceive.';
    expect(found(text)).not.toContain('biologist');
  });
});
