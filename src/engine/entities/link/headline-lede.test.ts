import { describe, expect, test } from 'vitest';
import { analyze } from '../../analyze';
import type { Named } from '../../types';

/** The namedness of the source of the first cue reading `cue`. */
function namedOf(text: string, cue: string): Named | undefined {
  const f = analyze(text, { kinds: ['attribution'] }).find(
    (x) => text.slice(x.start, x.end) === cue,
  );
  return f?.source?.named;
}

describe("a headline's one source stands for the named source its lede credits", () => {
  test.each([
    // a body's people for the body's document (inspection)
    [
      'Care home rated "poor" as inspectors find medicine errors\n\nThe Willowmere care home in Ashby has been rated poor after inspectors found repeated errors with medicines, according to a report published on Friday by the Social Care Standards Board.\n\nThe home said it was making changes.',
      'find',
    ],
    // a panel for the named panel's report (science)
    [
      'Coral reefs could be lost by 2070, panel warns\n\nMost reefs off the Karrow coast will die within fifty years unless waters cool, according to a report released on Tuesday by the Coastal Ecology Assessment Panel.\n\nThe report ran to 400 pages.',
      'warns',
    ],
    // a court's judges for the court (law)
    [
      'Drivers are employees, not contractors, appeal judges rule\n\nThe Court of Appeal has ruled that drivers for the delivery firm Quickvan are employees entitled to holiday pay.\n\nQuickvan said it would study the ruling.',
      'rule',
    ],
    // a document for its named issuer's document (health statistics)
    [
      'Measles jab uptake falls in coastal towns, ministry data show\n\nFewer than four in five toddlers in the coastal districts have had both measles doses, according to figures published by the Ministry of Health on Monday.\n\nDoctors blamed long travel times.',
      'show',
    ],
    // a person for the named person with the same title (politics)
    [
      "Transport minister unveils plan for night buses\n\nKelmar's transport minister Ruth Anand unveiled a plan on Monday to run buses through the night in the four largest cities.\n\nUnions welcomed it.",
      'unveils',
    ],
  ])('%s', (text, cue) => {
    expect(namedOf(text, cue)).not.toBe(false);
  });

  test.each([
    // a lay group is not the council, company or airline it speaks about
    [
      'Residents vow to fight plan for 200 homes\n\nThe Harlow District Council approved plans for 200 homes on the edge of Millbeck, Councillor Joan Pyke said on Tuesday.\n\nA petition has 900 names.',
      'vow',
    ],
    [
      'Passengers say jet lost cabin pressure\n\nA flight from Orrin to Tessport made an emergency descent on Sunday, the airline Skyhop said.\n\nNo one was hurt.',
      'say',
    ],
    // a headline's anonymous source stays one
    [
      'Brannel Foods in talks to buy rival, sources say\n\nBrannel Foods is in advanced talks to buy the snack maker Crispo, Brannel said in a statement.\n\nNo price was given.',
      'say',
    ],
    // a lede that rests on sources who say how they know: the headline's document is theirs
    [
      'Secret review says spy agency missed warnings\n\nThe National Intelligence Office concluded in a secret review that warnings were missed, according to officials briefed on the matter.\n\nThe office declined to comment.',
      'says',
    ],
    // a company's word is no public body
    [
      'Operator says strike is unnecessary\n\nDockworkers walked out on Monday, the Harbour Workers Union said.\n\nTalks resume on Friday.',
      'says',
    ],
    // a public body's word is no company
    [
      'Union says pay talks have stalled\n\nTalks over pay at the depot have stalled, the haulier Rowan Freight said on Monday.\n\nNo new date was set.',
      'says',
    ],
  ])('%s', (text, cue) => {
    expect(namedOf(text, cue)).toBe(false);
  });
});
