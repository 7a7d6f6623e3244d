/**
 * WordNet's nouns that are people in every sense (`wordnet.json`'s `onlyPersons`, made by
 * scripts/wordnet-lexicon.ts; lexicon.ts `onlyPerson`), and the tabloid `mother-of-two`
 * (lexicon.ts `derivedPerson`): person nouns no hand-written class lists, which become
 * candidates and pass or fail the same gates as a listed person noun (ANNOTATION.md's unnamed
 * actor "acts, speaks or is relied on"). The sentences are invented; each `unnamed` below fails
 * without the rule.
 */
import { describe, expect, test } from 'vitest';
import actorNouns from '../lexicon/actor-nouns.json';
import wordnet from '../lexicon/wordnet.json';
import { derivedPerson, onlyPerson } from '../lexicon';
import { spans } from '../test-helpers';

describe('a noun that is a person in every sense is a person as a source or an actor', () => {
  test.each([
    ['A tycoon accused of hiding assets has been hit with a court order.', 'A tycoon'],
    [
      'The count had been checked by an independent adjudicator, the broadcaster said.',
      'an independent adjudicator',
    ],
    ['Police said a schoolteacher had pulled the boy from the water.', 'a schoolteacher'],
    ['The inquiry heard that a newsreader had leaked the script to a rival.', 'a newsreader'],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed')).toContain(want);
  });
});

describe('a parent counted by children is a person', () => {
  test.each([
    ['One witness, a mother-of-two who was walking past, said the men ran off.', 'a mother-of-two'],
    ['Officers said a father-of-three had driven the van.', 'a father-of-three'],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed')).toContain(want);
  });
  test.each(['mother-of-two', 'fathers-of-three', 'grandmother-of-10'])('%s', (w) => {
    expect(derivedPerson(w)).toBe(true);
  });
  // (a match format or a pack is no person)
  test.each(['best-of-three', 'box-of-six', 'one-of-one'])('%s is no person', (w) => {
    expect(derivedPerson(w)).toBe(false);
  });
});

describe('an every-sense person passes no gate a listed person fails', () => {
  test.each([
    // people only harmed stay unlabelled (decisions 102, 121, 125)
    ['Two schoolteachers were injured when the roof collapsed.', 'Two schoolteachers'],
    // an audience only told (decision 41)
    ['The mayor told newsreaders the plan would go ahead.', 'newsreaders'],
  ])('%s', (text, notWant) => {
    expect(spans(text, 'unnamed')).not.toContain(notWant);
  });
});

describe('the list keeps out words that are other parts of speech or other things', () => {
  test.each([
    // singulars and regular plurals of listed words
    ['tycoon', true],
    ['tycoons', true],
    ['schoolteachers', true],
    ['newsreaders', true],
    // adjectives, verbs, comparatives, capitalised lemmas and things
    ['academic', false],
    ['moderate', false],
    ['private', false],
    ['closer', false],
    ['guide', false],
    ['baker', false],
    ['platform', false],
    ['Tycoon', false],
  ])('%s -> %s', (w, want) => {
    expect(onlyPerson(w)).toBe(want);
  });

  // (the lookup is a binary search over the list's words, each word whole: every word is
  // found, and a word cut short or run on by a letter only when the list has it too)
  test('the lookup finds every listed word and no other', () => {
    const list = wordnet.onlyPersons.split(' ');
    const listed = new Set(list);
    expect(list.filter((w) => w.length >= 4 && !onlyPerson(w))).toEqual([]);
    // (no plural shapes, which the lookup reads back to their singular)
    const near = list
      .flatMap((w) => [w.slice(0, -1), `${w}a`, `${w}z`, `a${w}`])
      .filter((w) => w.length >= 4 && !w.endsWith('s') && !w.endsWith('men'));
    expect(near.filter((w) => onlyPerson(w) !== listed.has(w))).toEqual([]);
  });

  test('the list is sorted, singular and in no hand-written class', () => {
    const list = wordnet.onlyPersons.split(' ');
    const hand = new Set(Object.values(actorNouns).flat());
    expect([...list].sort()).toEqual(list);
    expect(list.filter((w) => hand.has(w) || wordnet.persons.includes(w))).toEqual([]);
  });
});
