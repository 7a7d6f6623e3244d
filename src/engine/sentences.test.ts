import { describe, expect, test } from 'vitest';
import { splitSentences } from './sentences';
import { tokenize } from './tokenize';

const split = (text: string): string[] =>
  splitSentences(text).map((s) => text.slice(s.start, s.end));

describe('splitSentences', () => {
  test.each([
    ['Mr. Smith arrived. He left.', ['Mr. Smith arrived.', 'He left.']],
    ['U.S. officials said so. Others disagreed.', ['U.S. officials said so.', 'Others disagreed.']],
    [
      'He will be sworn in on Jan. 2 at noon. Then he speaks.',
      ['He will be sworn in on Jan. 2 at noon.', 'Then he speaks.'],
    ],
    [
      'Halvard Foods Inc. is in talks. Shares rose.',
      ['Halvard Foods Inc. is in talks.', 'Shares rose.'],
    ],
    [
      '“It’s off,” one executive said. “Still, it might slow him down.”',
      ['“It’s off,” one executive said.', '“Still, it might slow him down.”'],
    ],
    ['“Why?” he asked. Nobody answered.', ['“Why?” he asked.', 'Nobody answered.']],
    // a web address is one word; its stop ends no sentence
    [
      'The Snopes.com writer replied. She shops at Amazon.com.',
      ['The Snopes.com writer replied.', 'She shops at Amazon.com.'],
    ],
    [
      'Headline Without A Stop\n\nBody text here. More text.',
      ['Headline Without A Stop', 'Body text here.', 'More text.'],
    ],
    [
      'LARCHMONT, Wash. — A man was taken to a hospital.',
      ['LARCHMONT, Wash. — A man was taken to a hospital.'],
    ],
    ['It was 10:40 p.m. The ship left.', ['It was 10:40 p.m.', 'The ship left.']],
    // "No." is "number" only before one; before a word it is the answer and ends a sentence
    [
      'Is the claim true? No. Officials told us the figures were wrong.',
      ['Is the claim true?', 'No.', 'Officials told us the figures were wrong.'],
    ],
    [
      'Two members voted no. Okonkwo accused the board of bad faith.',
      ['Two members voted no.', 'Okonkwo accused the board of bad faith.'],
    ],
    // a list item's bullet and a liveblog entry's time stamp stand apart from its first sentence
    [
      'What we know\n• Police said it. \n- Two died.',
      ['What we know', '•', 'Police said it.', '-', 'Two died.'],
    ],
    [
      '14:05 Police said it.\n9.48pm Delegates left.',
      ['14:05', 'Police said it.', '9.48pm', 'Delegates left.'],
    ],
    [
      'He moved into No. 10 in July. Nos. 3 and 4 were sold.',
      ['He moved into No. 10 in July.', 'Nos. 3 and 4 were sold.'],
    ],
    [
      'Sgt. Owen Pryce of the St. Anne precinct spoke.',
      ['Sgt. Owen Pryce of the St. Anne precinct spoke.'],
    ],
  ])('%j', (text, expected) => {
    expect(split(text)).toEqual(expected);
  });
});

describe('tokenize', () => {
  test.each([
    ['Corrigan’s office', ['corrigan', "'s", 'office']],
    ["the residents' objections", ['the', 'residents', "'", 'objections']],
    ['U.S. officials', ['u.s.', 'officials']],
    ['the US government', ['the', 'u.s.', 'government']],
    ['“Yes,” he said', ['“', 'yes', ',', '”', 'he', 'said']],
    ['it’s a deal', ["it's", 'a', 'deal']],
    ['long-rumoured phone', ['long-rumoured', 'phone']],
    ['$2.1 billion', ['$', '2.1', 'billion']],
    ['Ann Roe, D-N.Y., said', ['ann', 'roe', ',', 'd-n.y.', ',', 'said']],
  ])('%j', (text, expected) => {
    const tokens = tokenize(text);
    expect(tokens.map((t) => t.lower)).toEqual(expected);
    for (const t of tokens) expect(t.end).toBeGreaterThan(t.start);
  });

  test('a word with a curly apostrophe is the same table word as with a straight one', () => {
    // (and the word: its index among the tokens)
    for (const [curly, straight, word] of [
      ['They don’t know', "They don't know", 1],
      ['the Mayor’s aide', "the Mayor's aide", 1],
      ['O’Brien’s report', "O'Brien's report", 0],
    ] as const) {
      const a = tokenize(curly);
      const b = tokenize(straight);
      expect(a.map((t) => [t.lower, t.f, t.id])).toEqual(b.map((t) => [t.lower, t.f, t.id]));
      expect(a[word]!.id).toBeGreaterThanOrEqual(0);
    }
  });

  test('straight quotes get a direction', () => {
    const tokens = tokenize('"Yes," he said.');
    expect(tokens[0]!.lower).toBe('“');
    expect(tokens[3]!.lower).toBe('”');
  });
});
