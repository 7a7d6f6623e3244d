/**
 * Subjects that session 15 found the engine missed, each written from its construction (every
 * sentence is invented):
 *
 * - after a quotation, an inverted subject whose post-modifier the phrase reader cuts short (at a
 *   preposition, or inside a name) keeps its core: `wrote analyst Priya Chandran in a note to
 *   clients`, `said Marisol Vance of the Patients First Alliance`;
 * - after a quotation, nouns joined by `and` up to the clause's end are one inverted subject: `said
 *   a former trust and safety lead`;
 * - a perfect verb after a comma-fenced aside shares its subject with the verb coordinated after
 *   it: `Brenner, 26, had denied wrongdoing and argued`;
 * - a relative aside that ends in a quotation, its comma after the closing mark, is skipped to the
 *   subject: `Four former employees, who described the team as "a closed shop", said`.
 */
import { describe, expect, test } from 'vitest';
import { analyze } from '../analyze';

/** The source of the first cue reading `cue`: its words and namedness, or undefined. */
function sourceOf(text: string, cue: string): [string, unknown] | undefined {
  const f = analyze(text, { kinds: ['attribution'] }).find(
    (g) => text.slice(g.start, g.end) === cue,
  );
  return f?.source ? [text.slice(f.source.start, f.source.end), f.source.named] : undefined;
}

describe('an inverted subject after a quotation', () => {
  test.each([
    [
      '"Prices will rise," wrote analyst Priya Chandran in a note to clients.',
      'wrote',
      'analyst Priya Chandran',
      true,
    ],
    [
      '"Prices will rise," said Marisol Vance of the Patients First Alliance.',
      'said',
      'Marisol Vance',
      true,
    ],
    [
      '"It was never tested," said Tomas Grell in a letter to the board.',
      'said',
      'Tomas Grell',
      true,
    ],
    [
      '"We were told to stop writing things down," said a former trust and safety lead.',
      'said',
      'a former trust and safety lead',
      false,
    ],
    [
      '"Nobody checked the welds," said a health and safety officer.',
      'said',
      'a health and safety officer',
      false,
    ],
    ['"We lost the vote," said Ana Ruiz and Tom Bell.', 'said', 'Ana Ruiz and Tom Bell', true],
  ])('%s', (text, cue, source, named) => {
    expect(sourceOf(text, cue)).toEqual([source, named]);
  });

  test.each([
    // (no quotation before the verb: what follows it is its object)
    ['Dorrity, of Slough, denies attempted murder and aggravated burglary.', 'denies', 'Dorrity'],
    ['Vell, 41, denies fraud and false accounting.', 'denies', 'Vell'],
  ])('%s keeps its subject before the verb', (text, cue, source) => {
    expect(sourceOf(text, cue)?.[0]).toBe(source);
  });
});

describe('a perfect verb after an aside, coordinated with a reporting verb', () => {
  test.each([
    ['Brenner, 26, had denied wrongdoing and argued that the meat was bad.', 'argued', 'Brenner'],
    [
      'The sprinter, who is 26, has denied wrongdoing and insisted the test was flawed.',
      'insisted',
      'The sprinter',
    ],
    [
      'Tom Vesk, a former mayor, has rejected the claims and said he would sue.',
      'said',
      'Tom Vesk',
    ],
  ])('%s', (text, cue, source) => {
    expect(sourceOf(text, cue)?.[0]).toBe(source);
  });

  test('a perfect inside reported content still does not share the reporter', () => {
    const text =
      'Officials said the firm, which is broke, had breached the rules and misled investors.';
    expect(
      analyze(text, { kinds: ['attribution'] }).map((f) => text.slice(f.start, f.end)),
    ).toEqual(['said']);
  });
});

describe('a relative aside that ends in a quotation', () => {
  test.each([
    [
      'Four former employees, who described the team as "a closed shop", said concerns were dismissed.',
      'said',
      'Four former employees',
    ],
    ['The coach, who called the ruling "a disgrace", said he would appeal.', 'said', 'The coach'],
    [
      'Two nurses, who described the hospital’s night ward as "chaotic", told the inquiry staff were exhausted.',
      'told',
      'Two nurses',
    ],
  ])('%s', (text, cue, source) => {
    expect(sourceOf(text, cue)?.[0]).toBe(source);
  });
});

describe('a reporting verb after ", but" or ", and" past the content of an earlier one', () => {
  test.each([
    [
      'Two exporters in the port said farms had seen leaves burnt, but cautioned that it was too early to say.',
      'cautioned',
      'Two exporters in the port',
    ],
    [
      'She said the talks stalled after both sides walked out, but warned that a deal was close.',
      'warned',
      'She',
    ],
    [
      'Police said the driver fled after officers arrived, and added that he was not armed.',
      'added',
      'Police',
    ],
    [
      'The union said members voted to strike after managers cut pay, and insisted that talks could resume.',
      'insisted',
      'The union',
    ],
    [
      'Growers said frost had burnt leaves on up to 40% of trees, but cautioned that losses were unclear.',
      'cautioned',
      'Growers',
    ],
    [
      'A spokesman said the bins were emptied after crews worked overtime, but admitted that some streets were missed.',
      'admitted',
      'A spokesman',
    ],
  ])('%s', (text, cue, source) => {
    expect(sourceOf(text, cue)?.[0]).toBe(source);
  });
});

describe('a relative clause that ends in a time phrase with "that"', () => {
  test.each([
    [
      'Two prison officers who were on duty that night said the wing was short-staffed.',
      'said',
      'Two prison officers',
    ],
    ['Residents who were evacuated that morning said the smoke was thick.', 'said', 'Residents'],
    [
      'Two guards who were at the gate that evening told the inquiry nobody left.',
      'told',
      'Two guards',
    ],
  ])('%s', (text, cue, source) => {
    expect(sourceOf(text, cue)?.[0]).toBe(source);
  });
});
