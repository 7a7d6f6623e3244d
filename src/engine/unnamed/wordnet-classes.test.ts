/**
 * WordNet's lower-priority classes (src/engine/lexicon/wordnet.json, made by
 * scripts/wordnet-lexicon.ts): a head noun in no hand-written class whose commonest WordNet sense
 * is a person is a person noun, and passes the same gates a hand-written one does (ANNOTATION.md's
 * unnamed actor "acts, speaks or is relied on"). The sentences are invented; each noun here is in
 * no hand-written list, so each `unnamed` below fails without the WordNet list.
 */
import { describe, expect, test } from 'vitest';
import actorNouns from '../lexicon/actor-nouns.json';
import wordnet from '../lexicon/wordnet.json';
import { spans } from '../test-helpers';

describe('a person noun only WordNet lists is a person as a source or an actor', () => {
  test.each([
    ['A parson who saw the crash said the lane was too narrow.', 'A parson'],
    ['Several stockholders blocked the sale at the meeting on Friday.', 'Several stockholders'],
    ['The storm hit on Monday. Homesteaders cleared the road themselves.', 'Homesteaders'],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed')).toContain(want);
  });
});

describe('a person noun only WordNet lists passes no gate a hand-written one fails', () => {
  test.each([
    // victims and people only harmed or counted stay unlabelled (decisions 102, 121, 125)
    ['Two grocers were injured when the roof collapsed.', 'Two grocers'],
    ['Three homesteaders died in the fire.', 'Three homesteaders'],
    // an audience only told (decision 41)
    ['The mayor told stockholders the sale would go ahead.', 'stockholders'],
  ])('%s', (text, notWant) => {
    expect(spans(text, 'unnamed')).not.toContain(notWant);
  });
});

describe('the hand-written lexicons win: WordNet adds only words they lack', () => {
  const hand = new Set(Object.values(actorNouns).flat());
  test('no WordNet noun is in a hand-written class', () => {
    const nouns = wordnet.persons;
    expect(nouns.filter((w) => hand.has(w))).toEqual([]);
  });
});
