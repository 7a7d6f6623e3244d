import { describe, expect, test } from 'vitest';
import { spans } from '../test-helpers';

describe('a person known through a possessive owner who acts is unnamed (decisions 6, 67)', () => {
  test.each([
    ["The band's drummer has reportedly quit the tour.", "The band's drummer"],
    ['Both sides had been pressed by their foreign sponsors to sign.', 'their foreign sponsors'],
    [
      "According to the ruling, the tenant's doctor linked the asthma to the damp.",
      "the tenant's doctor",
    ],
    ['She scored lower than her tutors had predicted.', 'her tutors'],
    ['The decline was logged by his students over three summers.', 'his students'],
    ['Rebels and their militia allies burned the villages in 2004.', 'their militia allies'],
    ["The novel's translator has since withdrawn from the festival.", "The novel's translator"],
    ['The singer was let down by her bandmates, who missed the show.', 'her bandmates'],
    ["The mayor's critics have long blamed him for the deficit.", "The mayor's critics"],
    // a publication's source is whom it relied on, not one of its own people
    ['The broadcaster stood by its source after the denial.', 'its source'],
    ['The magazine stood by its sources despite the denials.', 'its sources'],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed')).toContain(want);
  });

  test.each([
    // relatives and friends who only live their lives in the story
    'Her father played the fiddle at weddings.',
    'The flat was owned by her partner until 2019.',
    'She is survived by her son and two grandchildren.',
    // the owner's own people, and a representative's client
    'The ministry said its troops had advanced overnight.',
    'The ministry said its staff had worked through the night.',
    "Kessler's lawyer said his client had done nothing wrong.",
    // a title of the owner's body, a place's people, a device
    'Insiders claim its chief executive ignored the warnings.',
    "The island's 140 residents have learned to order early.",
    "The console's controller has not changed since the last model.",
    // the writer's own, and the people a named author leads
    "My great-grandfather's grandfather carved the first mask.",
    'Kethireddy and her colleagues wrote that the crows remembered faces.',
    // a name in apposition identifies the person
    'His brother, Tom Reyes, said the family was shocked.',
  ])('not: %s', (text) => {
    // (the sentence's other people may be flagged on their own)
    expect(spans(text, 'unnamed').filter((u) => /\b(his|her|its|my)\b|'s /i.test(u))).toEqual([]);
  });
});
