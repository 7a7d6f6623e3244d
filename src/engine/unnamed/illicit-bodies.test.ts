import { describe, expect, test } from 'vitest';
import { spans } from '../test-helpers';

describe('a criminal body no name in the text is stays unnamed however definite', () => {
  test.each([
    ['Detectives believe the gang is operating from a farm near the border.', 'the gang'],
    ['A customs officer said the cartel had bribed port staff for years.', 'the cartel'],
    ['One resident said: "The gangs are running the estate now."', 'The gangs'],
    ['Investigators say the syndicate laundered the money through car dealers.', 'the syndicate'],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed')).toContain(want);
  });

  test.each([
    // named before, by a name right before the noun or by a name with the noun in it
    ['Members of the Red Hand gang were jailed. The gang had run the port for years.', 'The gang'],
    [
      'The Sorrel Cartel controls the coast. Police say the cartel paid officials to look away.',
      'the cartel',
    ],
    // not acting
    ['Police said the gang had been dismantled.', 'the gang'],
  ])('not: %s', (text, word) => {
    expect(spans(text, 'unnamed')).not.toContain(word);
  });
});
