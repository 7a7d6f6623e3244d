import { describe, expect, test } from 'vitest';
import { seen, spans } from './test-helpers';

/** The cue `cue` in `text`, with its source. */
function cueIn(text: string, cue: string): { text: string; source?: string } | undefined {
  return seen(text, 'attribution').find((s) => s.text === cue);
}

describe('`by some` before an actor is a vague agent, before a measure a means', () => {
  test.each([
    ['The new timetable was mocked by some commuters.', 'was mocked', 'some commuters'],
    ['Her ruling was later criticised by some judges as too narrow.', 'was later criticised', 'some judges'],
  ])('%s', (text, cue, source) => {
    expect(cueIn(text, cue)?.source).toBe(source);
    expect(spans(text, 'agentless')).toEqual([]);
  });

  test.each([
    ['Exports were cut by some 30 percent.', ['were cut']],
    ['The garden was, by some accounts, neglected for years.', []],
  ])('%s', (text, passives) => {
    expect(spans(text, 'agentless')).toEqual(passives);
  });
});
