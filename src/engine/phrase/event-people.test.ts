/**
 * Session 49: the word of an event the story names, before its people ("A festival insider",
 * "Festival bosses" in a story about the Brightwater Festival), is the one event of that kind in
 * view, so they are its people and named, as points 226 and 278 of the labelled sets read
 * "Festival organisers" and "Fair bosses"; with no such event named, or a party the event only
 * hires ("the festival's stage contractor"), they stay unnamed. Every sentence is invented.
 */
import { describe, expect, test } from 'vitest';
import { analyze } from '../index';
import { cueSource } from '../test-helpers';

const STORY =
  'Singer Mara Vell has pulled out of the Brightwater Festival days before she was due to play. ';

describe("an event's word before its people names them", () => {
  test.each([
    [
      `${STORY}Festival bosses confirmed the cancellation on Monday.`,
      'confirmed',
      'Festival bosses',
    ],
    [
      `${STORY}A festival insider said the crew had been told to stay quiet.`,
      'said',
      'A festival insider',
    ],
    [
      `${STORY}A festival insider said the crew had been told to stay quiet. "Nobody is happy," the insider added.`,
      'added',
      'the insider',
    ],
  ])('%s', (text, cue, source) => {
    expect(cueSource(text, cue)?.slice(0, 2)).toEqual([source, 'partial']);
  });

  test("a bare workforce in the insider's words stays an unnamed actor", () => {
    const text = `${STORY}A festival insider said staff had been warned to keep their heads down.`;
    const unnamed = analyze(text)
      .filter((f) => f.kind === 'unnamed')
      .map((f) => text.slice(f.start, f.end));
    expect(unnamed).toContain('staff');
  });
});

describe('no event named, or a party it hires, stays unnamed', () => {
  test.each([
    [
      'Singer Mara Vell has pulled out of a festival in the north. A festival insider said the crew had been told to stay quiet.',
      'said',
      'A festival insider',
    ],
    [
      `${STORY}The festival's stage contractor said it had not been paid.`,
      'said',
      "The festival's stage contractor",
    ],
  ])('%s', (text, cue, source) => {
    expect(cueSource(text, cue)?.slice(0, 2)).toEqual([source, false]);
  });
});
