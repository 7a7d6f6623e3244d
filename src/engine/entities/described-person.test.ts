import { describe, expect, test } from 'vitest';
import { analyze } from '../analyze';
import type { Named } from '../types';

/** The source of the first cue reading `cue`: its entity's name and namedness. */
function sourceOf(text: string, cue: string): { name: string | undefined; named: Named } | null {
  const f = analyze(text, { kinds: ['attribution'] }).find(
    (x) => text.slice(x.start, x.end) === cue,
  );
  return f?.source ? { name: f.source.entity?.name, named: f.source.named } : null;
}

describe('"The 27-year-old" is the person named before', () => {
  test.each([
    // the nearest person named before, in a later sentence
    [
      'Striker Dario Mendes was sent off in the second half. The 24-year-old said he would appeal the decision.',
      'said',
      'Dario Mendes',
    ],
    // the person the text gave that age, past a nearer one
    [
      'Tom Reed, 52, was arrested after Lena Sorensen, 27, was hurt. The 27-year-old told officers she had been attacked.',
      'told',
      'Lena Sorensen',
    ],
    // an age in apposition with `a`: still the named person's
    [
      'Paul Sorensen, a 30-year-old teacher, was arrested on Monday. The 30-year-old told reporters he was innocent.',
      'told',
      'Paul Sorensen',
    ],
    // with a noun after the age
    [
      'Kit Alvarez signed a new contract on Tuesday. The 22-year-old winger insisted he had never wanted to leave.',
      'insisted',
      'Kit Alvarez',
    ],
  ])('%s', (text, cue, name) => {
    expect(sourceOf(text, cue)).toEqual({ name, named: true });
  });

  test.each([
    // an unnamed person of that age came first
    'A 45-year-old man was arrested over the death of Paul Sorensen. The 45-year-old told reporters he was innocent.',
    // a woman, and the only person named is not known to be one
    'Coach Ian Moss praised the forward. The 19-year-old woman said she was grateful.',
    // a person the text gave another age
    'Tom Reed, 52, was questioned on Friday. The 27-year-old told officers she had been attacked.',
  ])('%s stays unnamed', (text) => {
    const cue = /\b(told|said)\b/.exec(text.slice(text.indexOf('. ') + 2))![1]!;
    expect(sourceOf(text, cue)?.named).toBe(false);
  });
});
