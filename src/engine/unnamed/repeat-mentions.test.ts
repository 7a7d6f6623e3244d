import { describe, expect, test } from 'vitest';
import { spans } from '../test-helpers';

describe('a definite body noun repeating an unnamed one is unnamed again (decision 7)', () => {
  test.each([
    [
      'Investigators linked the breach to a criminal syndicate. The syndicate is believed to operate from abroad.',
      'The syndicate',
    ],
    [
      'The bid came from a foreign pension fund, which the person declined to name. The fund is thought to have offered more.',
      'The fund',
    ],
    [
      'Customs officers said the smuggler had been paid by a trafficking network. The network is believed to be run from the coast, one officer said.',
      'The network',
    ],
    [
      'A group of residents blocked the road on Monday. Engineers said the group had refused to move.',
      'the group',
    ],
    [
      'A smuggling gang used the port for years. Police said the gang had bribed two clerks.',
      'the gang',
    ],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed')).toContain(want);
  });

  test.each([
    // a named antecedent of the head
    'Acme Freight shipped the parts late. The company declined to comment.',
    // a body the story names between the two mentions, described by a body noun
    'Officials blamed a criminal group based abroad. Experts said the attack bore the marks of Red Lantern, a gang that targets hospitals. The group demands ransoms in cryptocurrency.',
    // a body acted on, not acting
    'The deal was struck with a little-known company in March. The minister had no stake in the company.',
    // a market crowd in general
    'In a cash merger a group of shareholders may object. Then the shareholders receive the cash.',
    // a document or a newspaper: `paper`
    'A draft options paper sets out four plans. The paper is understood to have been circulated to managers.',
  ])('not: %s', (text) => {
    expect(spans(text, 'unnamed').filter((u) => /^the /i.test(u))).toEqual([]);
  });
});

describe('a whole people by its proper name is not a repeat of an unnamed group', () => {
  test.each([
    [
      "Grief is growing among the country's indigenous people, who regard whales as their ancestors. They want to return to their families, the Māori people.",
      'the Māori people',
    ],
    [
      'Many people in the valley say the river is sacred. Elders say the Sami people have fished it for centuries.',
      'the Sami people',
    ],
    [
      'Some people in the town said the dam would flood their land. The Kurdish people have opposed it for years, they said.',
      'The Kurdish people',
    ],
    [
      'People living by the park said the fence cut them off from the forest. The Batwa people were moved out in 1991, they said.',
      'The Batwa people',
    ],
    [
      'Local people believe the island belongs to them. Officials said the Chagossian people would be consulted.',
      'the Chagossian people',
    ],
  ])('%s', (text, phrase) => {
    expect(spans(text, 'unnamed')).not.toContain(phrase);
  });

  test('a repeat of the people as an unnamed group stays flagged', () => {
    expect(
      spans(
        'Some people who live near the plant said they had been ill. The people said the water smelled of fuel.',
        'unnamed',
      ),
    ).toContain('The people');
  });
});
