import { describe, expect, test } from 'vitest';
import { analyze } from '../analyze';

/** Per cue of `text`, its source's words and its entity's name and type. */
function entities(text: string): [string, string, string, string][] {
  return analyze(text, { kinds: ['attribution'] }).flatMap((f) =>
    f.source?.entity
      ? [
          [
            text.slice(f.start, f.end),
            text.slice(f.source.start, f.source.end),
            f.source.entity.name,
            f.source.entity.type,
          ] as [string, string, string, string],
        ]
      : [],
  );
}

describe('a surname that is also a place word (Park, Hill, Lake)', () => {
  test('the surname alone later is the person, who is a person', () => {
    expect(
      entities(
        'Mara Hill said on Monday that the ferry would stop. Hill added that buses would run.',
      ),
    ).toEqual([
      ['said', 'Mara Hill', 'Mara Hill', 'person'],
      ['added', 'Hill', 'Mara Hill', 'person'],
    ]);
    expect(
      entities(
        'Teo Lake said the levy would rise. "It has to," said Lake, who chairs the finance committee.',
      ).map((r) => r[2]),
    ).toEqual(['Teo Lake', 'Teo Lake']);
  });

  test('a role in apposition makes the name a person, whom a pronoun and the surname find', () => {
    expect(
      entities(
        'Rin Park, a spokesperson for the port authority, was asked about the ferry on Monday. "The ferry will stop in May," she said. "It will not return," Park said.',
      ),
    ).toEqual([
      ['said', 'she', 'Rin Park', 'person'],
      ['said', 'Park', 'Rin Park', 'person'],
    ]);
  });

  test('a title before the name makes it a person, not a word that only qualifies one', () => {
    expect(
      entities(
        'Harbour board spokesperson Rin Park was asked about the ferry. "It will stop in May," she said.',
      ),
    ).toEqual([['said', 'she', 'Rin Park', 'person']]);
    expect(
      entities(
        'The nurse, who worked on Elm Ward for years, made the allegations. The father of a former Elm Ward patient said little. She says doors were locked.',
      ).at(-1),
    ).toEqual(['says', 'She', 'The nurse', 'person']);
  });

  test('two people, one of them with a place-word surname, and their surnames together', () => {
    const rows = entities(
      'Ines Varga and Rin Park said the ferry would stop. Varga and Park added that buses would run.',
    );
    expect(rows.map((r) => r[2])).toEqual(['Ines Varga and Rin Park', 'Ines Varga and Rin Park']);
    expect(rows[0]![3]).toBe('group');
  });

  test('a place stays a place: no one calls it by its place word alone', () => {
    expect(
      entities('Crowds filled Hyde Park on Sunday. Park rangers said the lawns would be closed.'),
    ).toEqual([['said', 'Park rangers', 'Park rangers', 'group']]);
    expect(
      entities('Protesters gathered at Elm Park. Organisers said 2,000 people came.').map(
        (r) => r[3],
      ),
    ).toEqual(['group']);
  });
});
