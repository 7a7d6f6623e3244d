import { describe, expect, test } from 'vitest';
import { spans } from '../test-helpers';

describe('a later member of a coordinated actor phrase', () => {
  test.each([
    [
      'The robber was chased down the street by a shopkeeper and an off-duty paramedic.',
      'an off-duty paramedic',
    ],
    [
      'The intruder was restrained by two stewards and a retired police officer until help came.',
      'a retired police officer',
    ],
    ['He said he was encouraged to apply by his mother and a former coach.', 'a former coach'],
    [
      'The petition, which was drafted by a local teacher and two parents, demands a crossing.',
      'two parents',
    ],
    [
      'The boy was found in the woods by a dog walker and several volunteers on Sunday morning.',
      'several volunteers',
    ],
    [
      'The complaint was filed by a former nurse and a hospital porter, a lawyer said.',
      'a hospital porter',
    ],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed')).toContain(want);
  });

  test.each([
    // no agent before `and`: a list of things, or an object that only receives
    ['The clinic sits by the harbour and a primary school.', 'a primary school'],
    ['The mayor thanked the firefighters and a local charity for their work.', 'a local charity'],
    // a member named by its body is a person of a named body
    [
      'The man was detained by a security guard and two officers from the Kelm Police Department.',
      'two officers',
    ],
    // a pronoun-like quantifier with no noun of its own
    ['The door was opened by a caretaker and another.', 'another'],
  ])('not: %s', (text, word) => {
    expect(spans(text, 'unnamed').join(' | ')).not.toContain(word);
  });
});

describe('not the company someone keeps', () => {
  test.each([
    ['He is survived by his wife and three grandchildren.', 'three grandchildren'],
    ['The singer was photographed leaving, flanked by minders and two friends.', 'two friends'],
    ['She arrived at the gala surrounded by fans and a group of photographers.', 'a group'],
    ['The dog was found by the river and a shed near the farm.', 'a shed'],
  ])('%s', (text, word) => {
    expect(spans(text, 'unnamed').join(' | ')).not.toContain(word);
  });
});

describe('the agent of a passive the lexicon also reads as a state', () => {
  test.each([
    [
      'She said she was convinced to return by her coach and a former teammate.',
      'a former teammate',
    ],
    ['He was persuaded to run by his brother and two local councillors.', 'two local councillors'],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed').join(' | ')).toContain(want);
  });
});

describe('a bare plural beside a bare plural subject that acts', () => {
  test.each([
    ['Parents and teachers protested outside the school gates.', 'teachers'],
    ['Fans and players held a minute’s silence before the match.', 'players'],
    ['Residents and shopkeepers cleared the debris by hand.', 'shopkeepers'],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed')).toContain(want);
  });

  test.each([
    // a count or a group takes both nouns in
    [
      'In a letter, a group of 19 statisticians and neuroscientists argue that the study failed.',
      'neuroscientists',
    ],
    // what befalls them, not an act
    ['Fans and players were injured when the stand collapsed.', 'players'],
    // the company someone keeps
    ['She is survived by a son and grandchildren.', 'grandchildren'],
  ])('not: %s', (text, word) => {
    expect(spans(text, 'unnamed').join(' | ')).not.toContain(word);
  });
});
