/**
 * `, which` after a plural noun with a singular verb stands for the whole clause before it, not
 * for the noun: "funded by companies or university groups, which suggests that" credits no
 * group (the guideline credits a cue to who is credited, and nobody is here). So does one after
 * a subject pronoun's predicate ("It also lets smoke escape, which"), which is no noun phrase.
 * With a plural verb, or after a singular noun, the pronoun is the noun's, as before. Every
 * sentence is invented.
 */
import { describe, expect, test } from 'vitest';
import { analyze } from '../index';
import { cueSource } from '../test-helpers';

describe('a singular verb after a plural noun: the clause, no source', () => {
  test.each([
    [
      'Most new features were paid for by mapping firms or university groups, which suggests that the project has sponsors.',
      'suggests',
    ],
    [
      'The council cut bus routes twice in two years, which shows that the budget is tight.',
      'shows',
    ],
    [
      'Fares went up on all the ferry routes, which indicates that the operator is short of money.',
      'indicates',
    ],
  ])('%s', (text, cue) => {
    const found = analyze(text).filter((f) => text.slice(f.start, f.end) === cue);
    expect(found).toHaveLength(1);
    expect(found[0]?.source).toBeUndefined();
  });
});

describe('after a subject pronoun: its predicate is no noun phrase, no source', () => {
  test.each([
    [
      'It also lets smoke escape, which can tip off the neighbours to notify the fire brigade.',
      'notify',
    ],
    ['It now lets water drain, which warns the crew that the tank is empty.', 'warns'],
  ])('%s', (text, cue) => {
    const found = analyze(text).filter((f) => text.slice(f.start, f.end) === cue);
    expect(found).toHaveLength(1);
    expect(found[0]?.source).toBeUndefined();
  });
});

describe('near misses: the noun stays the source', () => {
  test.each([
    [
      'The plan was opposed by consumer groups, which say it will raise prices.',
      'say',
      'consumer groups',
    ],
    [
      'The plan was opposed by a consumer group, which says it will raise prices.',
      'says',
      'a consumer group',
    ],
    [
      'The figures came from the statistics office, which says they are provisional.',
      'says',
      'the statistics office',
    ],
    [
      'Delays cost hauliers £2m a year, according to figures from the operator, which says most are avoidable.',
      'says',
      'figures from the operator',
    ],
    [
      'She met the owners of the mill, who say the plant will close.',
      'say',
      'the owners of the mill',
    ],
    [
      'The claim was repeated by Acme Holdings, which says it was misquoted.',
      'says',
      'Acme Holdings',
    ],
  ])('%s', (text, cue, source) => {
    expect(cueSource(text, cue)?.[0]).toBe(source);
  });
});
