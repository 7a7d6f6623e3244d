// A district that stands for many bodies (Westminster's parliament and parties, Hollywood's and
// Bollywood's studios and agencies, Wall Street's banks, Fleet Street's papers) places people as
// "Whitehall officials" and "City sources" do (decision 100 and the ones it cites): a required
// `unnamed`, `named: false` (places.json, names). Found with scripts/probe-namedness.ts; the
// sentences are invented.
import { describe, expect, test } from 'vitest';
import { cueSource, spans } from '../test-helpers';

describe('a district standing for many bodies is a place', () => {
  test.each([
    ['A Westminster insider said the vote would be close.', 'A Westminster insider'],
    ['Westminster sources said the whips had lost count.', 'Westminster sources'],
    ['A Hollywood insider said the film had been shelved.', 'A Hollywood insider'],
    ['Two Bollywood producers said the shoot had been halted.', 'Two Bollywood producers'],
  ])('%s', (text, want) => {
    expect(cueSource(text, 'said')?.slice(0, 2)).toEqual([want, false]);
    expect(spans(text, 'unnamed')).toContain(want);
  });

  test("a body's name that opens with the district stays a name", () => {
    expect(cueSource('Westminster City Council said the road would close.', 'said')?.[1]).toBe(
      true,
    );
  });
});

describe('a street or valley standing for a trade is a place', () => {
  test.each([
    ['The merger will fail, Wall Street analysts said.', 'Wall Street analysts'],
    ['Fleet Street editors said the law would chill reporting.', 'Fleet Street editors'],
  ])('%s', (text, want) => {
    expect(cueSource(text, 'said')?.slice(0, 2)).toEqual([want, false]);
    expect(spans(text, 'unnamed')).toContain(want);
  });

  test("a paper named after the street stays a name: its reporter is the paper's", () => {
    expect(cueSource('A Wall Street Journal reporter said the deal was off.', 'said')?.[1]).toBe(
      true,
    );
  });
});
