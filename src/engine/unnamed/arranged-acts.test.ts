import { describe, expect, test } from 'vitest';
import { spans } from '../test-helpers';

// `be to` with a plain verb tells of an act people have arranged (position.ts): its subject acts;
// `be to be` with a participle is a passive ahead.

describe('the subject of `be to` and a plain verb acts', () => {
  test.each([
    ['Two prison guards are to give evidence at the inquiry next week.', 'Two prison guards'],
    [
      'Tram drivers in the city are to strike for three days in a row over pay.',
      'Tram drivers in the city',
    ],
    ['A nurse at the hospital is to appeal the ruling.', 'A nurse at the hospital'],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed')).toContain(want);
  });

  test.each([
    // a passive ahead: acted upon
    ['A supplier is to be found for the contract.', 'A supplier'],
    // a body's own plan, which the story is about
    [
      'A crisis service in the city is to stop taking calls overnight.',
      'A crisis service in the city',
    ],
  ])('not: %s', (text, word) => {
    expect(spans(text, 'unnamed')).not.toContain(word);
  });
});

// After a plural body, an unknown word with its object is the verb in a source's account, as after
// plural people (position.ts).

describe('a plural body before a plain verb acts', () => {
  test.each([
    ['A league doctor said some clubs simply ignore the rule.', 'some clubs'],
    ['Residents said two gangs control the estate.', 'two gangs'],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed')).toContain(want);
  });

  test.each([
    // a generic present no source reports, and a compound's noun
    [
      'Some website operators take their privacy policies more seriously.',
      'Some website operators',
    ],
    ['He was convicted of bribery, honest services fraud and lying.', 'honest services'],
  ])('not: %s', (text, word) => {
    expect(spans(text, 'unnamed')).not.toContain(word);
  });
});
