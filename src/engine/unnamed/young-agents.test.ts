import { describe, expect, test } from 'vitest';
import { spans } from '../test-helpers';

describe('a young person new to the story who does the act of a passive (anon23b)', () => {
  test.each([
    ['The delivery rider was attacked by two teenagers near the canal.', 'two teenagers'],
    ['Her bike was stolen by three youths outside the library.', 'three youths'],
    ['The pensioner was punched by a teenager outside the post office.', 'a teenager'],
    ['A shopper was kicked by a teenager in a grey hoodie on Friday.', 'a teenager'],
    ['The window had been deliberately broken by two girls, police said.', 'two girls'],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed').join(' | ')).toContain(want);
  });

  test.each([
    // company or kinship, no act
    ['The actor, who died on Monday, was accompanied by a teenager on the trip.', 'teenager'],
    ['She was raised by a single mother and two teenagers in Kelm.', 'teenagers'],
    // a victim of the act, not its agent
    ['Two teenagers were injured in the crash on the bypass.', 'teenagers'],
    // no passive before the `by`
    ['The shelter stands by two schools where a teenager was hurt.', 'two schools'],
  ])('not: %s', (text, word) => {
    expect(spans(text, 'unnamed').join(' | ')).not.toContain(word);
  });
});

describe('an obituary family: the agent of a passive of kinship does nothing (anon23b)', () => {
  test.each([
    ['Marsh, who taught at the school for 30 years, is survived by two daughters.', 'daughters'],
    ['She is survived by a brother and four grandchildren.', 'a brother'],
    ['He was predeceased by two sisters and is survived by a son.', 'sisters'],
  ])('not: %s', (text, word) => {
    expect(spans(text, 'unnamed').join(' | ')).not.toContain(word);
  });

  test.each([
    // a relative who acts is known only by relation
    ['The savings were taken by a cousin of the victim, police said.', 'a cousin'],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed').join(' | ')).toContain(want);
  });
});
