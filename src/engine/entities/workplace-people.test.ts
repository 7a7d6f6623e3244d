/**
 * Who is of a named body (decision 122 of the labelled sets): a body whose name ends in its line of
 * business or its site (`Dalesway Buses`, `Lindenbrook House`, `Station Road Surgery`) is an
 * organisation, not a person; a person at one of the named body's workplaces (`a sergeant at the
 * station`, `a worker from the complex`) or on a unit one serves on (`a former nurse on the unit`)
 * is a person of that body, a source named in part; not those who only come to the place
 * (`paramedics at the airport`, `a suspect at the complex`), and not a workplace of no named body.
 * Every sentence is invented.
 */
import { describe, expect, test } from 'vitest';
import { analyze } from '../analyze';
import { cueSource } from '../test-helpers';

/** The entity type of the source of the first cue reading `cue`. */
function sourceType(text: string, cue: string): unknown {
  const f = analyze(text, { kinds: ['attribution'] }).find(
    (g) => text.slice(g.start, g.end) === cue,
  );
  return f?.source?.type;
}

describe('a name ending in a line of business or a site is an organisation', () => {
  test.each([
    ['Dalesway Buses said the route could not survive without a subsidy.', 'said'],
    ['Marrow Ferries confirmed that two sailings had been cancelled.', 'confirmed'],
    ['Brightcombe Homes told tenants that the damp was their fault.', 'told'],
    ['Ashgrove Care denied that agency staff had spread the virus.', 'denied'],
    ['Hallam Quarry said the gantry had passed its last inspection.', 'said'],
    ['Kellerby House said all residents had been tested.', 'said'],
    ['Orchard Lane Surgery said it could no longer recruit doctors.', 'said'],
    ['Pennock Dairy admitted that the milk had been mislabelled.', 'admitted'],
  ])('%s', (text, cue) => {
    expect(sourceType(text, cue)).toBe('organisation');
  });

  test.each([
    // a person's name whose surname is also a word for a place (`Hall`) stays a person
    ['Jerry Hall said the plan was a mistake.', 'said'],
    ['Anna Mills said the plan was a mistake.', 'said'],
  ])('%s', (text, cue) => {
    expect(sourceType(text, cue)).toBe('person');
  });
});

describe("a person at a named body's workplace is of that body", () => {
  test.each([
    [
      'Officers of the Carrick Constabulary altered the records. A serving sergeant at the station said the culture was toxic.',
      'said',
      'A serving sergeant at the station',
    ],
    [
      'Greystone Aggregates is cooperating with the inquiry. A former manager at the quarry said staffing had been cut.',
      'said',
      'A former manager at the quarry',
    ],
    [
      'Groenhof Produce checks every permit, its director insists. A seasonal worker from the complex said supervisors had warned staff.',
      'said',
      'A seasonal worker from the complex',
    ],
    [
      'Fenwick Foods closed two stores last year. A cashier at the store said the tills had been short for months.',
      'said',
      'A cashier at the store',
    ],
    [
      'Lindenbrook House confirmed the outbreak on Monday. A care worker at the home said staff were exhausted.',
      'said',
      'A care worker at the home',
    ],
    [
      'Skyrail Airways moved its flights to the north terminal. A baggage handler at the terminal said the drone had been seen twice.',
      'said',
      'A baggage handler at the terminal',
    ],
  ])('%s', (text, cue, source) => {
    expect(cueSource(text, cue)?.slice(0, 2)).toEqual([source, 'partial']);
  });

  test.each([
    // no body named: a site of no one the story names
    [
      'A fire broke out at a quarry near Kelm on Sunday. A worker at the quarry said the alarms had failed.',
      'said',
      'A worker at the quarry',
    ],
    // responders and suspects come to the place, they are not its body's people
    [
      'Kestrel Field Airport closed its runway for two hours. Paramedics at the airport said two passengers were hurt.',
      'said',
      'Paramedics at the airport',
    ],
    [
      'Halvern Logistics runs the depot. Detectives at the station said a man had been arrested.',
      'said',
      'Detectives at the station',
    ],
    // the outlet that saw the documents is no body the workplace refers to
    [
      'According to emails seen by The Harbour Courier, two cashiers at the store said the tills were short.',
      'said',
      'two cashiers at the store',
    ],
  ])('%s', (text, cue, source) => {
    expect(cueSource(text, cue)?.slice(0, 2)).toEqual([source, false]);
  });
});

describe('a person on a unit of a named body is of that body', () => {
  test.each([
    [
      'Patients on a mental health ward at Brackenridge Hospital were locked in their rooms, a former nurse on the unit has alleged.',
      'has alleged',
      'a former nurse on the unit',
    ],
    [
      'The Kelby Rowing Club sacked its coach on Monday. A member on the committee said the vote had been unanimous.',
      'said',
      'A member on the committee',
    ],
    [
      'Tarrow Energy will build the turbines. One engineer on the project said the schedule was impossible.',
      'said',
      'One engineer on the project',
    ],
    [
      'Northfield Health Trust runs the hospital. Two nurses on the ward said staff were exhausted.',
      'said',
      'Two nurses on the ward',
    ],
    [
      'Marlow Pictures is making the series. A runner on the show said filming had stopped twice.',
      'said',
      'A runner on the show',
    ],
  ])('%s', (text, cue, source) => {
    expect(cueSource(text, cue)?.slice(0, 2)).toEqual([source, 'partial']);
  });

  test.each([
    // `on` a topic or a place is no unit of a body
    [
      'Marlow Pictures is making the series. An expert on the subject said the budget was small.',
      'said',
      'An expert on the subject',
    ],
    [
      'Tarrow Energy will build the turbines. Residents on the island said the noise would be unbearable.',
      'said',
      'Residents on the island',
    ],
  ])('%s', (text, cue, source) => {
    expect(cueSource(text, cue)?.slice(0, 2)).toEqual([source, false]);
  });
});
