import { describe, expect, test } from 'vitest';
import { spans } from '../test-helpers';

describe('people new to the story who are charged, held or sought act', () => {
  test.each([
    ['Police have charged a local councillor with fraud.', 'a local councillor'],
    [
      'A prosecutor has charged six jockeys and two trainers in a race-fixing case.',
      'two trainers',
    ],
    [
      'Prosecutors were preparing charges against a former customs inspector.',
      'a former customs inspector',
    ],
    ['Prosecutors have also sought the extradition of a second suspect.', 'a second suspect'],
    [
      'A court in Orsa sentenced 11 members of a smuggling ring to prison.',
      'members of a smuggling ring',
    ],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed').join(' | ')).toContain(want);
  });

  test.each([
    // a charge for money, and a definite phrase a single sentence gives no antecedent for
    ['The firm charged 300 customers twice.', 'customers'],
    ['Police have charged the councillor with fraud.', 'councillor'],
  ])('not: %s', (text, word) => {
    expect(spans(text, 'unnamed').join(' | ')).not.toContain(word);
  });
});
