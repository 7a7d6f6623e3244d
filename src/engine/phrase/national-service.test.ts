/**
 * A country's armed service before a spokesperson or an official names the body the person
 * speaks for (`a Tellish navy spokeswoman`, `a British army official`), as a country's one
 * foreign ministry does; the service with no country, and people placed only by a service word,
 * stay unnamed (decisions 62, 160 and 174 of the labelled sets). Every sentence is invented, in
 * the shapes of wire, defence and diplomatic news.
 */
import { describe, expect, test } from 'vitest';
import { cueSource } from '../test-helpers';

describe("a country's service names its spokespeople and officials", () => {
  test.each([
    ['A search is under way, a Tellish navy spokeswoman said.', 'a Tellish navy spokeswoman'],
    ['A British army spokesman said the patrol had returned.', 'A British army spokesman'],
    ['A British army official said the patrol was ambushed.', 'A British army official'],
    ['Two jets were scrambled, a French air force spokesman said.', 'a French air force spokesman'],
    [
      'A Norvanian coastguard spokesman said the ferry had sunk.',
      'A Norvanian coastguard spokesman',
    ],
    [
      'A senior Ukrainian army official told reporters the line held.',
      'A senior Ukrainian army official',
    ],
  ])('%s', (text, source) => {
    const cue = /\b(said|told)\b/.exec(text)![1]!;
    const got = cueSource(text, cue);
    expect(got?.[0]).toBe(source);
    expect(got?.[1]).not.toBe(false);
  });
});

describe('a service with no country, or a source placed only by it, stays unnamed', () => {
  test.each([
    ['A navy spokeswoman said the ship had sunk.', 'A navy spokeswoman'],
    ['A military source said the line held.', 'A military source'],
    ['Two US military officials said a drone flew over the base.', 'Two US military officials'],
    ['A senior army officer said the line held.', 'A senior army officer'],
    ['Military officials said the line held.', 'Military officials'],
  ])('%s', (text, source) => {
    expect(cueSource(text, 'said')?.slice(0, 2)).toEqual([source, false]);
  });
});
