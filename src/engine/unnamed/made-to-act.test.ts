import { describe, expect, test } from 'vitest';
import { spans } from '../test-helpers';

// People a past passive makes or sees act (content-subject.ts madeToActSubject): the clause, not
// a list of acting nouns, says they did something the story tells of.

describe('people directed to act in what a source tells', () => {
  test.each([
    ['A former clerk said archivists had been instructed to shred the ledgers.', 'archivists'],
    [
      'An engineer who quit last year said technicians were ordered to skip the checks.',
      'technicians',
    ],
    ['One driver said dispatchers were pressured to hide the delays.', 'dispatchers'],
    [
      'A nurse on the ward said cleaners had been told to stay away from the isolation rooms.',
      'cleaners',
    ],
    [
      'A retired inspector said junior auditors were discouraged from flagging late payments.',
      'junior auditors',
    ],
    ['A contractor said welders had been urged to sign off on the joints.', 'welders'],
    // a body's workforce, when the speaker does not speak for the body (decision 79)
    ['A former manager said staff had been instructed to delete the emails.', 'staff'],
    ['A firefighter said crews were ordered to stay outside the building.', 'crews'],
    ['An insider said staff were told to stay at home.', 'staff'],
    // past a quote mark before the infinitive's verb
    ['A former cashier said staff were told to "lose" the refund slips.', 'staff'],
    [
      "A porter at the depot, who asked not to be named, said drivers had been ordered to 'skip' the brake checks.",
      'drivers',
    ],
    // past a time before the infinitive
    ['A leaked memo shows cashiers were instructed last year to refuse refunds.', 'cashiers'],
    // told to hold back from an act
    ['A steward said marshals were instructed not to intervene in the fight.', 'marshals'],
    ['One insider said reviewers have been told not to approve the site.', 'reviewers'],
    ['A former clerk said auditors had been urged not to flag the payments.', 'auditors'],
    ['A driver said inspectors were ordered not to stop the lorries.', 'inspectors'],
    ['A nurse said porters had been instructed not to move the beds.', 'porters'],
    // warned off an act is ordered to hold back from it
    ['A guard claimed that cleaners had been warned not to enter the cells.', 'cleaners'],
    ['One caretaker said some tenants were warned not to talk to the council.', 'some tenants'],
    // members of a workforce are the workforce (not a body's membership)
    ['A steward said crew members had been ordered to lock the cabins.', 'crew members'],
    ['One guard claimed staff members were instructed to wipe the footage.', 'staff members'],
    // a body's workforce told not to speak or act, in an unnamed person's words (decision 138:
    // "staff had been told not to speak")
    ['A doctor who asked not to be named said staff had been told not to discuss it.', 'staff'],
    ['A steward said crew members had been told not to discuss the outbreak.', 'crew members'],
    ['A former porter told the paper that staff were ordered not to call the police.', 'staff'],
    // a quotation a cue opens with a colon is what the source tells, as a content clause is
    ['A former cook claimed: "Staff were told to reheat the leftovers."', 'Staff'],
    ["A warehouse worker said: 'Managers were ordered to hide the injury logs.'", 'Managers'],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed')).toContain(want);
  });

  test.each([
    // a present rule, not a particular act
    ['Cleaners are told to wear gloves at all times.', 'Cleaners'],
    // not in what a source tells, and not counted
    ['Residents were told to boil their water.', 'Residents'],
    ['Residents were warned to stay indoors.', 'Residents'],
    // warned of something, not to do it
    ['A guard said inmates were warned of the search.', 'inmates'],
    // the reason a source is granted anonymity, not what the source tells (decision 97)
    [
      'He spoke on condition of anonymity because drivers have been warned not to talk to the press.',
      'drivers',
    ],
    [
      'She asked not to be named because cleaners had been ordered not to speak to reporters.',
      'cleaners',
    ],
    // a request, which may go unheeded
    ['A union official said porters had been asked to cover extra shifts.', 'porters'],
    // a phrase after `to`, not an infinitive
    ['A guard said inmates were ordered to the yard.', 'inmates'],
    // a named speaker's own people (decision 65)
    ['Fire Chief Ann Roe said crews had been ordered to pull back.', 'crews'],
    // a body's own workforce told not to speak, in a named body's or a named person's words: its
    // policy of silence (decision 118)
    ['The trust said staff had been told not to discuss the case.', 'staff'],
    ['Ward manager Ann Roe said staff had been told not to discuss it.', 'staff'],
    // a club's members, who only receive its word: not its workforce
    ['A steward said club members had been ordered to leave the stand.', 'club members'],
    // a colon that opens no quotation of a cue, and a present rule quoted
    ['The rule was simple: staff were told to leave by six.', 'staff'],
    ['A cook explained: "Staff are told to wash their hands."', 'Staff'],
  ])('not: %s', (text, word) => {
    expect(spans(text, 'unnamed')).not.toContain(word);
  });
});

