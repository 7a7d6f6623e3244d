import { describe, expect, test } from 'vitest';
import { spans } from '../test-helpers';

describe('people new to the story who are charged, held or sought act', () => {
  test.each([
    ['Police have charged a local councillor with fraud.', 'a local councillor'],
    [
      'A prosecutor has charged six jockeys and two trainers in a race-fixing case.',
      'two trainers',
    ],
    [
      'Prosecutors were preparing charges against a former customs inspector.',
      'a former customs inspector',
    ],
    ['Prosecutors have also sought the extradition of a second suspect.', 'a second suspect'],
    [
      'A court in Orsa sentenced 11 members of a smuggling ring to prison.',
      'members of a smuggling ring',
    ],
    // steps of custody that only a suspect undergoes
    ['A third, a 52-year-old man, was bailed pending further enquiries.', 'a 52-year-old man'],
    ['Two teenage boys were remanded in custody until Friday.', 'Two teenage boys'],
    ['Two bakers were bailed pending further enquiries.', 'Two bakers'],
    ['A security guard was remanded in custody.', 'A security guard'],
    ['A second woman was questioned on suspicion of assault.', 'A second woman'],
    ['Three other men were released without charge, police said.', 'Three other men'],
    ['A local man has been quizzed over the fire.', 'A local man'],
    ['Another, a man from Kelm, was released on bail.', 'a man from Kelm'],
    // an arrest in headline words
    ['Police quiz two men over arson attack\n\nA fire was started on Friday.', 'two men'],
    // the person a manhunt seeks
    ['Detectives are hunting for a second man who fled on foot.', 'a second man'],
    ['Officers have launched an appeal to trace a man seen near the shop.', 'a man'],
    ['Police spent a week tracking down two men in a grey van.', 'two men'],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed').join(' | ')).toContain(want);
  });

  test.each([
    // a charge for money, and a definite phrase a single sentence gives no antecedent for
    ['The firm charged 300 customers twice.', 'customers'],
    ['Police have charged the councillor with fraud.', 'councillor'],
    // a witness questioned, a hostage released
    ['Two local women were questioned by reporters outside.', 'women'],
    ['Three foreign workers were released on Tuesday.', 'workers'],
    ['A third, a local woman, was treated in hospital.', 'woman'],
    // holding talks with someone is no arrest, and holding outside a headline is no arrest
    ['She said she would hold a man to his word.', 'a man'],
    ['The family will hold a wake for the man.', 'the man'],
    // looking for someone to hire is no manhunt
    ['The shop is looking for a woman to run the till.', 'woman'],
  ])('not: %s', (text, word) => {
    expect(spans(text, 'unnamed').join(' | ')).not.toContain(word);
  });

  test('an arrest in headline words: "cops hold man"', () => {
    const text =
      'KNIFE HORROR: Barman stabbed as cops hold man, 24\n\nA fight broke out on Friday.';
    expect(spans(text, 'unnamed')).toContain('man');
  });
});
