/**
 * Spokespeople and representatives of a body or officeholder the story has named, where the
 * phrase points to it by a common noun (decisions 61, 65, 67 and 111 of the labelled sets): the
 * word a named body's name ends in (`a gallery spokesman` after `the Varden Gallery`), a body the
 * story met under a lowercase description (`the national competition authority`), an
 * officeholder named by title (`a spokesman for the prime minister`), the outlet itself (`this
 * newspaper`), and a company whose name ends in a word of its trade (`Tarn Island Ferries`).
 * Every sentence is invented.
 */
import { describe, expect, test } from 'vitest';
import { cueSource } from '../test-helpers';

describe('a spokesperson of the kind a named body is speaks for it', () => {
  test.each([
    [
      'The Varden Gallery reopened its east wing on Friday. A gallery spokesman said the loans were insured.',
      'A gallery spokesman',
    ],
    [
      'Crews from the Dunmere Fire and Rescue Service fought the blaze overnight. A fire service spokesman said it was too early to speculate.',
      'A fire service spokesman',
    ],
    [
      'The Halden Playhouse cancelled two shows. A playhouse spokeswoman said the roof had leaked.',
      'A playhouse spokeswoman',
    ],
    [
      'Two keepers were hurt at Kelby Zoo on Sunday. A zoo spokesperson said both were recovering.',
      'A zoo spokesperson',
    ],
  ])('%s', (text, source) => {
    expect(cueSource(text, 'said')?.slice(0, 2)).toEqual([source, 'partial']);
  });

  test.each([
    [
      'The union said it had written to the national competition authority. A competition authority spokesman said the letter would be assessed.',
      'A competition authority spokesman',
      1,
    ],
    [
      'Complaints were sent to the national gaming commission. A commission spokeswoman said they were under review.',
      'A commission spokeswoman',
      0,
    ],
  ])('a body met under a lowercase description: %s', (text, source, nth) => {
    expect(cueSource(text, 'said', nth)?.slice(0, 2)).toEqual([source, 'partial']);
  });

  // no body of that kind named before: a service or gallery of no one the reader can tell
  test.each([
    [
      'Investigators are examining the blazes. A fire service spokesman said arson was suspected.',
      'A fire service spokesman',
    ],
    [
      'The paintings were returned on Friday. A gallery spokesman said the loans were insured.',
      'A gallery spokesman',
    ],
    [
      'The cafe on Harbour Street closed in May. A street spokesman said trade had fallen.',
      'A street spokesman',
    ],
  ])('stays unnamed: %s', (text, source) => {
    expect(cueSource(text, 'said')?.slice(0, 2)).toEqual([source, false]);
  });
});

describe('a representative of an officeholder the story names by a two-word title speaks for that person', () => {
  test.each([
    [
      'The prime minister, Ilse Varga, cut short her visit. A spokesman for the prime minister said she was unwell.',
      'A spokesman for the prime minister',
    ],
    [
      'Attorney General Rhys Tallon opened an inquiry. A spokeswoman for the attorney general said it would take months.',
      'A spokeswoman for the attorney general',
    ],
  ])('%s', (text, source) => {
    expect(cueSource(text, 'said')?.slice(0, 2)).toEqual([source, 'partial']);
  });

  // a title nobody in the story holds by name, or a modifier that sets the advisers apart
  test.each([
    [
      'The visit was cut short on Monday. A spokesman for the prime minister said she was unwell.',
      'A spokesman for the prime minister',
    ],
    [
      'The president has not decided. Two outside advisers to the president said he would sign.',
      'Two outside advisers to the president',
    ],
  ])('stays unnamed: %s', (text, source) => {
    expect(cueSource(text, 'said')?.slice(0, 2)).toEqual([source, false]);
  });
});

describe('the outlet the reader is reading is named', () => {
  test.each([
    ['As this newspaper reported in March, the trust cut 40 beds.', 'reported', 'this newspaper'],
    ['This magazine revealed last year that the fund had lost money.', 'revealed', 'This magazine'],
  ])('%s', (text, cue, source) => {
    expect(cueSource(text, cue)?.slice(0, 2)).toEqual([source, true]);
  });
});

describe('a company whose name ends in a word of its trade is no place', () => {
  test.each([
    [
      'A Tarn Island Ferries spokesman said sailings would resume.',
      'A Tarn Island Ferries spokesman',
    ],
    [
      'A North Coast Railways spokeswoman said the line had reopened.',
      'A North Coast Railways spokeswoman',
    ],
    [
      'A Harbour City Buses spokesperson said two routes were cut.',
      'A Harbour City Buses spokesperson',
    ],
  ])('%s', (text, source) => {
    expect(cueSource(text, 'said')?.slice(0, 2)).toEqual([source, 'partial']);
  });
});

describe('the outlet sees documents, it does not issue them', () => {
  test('a bare document after "this newspaper" is not the outlet\'s', () => {
    const text =
      'Last week this newspaper reported that managers were warned. Minutes of a board meeting seen by the Chronicle show that a consultant raised the alarm.';
    expect(cueSource(text, 'show')?.[1]).toBe(false);
  });
});

describe('the management, aides and advisers of a named person act for that person', () => {
  test.each([
    [
      'Singer Lila Osei cancelled the last six dates of her tour. Her management said she was exhausted.',
      'said',
      'Her management',
    ],
    [
      'Health Minister Ana Okafor resigned on Friday. Her aides claimed she had been pushed out.',
      'claimed',
      'Her aides',
    ],
    [
      'Governor Tom Hale vetoed the bill. His advisers said he would sign a narrower one.',
      'said',
      'His advisers',
    ],
  ])('%s', (text, cue, source) => {
    expect(cueSource(text, cue)?.slice(0, 2)).toEqual([source, 'partial']);
  });

  // a person nobody named
  test.each([
    ['A woman was arrested on Friday. Her management said she was innocent.', 'Her management'],
    ['A local man was arrested. His advisers said he was innocent.', 'His advisers'],
  ])('stays unnamed: %s', (text, source) => {
    expect(cueSource(text, 'said')?.slice(0, 2)).toEqual([source, false]);
  });
});

describe('the force of a named police force is that force', () => {
  test.each([
    [
      'Kelmshire Constabulary said two men had been arrested. They were held overnight, a force spokesperson said.',
      'a force spokesperson',
      1,
    ],
    [
      'Ostrel Police reopened the case in 2021. A spokesman for the force said a sample had been sent for testing.',
      'A spokesman for the force',
      0,
    ],
  ])('%s', (text, source, nth) => {
    expect(cueSource(text, 'said', nth)?.slice(0, 2)).toEqual([source, 'partial']);
  });

  test('police alone name no force', () => {
    expect(
      cueSource(
        'Police said two men had been arrested. They were held overnight, a force spokesperson said.',
        'said',
        1,
      )?.[1],
    ).toBe(false);
  });
});
