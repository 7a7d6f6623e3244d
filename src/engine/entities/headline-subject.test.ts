import { describe, expect, test } from 'vitest';
import { analyze } from '../analyze';
import type { Named } from '../types';

/** The namedness of the source of the first cue reading `cue`. */
function namedOf(text: string, cue: string): Named | undefined {
  const f = analyze(text, { kinds: ['attribution'] }).find(
    (x) => text.slice(x.start, x.end) === cue,
  );
  return f?.source?.named;
}

describe("a headline's one-word subject is the body its story's first sentence names", () => {
  test.each([
    // a public body for a public body the lede credits
    [
      'Mine Collapse Kills Two, Agency Says\n\nTwo workers died when a tunnel collapsed at a copper mine on Monday, the Delmar Mining Safety Authority said.\n\nRescuers worked through the night.',
      'Says',
      true,
    ],
    // a word of no known kind for whatever named source the lede credits first
    [
      'Tribe says it was ignored over dam plans\n\nThe Orrin Valley Band said on Monday it was not consulted before the dam was approved.\n\nThe vote was close.',
      'says',
      true,
    ],
    // the body that opens the lede, though no cue credits it there
    [
      'Regulator says Kelm Water broke leak rules\n\nThe Northern Water Regulation Authority has fined Kelm Water Ltd for failing to report leaks.\n\nThe penalty was the largest this year.',
      'says',
      true,
    ],
    // people of a body: named in part
    [
      "Deputies Say Driver Fled After Crash\n\nA driver fled on foot after crashing into a parked car late Sunday, the Orrin County Sheriff's Office said.\n\nNo one was hurt.",
      'Say',
      'partial',
    ],
  ])('%s', (text, cue, named) => {
    expect(namedOf(text, cue)).toBe(named);
  });

  test.each([
    // a union is no company
    [
      'Union Says Talks Have Stalled\n\nTalks over pay at the port have stalled, Harbour Logistics Ltd said on Monday.\n\nThe company gave no details.',
      'Says',
    ],
    // a company is no public body
    [
      'Company says sales fell\n\nThe Northern Water Regulation Authority has fined Kelm Water Ltd for failing to report leaks.\n\nThe penalty was the largest this year.',
      'says',
    ],
    // residents are no body's people
    [
      'Residents Say Water Tastes Odd\n\nResidents of a Kelm estate say their tap water has tasted of chlorine for weeks, the Kelm Water Company said.\n\nThe firm is testing it.',
      'Say',
    ],
    // the lede opens with no body
    [
      'Floods Likely, Agency Says\n\nHeavy rain is expected across the north this week, forecasters said.\n\nRivers are already high.',
      'Says',
    ],
  ])('%s stays unnamed', (text, cue) => {
    expect(namedOf(text, cue)).toBe(false);
  });
});

describe("a headline's researchers are the authors of the named study the story cites", () => {
  test.each([
    [
      'Oldest Wreck in the North Sea, Archaeologists Say\n\nA wreck found off Kessel is 2,900 years old, according to a study published Wednesday in the journal Maritime Archaeology.\n\nThe archaeologists say the ship was a trader.',
      'partial',
    ],
    [
      'Bees Are Declining, Scientists Say\n\nBee numbers have halved, according to a study published on Monday in the Journal of Insect Ecology.\n\nThe scientists said pesticides were to blame.',
      'partial',
    ],
    // no study: the scientists stay unnamed
    [
      'Bees Are Declining, Scientists Say\n\nBee numbers have halved in a decade, a charity said on Monday.\n\nThe scientists said pesticides were to blame.',
      false,
    ],
  ])('%s', (text, named) => {
    expect(namedOf(text, 'Say')).toBe(named);
    expect(
      namedOf(text, / say | said /.exec(text.slice(text.lastIndexOf('The ')))![0]!.trim()),
    ).toBe(named);
  });
});
