/**
 * Three constructions of session 15, each written from the construction in general (every
 * sentence is invented):
 *
 * - the sides of a contest set out `between` named parties are those parties (`Each side blamed
 *   the other`, `Both governments denied it`): a named source;
 * - people placed in a part of a body by a possessive that points back to a named body (`a
 *   former manager at the company's warehouse`): a person of a named body (decision 5);
 * - `briefed` is a cue in a finite passive (`were briefed on the audit`), like `notified`; a bare
 *   participle after people (`a person briefed on the talks`, `staff notified of the change`)
 *   describes them and is no cue.
 */
import { describe, expect, test } from 'vitest';
import { analyze } from '../analyze';
import { spans } from '../test-helpers';

/** The source of the first cue reading `cue`: its words and namedness, or undefined. */
function sourceOf(text: string, cue: string): [string, unknown] | undefined {
  const f = analyze(text, { kinds: ['attribution'] }).find(
    (g) => text.slice(g.start, g.end) === cue,
  );
  return f?.source ? [text.slice(f.source.start, f.source.end), f.source.named] : undefined;
}

describe('the sides of a contest between named parties', () => {
  test.each([
    [
      'Talks between the Kelm Dockers Union and Port Arden Holdings broke down on Friday. Each side blamed the other.',
      'blamed',
      'Each side',
    ],
    [
      'The border between Talva and Orsk was closed in May. Both governments denied sending troops.',
      'denied',
      'Both governments',
    ],
    [
      'A final between Ashbury Rovers and Kelm City ended in a brawl. Both sides said the referee lost control.',
      'said',
      'Both sides',
    ],
    [
      'Fighting between the government of Norvia and the Free Coast Front resumed on Tuesday. Neither side denied firing first.',
      'denied',
      'Neither side',
    ],
    [
      'Weeks of talks between Marlow Pictures and the Screen Actors Guild produced no deal. Each camp accused the other of stalling.',
      'accused',
      'Each camp',
    ],
  ])('%s', (text, cue, source) => {
    expect(sourceOf(text, cue)).toEqual([source, true]);
  });

  test.each([
    // (no contest set out between named parties)
    ['Residents and developers have argued for years. Each side blamed the other.', 'blamed'],
    ['The gap between 2019 and 2023 was wide. Each side blamed the other.', 'blamed'],
    [
      'Talks between landlords and tenants broke down. Both sides said they were ready to return.',
      'said',
    ],
  ])('%s keeps the sides unnamed', (text, cue) => {
    expect(sourceOf(text, cue)?.[1]).toBe(false);
  });
});

describe('both sides of a dispute the story named before, and the governments of two countries', () => {
  test.each([
    // the parties named paragraphs before, as a Q&A names them once
    [
      'Rail workers at Kestline and Northway Trains walked out in March over pay. The companies say the offer is fair. Drivers disagree. Will there be more strikes? Talks broke down on Tuesday, according to both sides.',
      'according to',
      'both sides',
    ],
    // two countries, no "between"
    [
      'A boy drowned crossing from Morvania into Galdara on Monday. Rights groups accuse border guards of pushing migrants back, a charge both governments reject.',
      'reject',
      'both governments',
    ],
  ])('%s', (text, cue, source) => {
    expect(sourceOf(text, cue)).toEqual([source, true]);
  });

  test.each([
    // no country named, or only one
    [
      'Rights groups accuse border guards of pushbacks, a charge both governments reject.',
      'reject',
    ],
    [
      'A boy drowned crossing into Galdara. Rights groups accuse border guards of pushbacks, a charge both governments reject.',
      'reject',
    ],
  ])('%s keeps the governments unnamed', (text, cue) => {
    expect(sourceOf(text, cue)?.[1]).toBe(false);
  });
});

describe('people in a part of a named body, by a possessive that points back to it', () => {
  test.each([
    [
      'Harlow Foods recalled 4,000 jars on Monday. A former manager at the company’s warehouse in Dalby said the fault was known.',
      'A former manager at the company’s warehouse in Dalby',
    ],
    [
      'Harlow Foods recalled 4,000 jars on Monday. Staff in the company’s legal office said they had warned managers.',
      'Staff in the company’s legal office',
    ],
    [
      'Brennick Steel will close its Tarrow plant next year. An engineer at the firm’s rolling mill said the news came by email.',
      'An engineer at the firm’s rolling mill',
    ],
    [
      'The Orrell Heart Foundation froze two grants. A volunteer at the foundation’s Ashby shop said sales had fallen.',
      'A volunteer at the foundation’s Ashby shop',
    ],
    [
      'Kestrel Bank cut 300 jobs. Two workers at the bank’s call centre in Dunmore said they were told by text.',
      'Two workers at the bank’s call centre in Dunmore',
    ],
  ])('%s', (text, source) => {
    expect(sourceOf(text, 'said')).toEqual([source, 'partial']);
  });

  test.each([
    // (no body named before; a place's part)
    'A former manager at the company’s warehouse in Dalby said the fault was known.',
    'Kestrel Bank cut 300 jobs. A resident near the city’s ring road said traffic had doubled.',
  ])('%s stays unnamed', (text) => {
    expect(sourceOf(text, 'said')?.[1]).toBe(false);
  });
});

describe('briefed in a finite passive', () => {
  test.each([
    ['Members of the committee were briefed in a closed session on Tuesday.', 'briefed'],
    ['Regulators have been briefed, according to a person close to the fund.', 'briefed'],
    ['The board had been briefed on the offer last week.', 'briefed'],
    ['Senior staff were briefed on a damning audit months before its release.', 'briefed'],
    ['Ministers are being briefed on the findings this week.', 'briefed'],
  ])('%s has cue %j', (text, cue) => {
    expect(spans(text, 'attribution')).toContain(cue);
  });

  test.each([
    ['A person briefed on the talks said the deal was close.', ['said']],
    ['Two officials briefed on the review told the paper it was late.', ['told']],
    ['A person notified of the change said nothing had been agreed.', ['said']],
    ['Users alerted to the flaw said they had not been told.', ['said', 'told']],
    ['In a brief statement, the club said it was disappointed.', ['In a brief statement', 'said']],
    ['Vidal was characteristically brief.', []],
    ['Bank falls short in stress test, people briefed say', ['say']],
  ])('%s has only its own cues', (text, cues) => {
    expect(spans(text, 'attribution')).toEqual(cues);
  });
});
