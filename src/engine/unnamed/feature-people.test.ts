import { describe, expect, test } from 'vitest';
import { seen } from '../test-helpers';

// Invented sentences (session 26, the probe scripts/probe-features.ts): the people of feature
// writing. Readers, regulars, old-timers, patrons, punters, followers and mourners are placed by
// the paper, pub or club they read, drink at or follow, not its people (decisions 80, 91 and 111
// of eval/labelled/DECISIONS.md): a required `unnamed`, `named: false`, even with a name or a
// definite body in the phrase. Clergy are people. Tributes from someone are that person's words
// (decision 9's "praise from").

describe('people placed by a paper, pub or club are unnamed sources', () => {
  test.each([
    ['A Harbour Weekly reader says he was the kindest man in the town.', 'A Harbour Weekly reader'],
    ['Regulars at the Crown say he never paid for a pint.', 'Regulars at the Crown'],
    ['Old-timers at the club say he was the best of them.', 'Old-timers at the club'],
    ['Patrons of the Lyric remember her as a fierce critic.', 'Patrons of the Lyric'],
    ['Clergy say the diocese had been warned.', 'Clergy'],
    ["Mourners at St Anne's said he had been a generous man.", "Mourners at St Anne's"],
  ])('%s', (text, source) => {
    expect(seen(text, 'unnamed').map((u) => u.text)).toContain(source);
    expect(seen(text, 'attribution')).toContainEqual(
      expect.objectContaining({ source, named: false }),
    );
  });

  test.each([
    ['Tributes from close friends poured in on Sunday.', 'close friends'],
    ['Tributes from fans and former team-mates filled the page.', 'fans'],
  ])('tributes from people: %s', (text, source) => {
    expect(seen(text, 'attribution')).toContainEqual({ text: 'Tributes', source, named: false });
  });

  test.each(['Tributes from the floods poured in.', 'The tributes were laid at the gate.'])(
    'tributes from no one: %s',
    (text) => {
      expect(seen(text, 'attribution')).toEqual([]);
    },
  );

  test.each([
    ["Marsh's former colleagues say he was kind.", "Marsh's former colleagues"],
    ['A former team-mate of Marsh said he was a leader.', 'A former team-mate of Marsh'],
    ["A colleague of Rothman's remembered that a student had left.", "A colleague of Rothman's"],
  ])('fellows of a person are known only by closeness: %s', (text, source) => {
    expect(seen(text, 'attribution')).toContainEqual(
      expect.objectContaining({ source, named: false }),
    );
  });

  test('colleagues at a named paper are its staff', () => {
    expect(
      seen('Colleagues at the Harbour Weekly said he was kind.', 'attribution'),
    ).toContainEqual(
      expect.objectContaining({ source: 'Colleagues at the Harbour Weekly', named: 'partial' }),
    );
  });
});
