import { describe, expect, test } from 'vitest';
import { analyze } from '../analyze';

/** The source of the first cue reading `cue`: its words, namedness and entity type. */
function sourceOf(text: string, cue: string): [string, unknown, unknown] | undefined {
  const f = analyze(text, { kinds: ['attribution'] }).find(
    (g) => text.slice(g.start, g.end) === cue,
  );
  return f?.source
    ? [text.slice(f.source.start, f.source.end), f.source.named, f.source.type]
    : undefined;
}

describe('what a name or a common noun for a body is', () => {
  test.each([
    // a title after a place word begins a person's name: "City" is the place, not the person
    [
      'The audit by City Treasurer Miriam Osgood found that the fund had lost money. Osgood said more was missing.',
      'said',
      ['Osgood', true, 'person'],
    ],
    [
      'The 9-page memo by County Sheriff Ana Okafor found gaps.',
      'found',
      ['The 9-page memo by County Sheriff Ana Okafor', true, 'document'],
    ],
    // a body named in apposition to a body noun with a participle of place ("based in Geneva")
    [
      'Aid workers spoke to Fair Lantern. The report by Fair Lantern, a research organisation based in Oslo, said the camp had grown.',
      'said',
      ['The report by Fair Lantern', true, 'document'],
    ],
    [
      'Fenwick Arrow, a charity founded in 1990, said the camp had grown.',
      'said',
      ['Fenwick Arrow', true, 'organisation'],
    ],
    // a company named with Software
    [
      'Quillon Software said it would cut 300 jobs.',
      'said',
      ['Quillon Software', true, 'organisation'],
    ],
    // a country's unique institutions by a common noun (decision 21 of the labelled sets)
    ['The navy said the submarine had left port.', 'said', ['The navy', true, 'organisation']],
    // a sports league, the one body of its kind in a story (decision 58)
    [
      'Rovers were fined and were warned by the league that another pitch invasion would cost points.',
      'were warned',
      ['the league', true, 'organisation'],
    ],
    ['The army said two soldiers were hurt.', 'said', ['The army', true, 'organisation']],
    [
      'Nine people were rescued off the island, the coast guard said.',
      'said',
      ['the coast guard', true, 'organisation'],
    ],
  ] as const)('%s', (text, cue, want) => {
    expect(sourceOf(text, cue)).toEqual(want);
  });

  test('a place alone stays a place', () => {
    expect(sourceOf('Officials in Kansas City said the road was shut.', 'said')?.[1]).toBe(false);
  });
});

test('a country’s army is no unnamed actor', () => {
  const text = 'Russia’s army and rebels pressed on with talks on Friday, a monitor said.';
  const unnamed = analyze(text, { kinds: ['unnamed'] }).map((f) => text.slice(f.start, f.end));
  expect(unnamed).not.toContain('Russia’s army');
});

describe('a sports club', () => {
  test('its name is an organisation, which `the club` refers to', () => {
    const text =
      'Kelmford Wanderers have sold their ground. The club said the fans would be consulted.';
    const f = analyze(text, { kinds: ['attribution'] }).find(
      (g) => text.slice(g.start, g.end) === 'said',
    );
    expect(f?.source?.entity?.name).toBe('Kelmford Wanderers');
    expect(f?.source?.type).toBe('organisation');
  });
});