describe('counted people seen or filmed doing something', () => {
  test.each([
    ['Several fans were filmed chanting his name outside the ground.', 'Several fans'],
    ['Two shoppers were seen running from the store.', 'Two shoppers'],
    ['Some of the players were seen arguing with the referee.', 'Some of the players'],
    ['A cyclist was spotted riding the wrong way down the motorway.', 'A cyclist'],
    ['Three protesters were caught spraying paint on the statue.', 'Three protesters'],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed')).toContain(want);
  });

  test.each([
    // what befalls them, not an act
    ['Two climbers were seen clinging to the ledge.', 'Two climbers'],
    // a headline's shorthand
    ['Two Fans Seen Fighting Outside Stadium', 'Two Fans'],
  ])('not: %s', (text, word) => {
    expect(spans(text, 'unnamed')).not.toContain(word);
  });
});

describe('plural people heads beyond an -s ending', () => {
  test.each([
    ['Passers-by pulled the driver from the burning car.', 'Passers-by'],
    ['Passers-by had called an ambulance before the police arrived.', 'Passers-by'],
    ['Local people have organised a food bank for the strikers.', 'Local people'],
    ['Young people marched through the town centre on Saturday.', 'Young people'],
    ['Elderly people stormed the office after the payments stopped.', 'Elderly people'],
    // a body's people named as one, even right after the body is named (decision 65)
    [
      'The Fenwick Hospital Trust apologised. Staff had ignored three alarms, inspectors found.',
      'Staff',
    ],
    ['Crew refused to fly the plane after the engine warning.', 'Crew'],
    ['Security staff dragged the heckler from the hall.', 'Security staff'],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed')).toContain(want);
  });

  test.each([
    // anyone with a condition, not particular people
    ['People with high blood pressure who drank the juice saw a fall in readings.', 'People'],
    // staff who only suffer, receive or must do something, and a named speaker's own staff
    ['Staff were injured when the roof collapsed.', 'Staff'],
    ['Staff received a bonus after the merger.', 'Staff'],
    ['Staff must wear masks on the wards.', 'Staff'],
    ['Dr Ana Lind, the medical director, said staff had worked through the night.', 'staff'],
  ])('not: %s', (text, word) => {
    expect(spans(text, 'unnamed').join(' | ')).not.toContain(word);
  });
});

describe('bare plural agents of a past passive: particles, quote marks, reduced relatives', () => {
  test.each([
    ['He was escorted out by security staff before the vote.', 'security staff'],
    ['The records were sometimes rewritten by senior staff.', 'senior staff'],
    ["The boy had been 'bullied relentlessly' by classmates, his mother said.", 'classmates'],
    ['Samples taken by volunteers in August found high levels of bacteria.', 'volunteers'],
    ['Letters delivered by couriers on Monday had warned of the closure.', 'couriers'],
    ['The fire was put out by neighbours before the crews arrived.', 'neighbours'],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed')).toContain(want);
  });

  test.each([
    // what happens in general: the clause's verb is present
    ['Leaflets handed out by volunteers explain the new rules.', 'volunteers'],
    ['Footage filmed by drivers and posted online shows the queues.', 'drivers'],
    // a present passive
    ['The drug is given by nurses.', 'nurses'],
  ])('not: %s', (text, word) => {
    expect(spans(text, 'unnamed').join(' | ')).not.toContain(word);
  });
});
