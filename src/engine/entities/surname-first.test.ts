import { describe, expect, test } from 'vitest';
import { analyze } from '../analyze';

/** The entity name of the `nth` cue reading `cue` in `text`. */
function entityOf(text: string, cue: string, nth = 0): string | undefined {
  const f = analyze(text, { kinds: ['attribution'] }).filter(
    (g) => text.slice(g.start, g.end) === cue,
  )[nth];
  return f?.source?.entity?.name;
}

describe('a surname met before the full name is that person', () => {
  test('a headline surname, then the full name in the story', () => {
    const text =
      'Reeves says council ignored warnings\n\nEric Reeves, a former planning officer, said on Tuesday that the council had been warned twice.';
    expect(entityOf(text, 'says')).toBe('Eric Reeves');
    const titled =
      'Ms. Adeyemi rejects claims\n\nThe finance minister, Grace Adeyemi, told parliament the figures were wrong.';
    expect(entityOf(titled, 'rejects')).toBe('Grace Adeyemi');
  });

  test('two people of that surname named later: neither is guessed', () => {
    const text =
      'Lindqvist warns of strike\n\nJonas Lindqvist said the union would vote on Friday. His sister, Maja Lindqvist, said she opposed a strike.';
    expect(entityOf(text, 'warns')).toBe('Lindqvist');
  });

  test('a company of that name in the story: the headline word is not the person', () => {
    const text =
      'Harlow warns of job cuts\n\nHarlow Motor Co. said on Monday it would close two plants. Ann Harlow, the founder’s granddaughter, said the family was not consulted.';
    expect(entityOf(text, 'warns')).not.toBe('Ann Harlow');
  });
});
