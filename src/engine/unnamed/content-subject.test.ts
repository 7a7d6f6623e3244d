import { describe, expect, test } from 'vitest';
import { spans } from '../test-helpers';

describe('people who act in the content of a claim, or counted people who act', () => {
  test.each([
    [
      'A former aide said several senior staffers had threatened to resign.',
      'several senior staffers',
    ],
    [
      'The lawsuit alleges that two supervisors ordered workers to skip safety checks.',
      'two supervisors',
    ],
    ['One resident said a neighbour had called the council twice about the smell.', 'a neighbour'],
    ['Organisers said protesters blocked the motorway for three hours on Saturday.', 'protesters'],
    [
      'Two people present said the meeting ended abruptly when a board member walked out.',
      'a board member',
    ],
    [
      'According to people briefed on the talks, some lenders have refused to extend the deadline.',
      'some lenders',
    ],
    ['A club source claimed several players had complained to the owner.', 'several players'],
    ['The landlord said guests had smashed two windows.', 'guests'],
    [
      'The report found that political appointees had rewritten the guidance.',
      'political appointees',
    ],
    // parties the lexicon does not list, by the shape of a person noun
    ['A lender briefed on the talks said creditors were organising a committee.', 'creditors'],
    ['One villager said fighters had torched the granary before dawn.', 'fighters'],
    // what they were doing or ready to do at the time
    ['A person close to the club said negotiators were finalising the fee.', 'negotiators'],
    [
      'Two staff members told the paper that inspectors had been ready to close the plant.',
      'inspectors',
    ],
    // a second content clause of the same cue
    [
      'An engineer said the tests had failed, but that supervisors ignored the warnings.',
      'supervisors',
    ],
    // a workforce's members are the workforce, bare like "staff" (decision 65)
    ['A passenger said crew members had worked through the night.', 'crew members'],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed')).toContain(want);
  });

  test.each([
    // a class in general, a forecast or a wish: no particular act
    ['The airline said customers want cheaper fares.', 'customers'],
    ['Analysts said investors would buy the shares.', 'investors'],
    ['The report said teachers are leaving the profession in record numbers.', 'teachers'],
    // acted upon or undergoing, not acting
    ['The council said residents were moved to a school hall overnight.', 'residents'],
    ['Officials said two passengers died at the scene.', 'passengers'],
    ['Campaigners said locals felt betrayed by the decision.', 'locals'],
    // the people of the body the story is about, given by a possessive (bare, "crew members"
    // are a workforce like "staff", which carries no body: decision 65), or a statistic
    ['The airline said its crew members had followed every procedure.', 'crew'],
    ['The shelter said 150 people had arrived by noon.', 'people'],
    ['The shelter said about 150 people had arrived by noon.', 'people'],
    // no cue: a bare plural in a general statement is not the content of a claim (one that did
    // something, "Players trained in the rain on Tuesday", is an unnamed actor: decision 65)
    ['Players train in the rain on Tuesdays.', 'Players'],
    // a headline's passive, a supposition, a possession, a wait
    ['Two Jockeys Banned Over Betting Scandal', 'Jockeys'],
    ['Staff were told that if a pupil had a fever, they should call home.', 'pupil'],
    ['The crowd cheered, and several hundred fans had waited since dawn.', 'fans'],
    // what befell them, a state, a duty, or a trend in the present
    ['The report said borrowers were struggling with higher rates.', 'borrowers'],
    ['Officials said climbers were missing after the avalanche.', 'climbers'],
    ['She said teachers were exhausted after the inspection.', 'teachers'],
    ['The coach said defenders have a duty to track back.', 'defenders'],
    ['A source said bondholders were told to expect a haircut.', 'bondholders'],
  ])('not: %s', (text, word) => {
    expect(spans(text, 'unnamed').join(' | ')).not.toContain(word);
  });
});

// The outlet told may bear a name that is also a reporting verb's form ("The Herald", "The
// Express"): the content after it is still the cue's (toldWhom in content-subject.ts).
describe('content after an outlet told whose name is a verb', () => {
  test.each([['A former guard told The Herald that staff routinely ignored the alarms.', 'staff']])(
    '%s',
    (text, want) => {
      expect(spans(text, 'unnamed')).toContain(want);
    },
  );
});
