import { describe, expect, test } from 'vitest';
import { analyze } from '../index';

const unnamed = (text: string): string[] =>
  analyze(text)
    .filter((f) => f.kind === 'unnamed')
    .map((f) => text.slice(f.start, f.end));

const sourceOf = (text: string): { text: string; named: boolean | string } | undefined => {
  const f = analyze(text).find((x) => x.kind === 'attribution' && x.source);
  return f?.source
    ? { text: text.slice(f.source.start, f.source.end), named: f.source.named }
    : undefined;
};

// Decision 67: those known only by whom they are close to stay unnamed. A name in apposition
// right after "close to the chief executive" or "allies of the home secretary" is the
// principal's (a person close to someone is not introduced by name and then as "a person close
// to"), so it names the principal, not the source.
describe('a name after the principal of a closeness phrase is the principal', () => {
  test.each([
    [
      'A person close to the chief executive, Maya Orr, said she had been frustrated.',
      'A person close to the chief executive',
    ],
    [
      'Allies of the home secretary, Marcus Vell, insist he has the confidence of the cabinet.',
      'Allies of the home secretary',
    ],
    [
      "Several people close to the bank's founder, Aurel Vast, said he had moved assets.",
      "Several people close to the bank's founder",
    ],
    [
      'She had been frustrated, sources close to the chairman, Piet Voss, said.',
      'sources close to the chairman',
    ],
    [
      'According to a confidant of the governor, Ruth Amadi, she will not run again.',
      'a confidant of the governor',
    ],
  ])('%s', (text, phrase) => {
    expect(unnamed(text)).toContain(phrase);
    expect(sourceOf(text)).toEqual({ text: phrase, named: false });
  });

  test('a name in apposition to the speaker still names the speaker', () => {
    // (one who speaks for a body, and a relative whose name the text gives)
    expect(unnamed('A spokesman for the club, Jo Hale, said the deal was close.')).toEqual([]);
    expect(unnamed('Her son, Anders, said she had been frustrated.')).toEqual([]);
    // (no definite principal: the name is the person's own)
    expect(unnamed('A close friend, Ana Ruiz, said she had been frustrated.')).toEqual([]);
  });
});
