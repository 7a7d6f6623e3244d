import { describe, expect, test } from 'vitest';
import { spans } from '../test-helpers';

// Invented sentences: phrases shaped like unnamed actors that withhold no identity, beside
// near-misses that still do.
describe('unnamed: phrases that withhold no identity', () => {
  test.each([
    // the court or jury that hears a trial's evidence is its audience (decision 19)
    ['Mr Holt hid the cash in a freezer, a court has heard.', []],
    ['He never signed the ledger, jurors heard on Tuesday.', []],
    ['The van was stolen two days before the raid, the jury was told.', []],
    ['The climber had ignored a storm warning, an inquest heard yesterday.', []],
    ['A tribunal was told that the nurse had been dismissed without warning.', []],
    // near-misses: a witness the court hears from still acts; a court that rules is a body
    ['A court official said the hearing would resume on Monday.', ['A court official']],
    [
      'The van was stolen, a witness told the jury, according to two people in the gallery.',
      ['a witness', 'two people in the gallery'],
    ],
    // a study placed in a named journal is that journal's (the guideline's settled case)
    [
      'Coastal marshes store more carbon than thought, according to a study published on Friday in the journal Tidal Ecology Letters.',
      [],
    ],
    [
      'A paper in the Annals of Harbour Medicine argues that the drug was never tested on children.',
      [],
    ],
    ['A new study in the Kelvin Review of Economics found that rents had doubled.', []],
    // near-misses: a place or a date is no publication, and a study a paper saw is withheld
    [
      'Teachers work longer hours than they did a decade ago, according to a study in Norway.',
      ['a study in Norway'],
    ],
    [
      'Water levels had fallen sharply, according to a study seen by the Valdora Courier.',
      ['a study'],
    ],
    // "the findings" of a work the story has brought in are that work's
    [
      "The Harbour Schools Office published its report on Monday. Ana Ruiz, who chairs the parents' group, said the findings confirmed their fears.",
      [],
    ],
    [
      'The audit was sent to the board in May. Two staff members asked not to be named because the findings have not been released.',
      ['Two staff members'],
    ],
    // near-miss: results with a source of their own stay
    ['Internal test results show the valve failed twice.', ['Internal test results']],
  ])('%s', (text, expected) => {
    expect(spans(text, 'unnamed')).toEqual(expected);
  });
});

describe('unnamed: a name in apposition after a bare description', () => {
  test.each([
    ['The buyer, private fund Larkspur Holdings, said it would keep all staff.', []],
    [
      'Marlow Rail said it would appeal. Its competitor, the Oster-Vane group, declined to comment.',
      [],
    ],
    ['The winning bidder, listed builder Crestline Homes, told the exchange it had won.', []],
    // near-misses: a name after a verb or a preposition names someone else
    [
      'The buyer, owned by Petra Lind, said it would keep all staff, a person close to the deal said.',
      ['The buyer', 'a person close to the deal'],
    ],
  ])('%s', (text, expected) => {
    expect(spans(text, 'unnamed')).toEqual(expected);
  });
});

describe('unnamed: one phrase, not two, for a compound the scan met twice', () => {
  test.each([
    [
      'Parents said they learned of the inquiry from an anonymous social media post.',
      ['Parents', 'an anonymous social media post'],
    ],
    [
      'The leak was first flagged by an anonymous internet forum user last week.',
      ['an anonymous internet forum user'],
    ],
  ])('%s', (text, expected) => {
    expect(spans(text, 'unnamed')).toEqual(expected);
  });
});

describe('unnamed: a counted definite description of people already known', () => {
  test.each([
    ['It is understood that the two brothers have not spoken since the spring.', []],
    [
      'Tomas Ruiz and Ilya Berg met in 2019. The two men later fell out over money, friends said.',
      ['friends'],
    ],
    ['Asked whether the three women knew each other, the sheriff declined to say.', []],
    // near-misses: a single "the man" may be new to the story, and a counted group new
    [
      'A fellow diner told the paper the man had shouted at staff before he left.',
      ['A fellow diner', 'the man'],
    ],
    ['Two men were arrested on Friday, police said.', ['Two men', 'police']],
  ])('%s', (text, expected) => {
    expect(spans(text, 'unnamed')).toEqual(expected);
  });
});

describe('unnamed: partners a body works with, over the task between', () => {
  test.each([
    ['The board said it was reviewing the contract with outside lawyers.', []],
    ['The regulator is liaising closely with harbour pilots on the new rules.', []],
    ['The trust said it was engaging with the families and would publish its report.', []],
    // near-misses: an issue raised with people is a message they receive, and a source stays
    ['The chief said she had raised the issue with senior managers.', ['senior managers']],
    [
      'The council said it was reviewing the plans, according to two planning officers.',
      ['two planning officers'],
    ],
  ])('%s', (text, expected) => {
    expect(spans(text, 'unnamed')).toEqual(expected);
  });
});

