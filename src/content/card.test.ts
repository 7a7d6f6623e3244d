import { describe, expect, test } from 'vitest';
import { cardFacts, spokenText, type CardModel } from './card';

const base: CardModel = {
  kind: 'attribution',
  quote: 'Asked',
  why: 'The question put to a source: the answer that follows is the claim',
  sample: { background: { color: '#ffe08a', ink: '#000000' } },
  canNote: false,
  keys: false,
};

describe('cardFacts', () => {
  test('an attribution without a source says none is given', () => {
    expect(cardFacts({ ...base, quote: 'was confirmed' })).toContainEqual([
      'Source',
      'none given in this sentence',
    ]);
  });

  test('the reporter’s question says the answer credits the source, not that none is given', () => {
    const rows = cardFacts({ ...base, question: true });
    expect(rows).toContainEqual([
      'Source',
      'a question, not a claim: the answer that follows credits its source',
    ]);
    expect(spokenText({ ...base, question: true })).not.toContain('none given');
  });

  test('an unnamed actor who is a source shows what the story says of their anonymity', () => {
    const model: CardModel = {
      ...base,
      kind: 'unnamed',
      quote: 'a senior harbour source',
      why: 'an unnamed source: not identified by name',
      backs: 2,
      backsStandards: {
        reason: null,
        basis: 'who attended the talks',
        specificity: 'by a role only',
      },
    };
    expect(cardFacts(model)).toEqual([
      ['Why', 'an unnamed source: not identified by name'],
      ['Source of', '2 claims in this article'],
      ['Why anonymous', 'no reason given'],
      ['How they know', 'who attended the talks'],
      ['Described as', 'by a role only'],
    ]);
    expect(spokenText(model)).toContain('Why anonymous: no reason given. How they know');
  });

  test('a finding the reader made another kind says whose its reason is', () => {
    const model: CardModel = {
      ...base,
      kind: 'attribution',
      quote: 'The attackers',
      why: 'an unnamed actor: not identified by name',
      correctedFrom: 'unnamed',
    };
    expect(cardFacts(model)[0]).toEqual([
      'Who Said’s reason',
      'an unnamed actor: not identified by name',
    ]);
    expect(cardFacts({ ...model, correctedFrom: undefined })[0]?.[0]).toBe('Why');
  });

  test('a joint source names both and says what each backs', () => {
    const rows = cardFacts({
      ...base,
      quote: 'said',
      source: {
        name: 'Mara Lind and Teo Brack',
        words: 'Lind and Brack',
        group: 'named',
        claims: 2,
        members: [
          { name: 'Mara Lind', claims: 2 },
          { name: 'Teo Brack', claims: 3 },
        ],
      },
    });
    expect(rows).toContainEqual([
      'Source',
      'Mara Lind and Teo Brack, here “Lind and Brack”',
      'named',
    ]);
    expect(rows).toContainEqual([
      'In this article',
      'Mara Lind backs 2 claims; Teo Brack backs 3 claims',
    ]);
  });

  test('a spokeswoman of a body the ledger lists says whose she is, and what it backs', () => {
    const rows = cardFacts({
      ...base,
      quote: 'said',
      source: {
        name: 'A Talvik Foods spokeswoman',
        group: 'partial',
        claims: 1,
        body: { name: 'Talvik Foods', claims: 4 },
      },
    });
    expect(rows).toContainEqual(['Of', 'Talvik Foods, the source of 4 claims here too']);
  });

  test('a spokesman of a person says whose he is, by name, whether or not that person backs claims', () => {
    const source = { name: 'his spokesman', group: 'partial' as const, claims: 1 };
    expect(
      cardFacts({ ...base, quote: 'said', source: { ...source, body: { name: 'Oren Valk' } } }),
    ).toContainEqual(['Of', 'Oren Valk']);
    expect(
      cardFacts({
        ...base,
        quote: 'said',
        source: { ...source, body: { name: 'Oren Valk', claims: 1 } },
      }),
    ).toContainEqual(['Of', 'Oren Valk, the source of 1 claim here too']);
  });

  test('a claim the article heard second-hand says how it came', () => {
    const source = { name: 'a senior manager', group: 'unnamed' as const, claims: 1 };
    expect(
      cardFacts({ ...base, quote: 'told', source: { ...source, via: 'told Reuters' } }),
    ).toContainEqual(['Second-hand', 'told Reuters']);
    expect(cardFacts({ ...base, quote: 'told', source }).map((r) => r[0])).not.toContain(
      'Second-hand',
    );
  });
});
