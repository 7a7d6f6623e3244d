/**
 * People who work at a works the story named before (`the Halvik nuclear power station`, `the
 * Kelby plant`) are people of a named body when called `staff at the plant`, `engineers at the
 * site` (decisions 122 and 184 of the labelled sets); visitors and a workplace never named stay
 * unnamed. Every sentence is invented.
 */
import { describe, expect, test } from 'vitest';
import { cueSource } from '../test-helpers';

describe('staff at the named workplace', () => {
  test.each([
    [
      'One reactor at the Halvik nuclear power station has been offline for a week, and staff at the plant say management has been slow.',
      'say',
      'staff at the plant',
    ],
    [
      'Dunmore Nuclear shut its reactor at the Kelby plant on Friday. Engineers at the plant said a valve had failed.',
      'said',
      'Engineers at the plant',
    ],
    [
      'Output fell at the Morrow copper smelter in May. Workers at the site said the furnace had cracked.',
      'said',
      'Workers at the site',
    ],
  ])('%s', (text, cue, source) => {
    expect(cueSource(text, cue)?.[1]).toBeTruthy();
    expect(cueSource(text, cue)?.[0]).toBe(source);
  });

  test.each([
    // no workplace named
    [
      'A reactor was shut on Friday. Workers at the plant said a valve had failed.',
      'said',
      'Workers at the plant',
    ],
    // visitors, not its workforce
    [
      'Trains were halted at the Kings Cross station on Friday. Passengers at the station said they had waited for hours.',
      'said',
      'Passengers at the station',
    ],
  ])('not: %s', (text, cue, source) => {
    expect(cueSource(text, cue)?.slice(0, 2)).toEqual([source, false]);
  });
});

describe("a shared place's short name only places its people", () => {
  test('a controller at the airport named in full before', () => {
    const text =
      'A jet crossed a runway at Farnley International Airport last month. A controller at Farnley, who spoke on condition of anonymity, said the shortage was well known. "Everyone knew," the controller said.';
    expect(cueSource(text, 'said')?.slice(0, 2)).toEqual(['A controller at Farnley', false]);
    expect(cueSource(text, 'said', 1)?.slice(0, 2)).toEqual(['the controller', false]);
  });

  test('a firm named in full before is still a body', () => {
    const text =
      'Profits rose at Farnley Holdings last year. An analyst at Farnley said margins were thin.';
    expect(cueSource(text, 'said')?.slice(0, 2)).toEqual(['An analyst at Farnley', 'partial']);
  });
});
