import { describe, expect, test } from 'vitest';
import { analyze } from '../index';

const unnamed = (text: string): string[] =>
  analyze(text)
    .filter((f) => f.kind === 'unnamed')
    .map((f) => text.slice(f.start, f.end));

// A list fills one place of its cue, so every member of a credited list is a source, judged by
// its own head (ANNOTATION.md: unnamed sources; decision 6: people by place or trade are unnamed).
// Later members were lost after a comma, with no determiner of their own, or after the earlier
// member's post-modifier (find-unnamed.ts, listMemberOfSource).
describe('a later member of a credited list is a source', () => {
  test.each([
    [
      'Shipments now go north, according to growers, packing-house managers and port records.',
      ['packing-house managers', 'port records'],
    ],
    [
      'Crews were paid in cash, according to several dockworkers, two retired pilots and a parish nurse.',
      ['two retired pilots', 'a parish nurse'],
    ],
    [
      'The striker was injured in training, according to a club source and two teammates.',
      ['two teammates'],
    ],
    [
      'Wards were merged, according to people familiar with the plan and internal memos.',
      ['internal memos'],
    ],
  ])('%s', (text, phrases) => {
    const found = unnamed(text);
    for (const p of phrases) expect(found).toContain(p);
  });

  test('not a clause after the source, an apposition, a named member or a list of places', () => {
    // (a verb after the list: a new clause's subject, not a member)
    expect(unnamed('According to officials, farmers and traders were evacuated.')).toEqual([
      'officials',
    ]);
    // (an apposition to a named source)
    expect(unnamed('The well is dry, according to Ann Roe, a farmer and activist.')).toEqual([]);
    // (named members stay unflagged, and the count they spell out is named)
    expect(unnamed('The plan failed, according to two aides, Tom Ives and Jo Bell.')).toEqual([]);
    // (a list of places is no source)
    expect(unnamed('Prices rose in Kelm, Varn and Tossa, according to traders.')).toEqual([
      'traders',
    ]);
    // (", and" opening a new clause)
    expect(
      unnamed('The vote was delayed, according to officials, and the mayor left the hall.'),
    ).toEqual(['officials']);
  });
});

// A cue whose source the entities pass names as a whole ("... and a Harbour Board official said")
// still credits the unnamed people listed before its `and` (analyze.ts).
describe('an unnamed member before a named one is a source', () => {
  test.each([
    [
      'The ferry was held at the quay, three port workers and a Kelm Harbour Board official said.',
      'three port workers',
    ],
    ['Two aides and Tom Ives said the plan had failed.', 'Two aides'],
  ])('%s', (text, phrase) => {
    expect(unnamed(text)).toContain(phrase);
  });

  test('named members stay unflagged', () => {
    expect(unnamed('Tom Ives and Jo Bell said the plan had failed.')).toEqual([]);
    expect(unnamed('Kelm and the Varn Harbour Board said the plan had failed.')).toEqual([]);
  });
});
