import { describe, expect, test } from 'vitest';
import { seen } from './test-helpers';

// A tabloid (and some trade titles) opens a story with an ordinary word in capitals: "TELLY
// bosses have axed", "TERROR cops raided". The word is no name, so the group is unnamed; an
// acronym ("NATO officials", "FIFA bosses", "NHS staff") stays a named body's people
// (context.ts tabloidCapital).
describe('a tabloid capital opening a story', () => {
  test.each([
    ['TERROR cops raided a flat in east London yesterday.', 'TERROR cops'],
    ['CYBER crooks stole millions from the building society.', 'CYBER crooks'],
    ['GREEDY thieves stole a charity box from a hospice.', 'GREEDY thieves'],
    ['FOOTIE chiefs have banned fans from the final.', 'FOOTIE chiefs'],
    ['FUMING fans have slammed the club over ticket prices.', 'FUMING fans'],
    ['CHEEKY crooks pinched a van from outside the depot.', 'CHEEKY crooks'],
    ['SHAMELESS fraudsters conned pensioners out of their savings.', 'SHAMELESS fraudsters'],
  ])('%s', (text, group) => {
    expect(seen(text, 'unnamed').map((u) => u.text)).toContain(group);
  });

  // the same capitals after the article that opens the story, on a person noun's modifier or
  // on the person noun itself
  test.each([
    ['A PLUMBER who fleeced pensioners out of their savings has been jailed.', 'A PLUMBER'],
    ['A POACHING gang netted salmon worth thousands from the river.', 'A POACHING gang'],
    ['A CROOKED cop who sold secrets to a gang has been jailed.', 'A CROOKED cop'],
  ])('after an opening article: %s', (text, group) => {
    expect(seen(text, 'unnamed').map((u) => u.text)).toContain(group);
  });

  test.each([
    ['CYBER experts said the attack came from abroad.', 'said', 'CYBER experts'],
    ['SOAP bosses said the star had quit.', 'said', 'SOAP bosses'],
  ])('a source: %s', (text, cue, source) => {
    const c = seen(text, 'attribution').find((x) => x.text === cue);
    expect(c).toEqual({ text: cue, source, named: false });
  });

  // acronyms, spoken or spelled, stay names
  test.each([
    'NATO officials said the drills would continue.',
    'FIFA bosses said the final would go ahead.',
    'UEFA officials said the match would be replayed.',
    'NHS chiefs said the ward would close.',
    'OFSTED inspectors said the school was failing.',
    'CERN scientists said the beam was restored.',
    'A FIFA official said the final would go ahead.',
    'An OFCOM spokesman said the complaint was upheld.',
  ])('named: %s', (text) => {
    const c = seen(text, 'attribution').find((x) => x.text === 'said');
    expect(c?.named).not.toBe(false);
  });

  test('an acronym the text writes inside a sentence stays a name', () => {
    const text = 'TORCH officials said the relay would go on. A TORCH spokesman confirmed it.';
    const c = seen(text, 'attribution').find((x) => x.text === 'said');
    expect(c?.named).not.toBe(false);
  });
});
