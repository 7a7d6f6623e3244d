import { expect, test } from 'vitest';
import { buildContext } from './context';
import { WordFacts } from './word-facts';

test('a fact is scanned once per text part and word, and kept apart by part', () => {
  const facts = new WordFacts();
  const a = buildContext('The council said the road would close.');
  const b = buildContext('The council met.');
  let scans = 0;
  const scan = (answer: boolean) => () => (scans++, answer);
  expect(facts.get(a, 'council', scan(true))).toBe(true);
  expect(facts.get(a, 'council', scan(false))).toBe(true);
  expect(facts.get(a, 'road', scan(false))).toBe(false);
  expect(facts.get(b, 'council', scan(false))).toBe(false);
  expect(scans).toBe(3);
});
