/**
 * Foreign news names a state's own bodies by common nouns (session 26's source probe): a named
 * country's state media ("Ostravan state television", "State television" after "the Kelvadian
 * government") is that country's institution, named (decisions 21, 58 and 180 of the labelled
 * sets), while "state media" in a story that names only a city stays unnamed; "a foreign ministry
 * official", "Interior ministry officials", "a defence ministry spokesman" are people of the one
 * ministry of that portfolio (`'partial'`, decisions 66 and 84), but a ministry clerk accused of
 * spying acts for himself (decision 81) and "a former ministry official" names no ministry.
 */
import { describe, expect, test } from 'vitest';
import { seen } from '../test-helpers';

const sourceOf = (text: string, cue: string) =>
  seen(text, 'attribution').find((s) => s.text === cue);

describe("a named country's state media is named", () => {
  test.each([
    ['Ostravan state television reported that the army had repelled an advance.', 'reported'],
    ['Russian state media said the talks had failed.', 'said'],
    [
      'The Kelvadian government rejected the findings. State television described the vote as clean.',
      'described',
    ],
    ['The Vessian state-run broadcaster said the border would reopen.', 'said'],
  ])('%s', (text, cue) => {
    expect(sourceOf(text, cue)?.named).toBe(true);
  });

  test('with only a city in view it stays unnamed', () => {
    const text = 'Police fired warning shots outside the stadium in Oskarra, state media reported.';
    expect(sourceOf(text, 'reported')?.named).toBe(false);
    expect(seen(text, 'unnamed').map((s) => s.text)).toContain('state media');
  });

  test('state officials are not state media', () => {
    expect(sourceOf('Vessian state officials said the road was closed.', 'said')?.named).toBe(
      false,
    );
  });
});

describe('people who speak for a ministry of a portfolio are of a named body', () => {
  test.each([
    'A foreign ministry official said the pact had been activated.',
    'Interior ministry officials said the border was closed.',
    'A defence ministry spokesman said the drills would continue.',
    'Two finance ministry sources said the budget would be cut.',
  ])('%s', (text) => {
    expect(sourceOf(text, 'said')?.named).toBe('partial');
  });

  test('a former ministry official names no ministry', () => {
    expect(sourceOf('A former ministry official said the border was closed.', 'said')?.named).toBe(
      false,
    );
  });

  test('a ministry clerk accused of spying stays unnamed at every mention', () => {
    const text = 'Tarsovia said it had recruited a defence ministry clerk. The clerk was arrested.';
    expect(seen(text, 'unnamed').map((s) => s.text)).toEqual([
      'a defence ministry clerk',
      'The clerk',
    ]);
  });
});