describe('unnamed: people an act or a harm fell on', () => {
  test.each([
    // removed from their posts: the passive's hidden agent acted, not they
    ['Two junior analysts were dismissed last week, the bank said.', []],
    ['Two clerks were replaced after the merger, the council said.', []],
    // but a suspension, leave or stand-down is a disciplinary step, its subject a party under
    // investigation for his own conduct (decision 120; suspended-people.ts)
    ['A deputy was placed on paid leave after the shooting, the sheriff said.', ['A deputy']],
    ['Three supervisors have been stood down while the review continues.', ['Three supervisors']],
    ['Dozens of drivers were laid off in the spring, a union official said.', ['a union official']],
    [
      'Neither would say why the supplier was dropped, two people familiar with the matter said.',
      ['two people familiar with the matter'],
    ],
    // a raising hedge on what befell them
    ['Four villagers are believed to have been killed in the shelling.', []],
    ['Two fishermen are thought to have drowned when the boat capsized.', []],
    [
      'One soldier is reported to have been treated for burns, a hospital source said.',
      ['a hospital source'],
    ],
    // a headline's reduced passive of harm
    ['Soldiers killed in clash on disputed border', []],
    ['Rescuers search for 14 miners trapped after collapse at Korvath mine', []],
    // near-misses: what they did, an accusation (decision 56), a source, a hedge on an act
    [
      'Soldiers killed three villagers in the raid, a rights group said.',
      ['Soldiers', 'a rights group'],
    ],
    ['Gunmen wounded two guards before fleeing, witnesses said.', ['Gunmen', 'witnesses']],
    ['Two officers are believed to have been involved in the assault.', ['Two officers']],
    ['Several guards are said to have complained about the rota.', ['Several guards']],
    ['Two nurses were charged with neglect on Friday.', ['Two nurses']],
    ['A nurse who was fired in March said the ward was understaffed.', ['A nurse']],
    [
      'At least one member of staff is understood to have been suspended.',
      ['At least one member of staff'],
    ],
  ])('%s', (text, expected) => {
    expect(spans(text, 'unnamed')).toEqual(expected);
  });
});

describe("unnamed: a study's authors met with no mention before", () => {
  test.each([
    ['To test the idea, the scientists asked 40 volunteers to sort coloured cards.', []],
    [
      'The researchers then used a brain scanner to time each choice. The results fit what the scientists had predicted, and the scientists said so.',
      [],
    ],
    [
      'A study published on Monday tracked 900 nurses. The authors found that night shifts raised the risk.',
      [],
    ],
    // near-misses: a repeat of researchers the story withholds, an anonymity clause, and other
    // definite groups met first
    [
      'Researchers who asked not to be named said the data was flawed. The researchers said the trial should stop.',
      ['Researchers', 'The researchers'],
    ],
    [
      'The researchers, who spoke on condition of anonymity, said the trial had been halted.',
      ['The researchers'],
    ],
    [
      'The researchers, who asked not to be named, said the trial was halted. The researchers said the data was lost.',
      ['The researchers', 'The researchers'],
    ],
    ['The attackers used a stolen password, the company said.', ['The attackers']],
  ])('%s', (text, expected) => {
    expect(spans(text, 'unnamed')).toEqual(expected);
  });
});

describe('a fan that is a machine is no supporter', () => {
  test.each([
    'Two employees told the paper that a faulty extraction fan had been reported to managers at least twice. One said the fan sounded like a jet engine.',
    "A preliminary check found that the cupboard's extraction fan had failed. A technician told the paper that the fan had been reported as faulty.",
    'Two staff members told the paper that a ceiling fan had been reported to managers in May.',
  ])('%s', (text) => {
    expect(spans(text, 'unnamed').join(' | ')).not.toMatch(/fan/);
  });

  test('a supporter still is', () => {
    expect(
      spans('A Rovers fan who was at the match said the stewards had panicked.', 'unnamed'),
    ).toContain('A Rovers fan');
  });
});

describe('`one` after the, this or that is a pronoun for someone or something known', () => {
  test.each([
    '"Nobody wanted to be the one who asked why," the former clerk said.',
    'Every council says its plan is bold. This one says it louder than most.',
    'Most reviews praise the film; that one says it drags.',
  ])('%s', (text) => {
    expect(spans(text, 'unnamed')).not.toContain('one');
  });

  test('one counted out of a group still is', () => {
    expect(
      spans('Two guards were on duty. One said the gate had been left open.', 'unnamed'),
    ).toContain('One');
  });
});
