import { describe, expect, test } from 'vitest';
import { buildContext } from '../context';
import { anonFormula } from './gate';

/** Whether the first sentence of `text` carries an anonymity formula. */
const gated = (text: string): boolean => {
  const ctx = buildContext(text);
  return anonFormula(ctx, ctx.sentences[0]!);
};

describe('the tail-fixer gate: anonymity and basis-of-knowledge formulas', () => {
  test.each([
    'The official spoke on condition of anonymity.',
    'A source, who declined to be named, said the deal was off.',
    'One aide, who asked not to be identified, described the meeting.',
    'An employee who was not authorised to speak to the press confirmed the cuts.',
    "Two officials who weren't permitted to comment publicly said talks had stalled.",
    'People familiar with the matter said the bid would fail.',
    'A person close to the family said she was recovering.',
    'Diplomats briefed on the talks said a deal was near.',
    'Sources with knowledge of the plan said it had been shelved.',
    'An anonymous donor paid the bill.',
    'Officials speaking privately said the figures were wrong.',
    'A lawyer involved in the case said the papers were forged.',
  ])('%s', (text) => {
    expect(gated(text)).toBe(true);
  });
});

describe('sentences without a formula stay closed', () => {
  test.each([
    'The minister said the deal was off.',
    'Police named the victim on Tuesday.',
    'She was authorised to sign the contract.',
    'The company identified three suppliers.',
    'He was familiar to viewers of the show.',
    'The village is close by the river.',
  ])('%s', (text) => {
    expect(gated(text)).toBe(false);
  });
});
