/**
 * Verbs and adjectives of belief and knowledge with a clause (DECISIONS 149, 165): a quoted
 * speaker's "we thought" + clause, "knew (that)" + clause, a subject pronoun fused with its
 * auxiliary opening the clause ("think we're"), and "was confident" + clause for a body's `it`
 * or inside the words a reporting verb already credits. Invented sentences only.
 */
import { describe, expect, test } from 'vitest';
import { spans } from '../test-helpers';

describe('a quoted speaker believing a clause is a cue', () => {
  test.each([
    ['"People think we\'re a luxury," the owner said.', 'think'],
    ['"Jordan thinks he\'s been short-changed," one bandmate said.', 'thinks'],
    ['"Everyone assumes this is about the money," the producer said.', 'assumes'],
    ['"We just thought they were having a bad day," he told reporters.', 'thought'],
    ["The coach thinks they're ready for the final.", 'thinks'],
  ])('%s', (text, cue) => {
    expect(spans(text, 'attribution')).toContain(cue);
  });

  test.each([
    ['"I think so," she said.', 'think'],
    ['"What do you think?" he asked.', 'think'],
    ['"I thought about it for a week," she said.', 'thought'],
  ])('no belief cue in %j', (text, word) => {
    expect(spans(text, 'attribution')).not.toContain(word);
  });
});

describe('knowing a statement is a cue; knowing a topic, a skill or a person is not', () => {
  test.each([
    ['Everyone in the office knew the numbers were bad.', 'knew'],
    ['The council knew that the water was unsafe.', 'knew'],
    ['"Everybody knew the wall would fail," the driver said.', 'knew'],
    ['The board knows it has lost the argument.', 'knows'],
    ['It is known that the firm paid the bribe.', 'known'],
  ])('%s', (text, cue) => {
    expect(spans(text, 'attribution')).toContain(cue);
  });

  test.each([
    'Parents deserve to know who approved the plan.',
    'Nobody seemed to know where the keys were.',
    'They know how to win away from home.',
    'He knew that man from school.',
    'She told the judge she knew one of the families involved.',
    'The man, known as Big Tom, was arrested.',
    'It is not known whether the visit took place.',
    'She knew the area well.',
    'The league as we know it was founded in 1992.',
    '“I know they are desperate to sell the striker,” one agent said.',
    'Little is known about the attackers.',
  ])('no knowledge cue in %j', (text) => {
    expect(spans(text, 'attribution').filter((c) => /kn[eo]w/.test(c))).toEqual([]);
  });
});

describe("a holder confident of a clause, in reported words or as a body's `it`", () => {
  test.each([
    ['The ministry said it was confident the act would survive any challenge.', 'was confident'],
    ['Her lawyer said that she was convinced the samples had been mishandled.', 'was convinced'],
    [
      'Her lawyer said the tests were flawed and that she was confident the ban would be lifted.',
      'was confident',
    ],
    ['The chair said she is "entirely confident" the vote was fair.', 'is "entirely confident'],
  ])('%s', (text, cue) => {
    expect(spans(text, 'attribution')).toContain(cue);
  });

  test.each([
    'It is doubtful that the deal will survive the summer.',
    'The ministry said it was confident.',
    'The firm was confident about its chances.',
  ])('no stance cue in %j', (text) => {
    expect(spans(text, 'attribution').filter((c) => /confident|doubtful/.test(c))).toEqual([]);
  });
});
