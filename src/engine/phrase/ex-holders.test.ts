import { describe, expect, test } from 'vitest';
import { analyze } from '../index';

const unnamed = (text: string): string[] =>
  analyze(text)
    .filter((f) => f.kind === 'unnamed')
    .map((f) => text.slice(f.start, f.end));

// Tabloids and sports desks write "ex-" for "former": "one ex-employee", "an ex-cop", "an
// ex-minister". The word after `ex-` gives the person's class; only the listed "ex-wife",
// "ex-boyfriend" were people before.
describe('an ex- holder is a person of the class of the word after ex-', () => {
  test.each([
    ['One ex-employee told The Flare: "We called them the ghost girls."', 'One ex-employee'],
    ['An ex-staffer said the show had been chaos for months.', 'An ex-staffer'],
    ['The deal is close, an ex-minister said.', 'an ex-minister'],
    ['According to an ex-soldier, the unit was disbanded in May.', 'an ex-soldier'],
  ])('%s', (text, phrase) => {
    expect(unnamed(text)).toContain(phrase);
  });

  test('a definite ex- office-holder and a thing stay quiet', () => {
    expect(unnamed('The ex-president visited the town on Monday.')).toEqual([]);
    expect(unnamed('The ex-factory price rose by 4 percent, the company said.')).toEqual([]);
  });
});
