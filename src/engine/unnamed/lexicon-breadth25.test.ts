import { describe, expect, test } from 'vitest';
import { spans } from '../test-helpers';

// Person nouns of age, trade, arms and company that were in no class of actor-nouns.json
// (session 25, from scripts/probe-unnamed.ts's misses): each sentence is one the engine missed
// while the word was in no class. `adult`, `youth`, `throng`, `horde` and `posse` join `child`
// and `crowd` among the non-agents (flagged when they act, not when an act befalls them); `adult`
// joins `man` and `teenager` among the plain people, `horde` `crowd` among the collective heads.

describe('people known by their age, trade or service', () => {
  test.each([
    ['An adult said the closure would hurt the town.', 'An adult'],
    ['A youth told reporters the closure would hurt the town.', 'A youth'],
    ['A vet said the closure would hurt the farms.', 'A vet'],
    ['A cook at the hotel described hearing a loud bang.', 'A cook at the hotel'],
    ['Gunners threw stones at police cars on Friday night.', 'Gunners'],
    ['Veterans stormed the building on Tuesday.', 'Veterans'],
    ['Angry seniors blocked the road outside the clinic.', 'Angry seniors'],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed').join(' | ')).toContain(want);
  });
});

describe('crowds that act', () => {
  test.each([
    ['Throngs of fans stormed the pitch after the whistle.', 'Throngs of fans'],
    ['Hordes of shoppers stormed the store when the doors opened.', 'Hordes of shoppers'],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed').join(' | ')).toContain(want);
  });
});

describe('what stays unflagged', () => {
  test.each([
    ['Two adults were injured in the crash.', 'adults'],
    ['The vet was closed on Sunday.', 'vet'],
    ['She will vet the applicants before the interviews.', 'vet'],
    ['He likes to cook for his family.', 'cook'],
    ['Marine life in the bay has recovered, the study found.', 'Marine'],
    ['The growth in marine protected areas is already under way.', 'marine'],
  ])('%s', (text, word) => {
    expect(spans(text, 'unnamed').join(' | ')).not.toContain(word);
  });
});
