import { describe, expect, test } from 'vitest';
import { spans } from '../test-helpers';

describe('a family that acts is unnamed at every mention (decisions 6, 82)', () => {
  test.each([
    ['A cousin of the pilot said the family had hired a private investigator.', 'the family'],
    ['Neighbours said the family was planning to move abroad after the trial.', 'the family'],
    ["The boy's uncle said the family had written to the school three times.", 'the family'],
    [
      "The pilot's sister said the pilot's family had paid for a second autopsy.",
      "the pilot's family",
    ],
    ['Residents said the families were preparing to sue the landlord.', 'the families'],
    ['A friend of the couple said the family was preparing a lawsuit.', 'the family'],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed')).toContain(want);
  });

  test.each([
    // a family with its own proper name is identified, and so is its later "the family"
    'The Marlow family owns the mill. A spokesman said the family had rejected the offer.',
    'Her cousin said the Ostrander family had rejected the offer.',
    // a family only mentioned: owned, visited, a modifier of another noun
    'The house was owned by the family until 1990.',
    'Police visited the family on Sunday.',
    "A lawyer said the family's home had been searched.",
  ])('%s', (text) => {
    expect(spans(text, 'unnamed')).not.toContain('the family');
    expect(spans(text, 'unnamed')).not.toContain('the Ostrander family');
  });
});

describe('a relative known through another who acts in what a source tells is unnamed', () => {
  test.each([
    ["Guests claimed the host's brother had started the fight.", "the host's brother"],
    [
      "Two neighbours said the tenant's husband had been shouting for an hour.",
      "the tenant's husband",
    ],
    ["Witnesses said the driver's cousin fled before police arrived.", "the driver's cousin"],
    ["The singer's ex-wife is understood to have sold the letters.", "The singer's ex-wife"],
    ["Colleagues said the boxer's stepfather had signed the papers.", "the boxer's stepfather"],
    ["A friend told reporters the victim's nephew had taken the car.", "the victim's nephew"],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed')).toContain(want);
  });

  test.each([
    // relatives who only live their lives, or whom something befalls
    ['Her mother taught piano for thirty years.', 'Her mother'],
    ['She said her husband had died in 2010.', 'her husband'],
    ['He said his wife was a nurse.', 'his wife'],
    // a possessive pronoun's relative or family: mostly the speaker's own
    ['Two neighbours said her husband had been shouting for an hour.', 'her husband'],
    ['A farmer said his family had worked the land for three generations.', 'his family'],
    // a family of a named speaker, a family only placed or feeling, a family described
    ['Ana Forde said the family was planning to move abroad.', 'the family'],
    [
      'The family, who have lived there for years, are said to be staying with relatives.',
      'The family',
    ],
    // (a family's feeling in the writer's voice; told by a relative it is relied on, a stance:
    // family-stance.ts, as set-bh bh02 labels "told reporters the family felt ...")
    ['The family felt relieved when the verdict came.', 'The family'],
    ['The farm is owned by the same family as the mill.', 'the same family'],
    // a relative with a named person, who leads
    ['Officials said Omar Hale and his brother had left the country.', 'his brother'],
    // the widow the story describes, no owner named
    ['Reporters said the widow had left the court in tears.', 'the widow'],
  ])('%s', (text, not) => {
    expect(spans(text, 'unnamed')).not.toContain(not);
  });
});
