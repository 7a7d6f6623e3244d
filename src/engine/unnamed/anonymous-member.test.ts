// One of a named body's people whose own phrase names no one and whose clause says the text
// withholds the name ("One editor, who asked not to be identified,") is an anonymous source, though
// the entities file it under the body of a group met before (reason.ts, markedAnonymous). The
// sentences are invented.
import { describe, expect, test } from 'vitest';
import { spans } from '../test-helpers';

const found = (text: string) => spans(text, 'unnamed').join(' | ');

describe('one of a named body’s people who is kept anonymous', () => {
  test.each([
    [
      'According to two editors at the publisher Brindle House, the chapters were flagged in the spring. One editor, who asked not to be identified, said the legal team had warned that the passages were risky.',
      'One editor',
    ],
    [
      'Analysts at Carrow Securities said the update was poor. One mining analyst, who asked not to be named because of his firm’s ties to the sector, said smaller miners were worse off.',
      'One mining analyst',
    ],
    [
      'Two nurses at the Linden clinic spoke to the paper. One nurse, who spoke on condition of anonymity, said the ward was short of staff.',
      'One nurse',
    ],
    [
      'Engineers at Holt Rail said the fault was fixed. One engineer, who did not want to be named, said the problem had recurred twice.',
      'One engineer',
    ],
  ])('flagged: %s', (text, want) => {
    expect(found(text)).toContain(want);
  });

  test.each([
    // no anonymity clause: one of the named body's people, optional
    [
      'According to two editors at the publisher Brindle House, the chapters were flagged in the spring. One editor said the legal team had warned that the passages were risky.',
      'One editor',
    ],
    // a clause that withholds nothing
    [
      'Engineers at Holt Rail said the fault was fixed. One engineer, who joined the firm in May, said the problem had recurred twice.',
      'One engineer',
    ],
    // named in apposition
    [
      'Two nurses at the Linden clinic spoke to the paper. One nurse, Ada Brennan, who asked that her ward not be named, said it was short of staff.',
      'One nurse',
    ],
  ])('not flagged: %s', (text, word) => {
    expect(found(text)).not.toContain(word);
  });
});
