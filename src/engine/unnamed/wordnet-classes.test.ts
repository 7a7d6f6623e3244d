/**
 * WordNet's lower-priority classes (src/engine/lexicon/wordnet.json, made by
 * scripts/wordnet-lexicon.ts): a head noun in no hand-written class whose commonest WordNet sense
 * is a person is a person noun, and passes the same gates a hand-written one does (ANNOTATION.md's
 * unnamed actor "acts, speaks or is relied on"); a verb in no hand-written list whose commonest
 * sense is a deed is an act verb. The sentences are invented; each noun and verb here is in no
 * hand-written list, so each `unnamed` below fails without the WordNet lists.
 */
import { describe, expect, test } from 'vitest';
import actorNouns from '../lexicon/actor-nouns.json';
import ruleWords from '../lexicon/rule-words.json';
import wordnet from '../lexicon/wordnet.json';
import { spans } from '../test-helpers';

describe('a person noun only WordNet lists is a person as a source or an actor', () => {
  test.each([
    ['A parson who saw the crash said the lane was too narrow.', 'A parson'],
    ['Two grocers in the market said prices had doubled.', 'Two grocers in the market'],
    ['Several stockholders blocked the sale at the meeting on Friday.', 'Several stockholders'],
    ['The storm hit on Monday. Homesteaders cleared the road themselves.', 'Homesteaders'],
    [
      'According to a herpetologist at the zoo, the snake was harmless.',
      'a herpetologist at the zoo',
    ],
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

describe('a verb only WordNet lists as a deed makes its person subject an actor', () => {
  test.each([
    ['The storm hit on Monday. Neighbours carved a path through the drifts.', 'Neighbours'],
    ['Two pensioners quarrelled with stewards at the gate on Saturday.', 'Two pensioners'],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed')).toContain(want);
  });
});

describe('the hand-written lexicons win: WordNet adds only words they lack', () => {
  const hand = new Set(Object.values(actorNouns).flat());
  const handVerbs = new Set([
    ...ruleWords.verbActs,
    ...ruleWords.groupActs,
    ...ruleWords.verbStates,
    ...ruleWords.verbNeither,
  ]);
  test('no WordNet noun is in a hand-written class', () => {
    const nouns = wordnet.persons;
    expect(nouns.filter((w) => hand.has(w))).toEqual([]);
  });
  test('no WordNet verb is in a hand-written list', () => {
    const verbs = wordnet.verbActs;
    expect(verbs.filter((w) => handVerbs.has(w))).toEqual([]);
  });
});
