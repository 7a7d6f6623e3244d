/**
 * Session 26's desk probe (scripts/probe-cues-desks.ts): questioning someone in a hearing or an
 * interview about a stated topic is a question with content, a required cue (decisions 112, 131,
 * 152, 168: "confronted senior officers over", "Residents press police over", "grilled over
 * missing ballots"), its questioner the source; a bare participle ("Pressed on the delays,", the
 * headline "Chief Executive Grilled Over") has none. Without a topic the verbs are physical or
 * of another family, and a time, a medium or a place after the preposition is no topic.
 */
import { describe, expect, test } from 'vitest';
import { seen, sourceText, spans } from '../../test-helpers';

describe('questioning someone over a topic', () => {
  test.each([
    ['MPs grilled the chief executive over the missing ballots.', 'grilled', 'MPs'],
    ['Analysts pressed the executives on the company debt.', 'pressed', 'Analysts'],
    ['Reporters quizzed the minister about the delays.', 'quizzed', 'Reporters'],
    ['Ana Ruiz challenged him over the costs.', 'challenged', 'Ana Ruiz'],
    ['Residents confronted the police chief over a run of burglaries.', 'confronted', 'Residents'],
    [
      'The committee has questioned the mayor about the contract.',
      'has questioned',
      'The committee',
    ],
    ['Opposition MPs grill the minister over the cuts every week.', 'grill', 'Opposition MPs'],
    ['The lawyer cross-examined the witness about the meeting.', 'cross-examined', 'The lawyer'],
    ['The chief executive was grilled over the losses by MPs.', 'grilled', 'MPs'],
    ['The mayor was criticised over the delays by residents.', 'criticised', 'residents'],
  ])('%s', (text, cue, source) => {
    expect(sourceText(text, cue)).toBe(source);
  });

  test.each([
    ['The chief executive was quizzed about the losses for three hours.', 'quizzed'],
    ['Pressed on the delays, Ruiz said the count was sound.', 'Pressed'],
    ['When challenged over the costs, Ruiz said nothing had changed.', 'challenged'],
    ['Electoral Chief Grilled Over Missing Ballots\n\nThe hearing lasted three hours.', 'Grilled'],
  ])('with no source: %s', (text, cue) => {
    expect(sourceText(text, cue)).toBeNull();
  });

  test('a council press officer is one person, the council no repeat', () => {
    const text = 'A council press officer said it was fine. The council should think again.';
    expect(seen(text, 'unnamed').map((s) => s.text)).toEqual(['A council press officer']);
  });

  test.each([
    'He grilled the fish over charcoal.',
    'She pressed the button on the wall.',
    'Police questioned the driver on Tuesday.',
    'She was questioned over the phone.',
    'The striker was challenged on the edge of the box.',
    'Officers questioned about 40 people.',
    'The minister was pressed into service.',
  ])('no cue in %j', (text) => {
    expect(spans(text, 'attribution')).toEqual([]);
  });
});
