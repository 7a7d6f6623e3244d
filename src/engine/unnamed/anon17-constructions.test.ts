/**
 * Unnamed actors the anon sentence sets and passages of several writers missed (session 17): a
 * bare plural group of people that did something (decisions 72 and 85), people placed by a body
 * they attend or use (decision 80), a document with no issuer that opens its sentence as the
 * subject of a cue past where it came from (decisions 69 and 83), and everyday nouns for people
 * known by a pastime, a tie or what they did. The sentences are invented.
 */
import { describe, expect, test } from 'vitest';
import { spans } from '../test-helpers';

describe('a bare plural group of people that did something', () => {
  test.each([
    ['Spectators threw coins at the referee as he left the pitch.', 'Spectators'],
    ['Neighbours pulled the driver from the burning car.', 'Neighbours'],
    ['Volunteers opened the church hall as a shelter for the night.', 'Volunteers'],
    ['Angry locals blocked the road with tractors on Monday.', 'Angry locals'],
    ['Commuters blocked the tracks at Eastfield station on Monday.', 'Commuters'],
    ['On Sunday, shoppers filmed the fight on their phones.', 'shoppers'],
    ['The lights went out, and passengers forced the doors open.', 'passengers'],
    ['Worshippers at St Anne\u2019s have raised \u00a340,000 to repair the roof.', 'Worshippers'],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed').some((s) => s.startsWith(want))).toBe(true);
  });

  test.each([
    ['Fans love a derby.', 'Fans'],
    ['Residents were evacuated from the tower on Friday.', 'Residents'],
    ['Residents had a right to know what was in the water.', 'Residents'],
    ['Pupils must wear a blazer from September.', 'Pupils'],
    ['A boat carrying migrants capsized off the coast.', 'migrants'],
    ['It was money that pensioners saved a pound at a time.', 'pensioners'],
    ['In the square where, a year ago, farmers sold apples, nothing moves.', 'farmers'],
    ['Relatives gathered at a school in the town.', 'Relatives'],
    ['Students ranked below 100 earn less than the rest.', 'Students'],
    ['Stewards opened the gates early to ease the crush.', 'Stewards'],
    ['In 2019, voters had elected a council led by the Greens.', 'voters'],
  ])('no group that acts: %s', (text, word) => {
    expect(spans(text, 'unnamed').some((s) => s.includes(word))).toBe(false);
  });
});

describe('a conjunction that joins nouns opens no clause', () => {
  test('the second of two coordinated nouns is no group of its own', () => {
    const text = 'A number of the club\u2019s fans and supporters defended the manager.';
    expect(spans(text, 'unnamed')).not.toContain('supporters');
  });
});

describe('a document with no issuer that tells, past where it came from', () => {
  test.each([
    ['Posts circulating online last year falsely claimed the mast caused illness.', 'Posts'],
    ['Tests carried out in March suggest the water is unsafe.', 'Tests'],
    ['Samples taken from the river last week found high levels of nitrate.', 'Samples'],
    ['Posts shared on a parents\u2019 forum wrongly claimed the school would close.', 'Posts'],
    ['A leaflet pushed through doors in the village warned of a "land grab".', 'A leaflet'],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed')).toContain(want);
  });

  test.each([
    'Officials said a leaflet pushed through doors had not been approved.',
    'A report by the Halden Institute found that rents had doubled.',
    'His letter to the council warned of a "land grab".',
    'A letter from Mayor Ann Roe, delivered on Friday, warned of cuts.',
  ])('no document withheld: %s', (text) => {
    expect(spans(text, 'unnamed').filter((s) => /report|letter|leaflet/i.test(s))).toEqual([]);
  });
});

describe('people known by a pastime, a tie or what they did', () => {
  test.each([
    ['A dog walker found the bag in a hedge.', 'A dog walker'],
    [
      'Her former partner, who asked not to be named, said she had been threatened.',
      'Her former partner',
    ],
    ['His ex told the paper he had lied about the money.', 'His ex'],
    ['Pirates seized a cargo ship off the coast, a security firm said.', 'Pirates'],
    ['A heckler shouted abuse at the minister during the speech.', 'A heckler'],
    ['Cattle rustlers stole 40 cows from the farm overnight.', 'Cattle rustlers'],
    ['A mole leaked the draft to the press.', 'A mole'],
    ['A runner found the body on the towpath.', 'A runner'],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed')).toContain(want);
  });

  test.each([
    // (decision 175: a company's partners are placed, not named: "its partners said" is unnamed;
    // a partner named in apposition is not)
    'The company and its partner, Harlow Energy, said the project would go ahead.',
    'Police divers recovered the car from the river.',
  ])('no one withheld: %s', (text) => {
    expect(spans(text, 'unnamed')).toEqual([]);
  });
});

describe('a person the text says it withholds, though no actor by the noun', () => {
  test.each([
    ['The boy, who cannot be named for legal reasons, was remanded in custody.', 'The boy'],
    ['The 15-year-old, who cannot be named for legal reasons, admitted arson.', 'The 15-year-old'],
    ['A girl, who cannot be named, was cautioned by officers.', 'A girl'],
    ['The teenager, who cannot be identified, will be sentenced next month.', 'The teenager'],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed')).toContain(want);
  });

  test.each([
    'The teenager was taken to hospital with minor injuries.',
    'A 34-year-old was treated at the scene.',
    'The victim, who cannot be named for legal reasons, gave evidence from behind a screen.',
    'The performer, whose name has not been released, was airlifted to hospital.',
  ])('no one withheld: %s', (text) => {
    expect(spans(text, 'unnamed')).toEqual([]);
  });
});
