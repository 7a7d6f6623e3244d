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

describe('a criminal ring or racket, but not a ring or a racket as a thing or a place', () => {
  test.each([
    ['Detectives believe the ring shipped the stolen cars abroad.', 'the ring'],
    ['One victim said she had paid the racket to find her a flat.', 'the racket'],
    ['Prosecutors say the ring laundered the fees through a travel agency.', 'the ring'],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed')).toContain(want);
  });

  test.each([
    // a thing, a place or a road
    ['She said she had lost the ring on the beach.', 'the ring'],
    ['Dealers standing around the ring said prices had collapsed.', 'the ring'],
    ['Traffic was backed up on the ring road for hours.', 'the ring road'],
    ['He smashed his racket after losing the set.', 'his racket'],
    // named before
    ['The Dock Street ring was broken up in May. The ring had sold fake passes.', 'The ring'],
  ])('not: %s', (text, word) => {
    expect(spans(text, 'unnamed')).not.toContain(word);
  });
});
