/**
 * `citing` a reason in quotation marks (`citing "unusual market conditions"`, `citing his
 * "complete lack of remorse"`) is a cue with no source, like `citing weak demand`: the reason is
 * the subject's, given in someone's words. Every sentence is invented.
 */
import { describe, expect, test } from 'vitest';
import { seen } from '../test-helpers';

const citing = (text: string) => seen(text, 'attribution').find((s) => s.text === 'citing');

describe('citing a quoted reason', () => {
  test.each([
    'The lender froze all withdrawals on Monday, citing "exceptional market stress".',
    'The magistrate refused bail, citing his "total lack of insight" into the offences.',
    'The band called off its spring tour, citing "personal and family reasons", its label said.',
    'Contracts were awarded without tender, often citing "urgency" that was never recorded.',
  ])('%s', (text) => {
    expect(citing(text)).toEqual({ text: 'citing' });
  });

  test.each([
    // a police appeal's reference in quotation marks: nobody is quoted
    'Anyone with information should call the force, quoting "Operation Larkspur".',
    // an adjective, not a cue
    'The label promised fans an exciting "new chapter" for the band.',
  ])('not: %s', (text) => {
    const words = seen(text, 'attribution').map((s) => s.text);
    expect(words.filter((w) => /(citing|quoting)$/.test(w))).toEqual([]);
  });
});
