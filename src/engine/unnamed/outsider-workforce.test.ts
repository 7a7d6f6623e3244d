import { describe, expect, test } from 'vitest';
import { spans } from '../test-helpers';

// A bare workforce or trade plural that acts or is in a state in the content of a cue whose
// speaker does not speak for its body (outsider-workforce.ts; decisions 140, 219).
describe('a workforce in an outside speaker’s words', () => {
  test.each([
    ['Another insider said producers were "in a state of panic".', 'producers'],
    ['A ward clerk said nurses were expected to cover two wards.', 'nurses'],
    ['A person close to the guild said members were "angrier than ever".', 'members'],
    ['One porter told the Courier that cleaners were "close to walking out".', 'cleaners'],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed')).toContain(want);
  });

  test.each([
    // the body, or a named person of it: they speak for their own people
    ['The guild said members were "angrier than ever".', 'members'],
    [
      'Mara Voss, the firm’s chief executive, said producers were "in a state of panic".',
      'producers',
    ],
    // people only told, hired or lobbied (decisions 71 and 227), and what befalls them
    ['A porter said staff had been told little about the sale.', 'staff'],
    [
      'One supervisor said replacement drivers were being recruited from an agency.',
      'replacement drivers',
    ],
    ['A council insider said councillors had been lobbied by developers.', 'councillors'],
    ['An estate agent said buyers were struggling to get loans.', 'buyers'],
    // a class's general statement
    ['Security experts say ambassadors are among the most watched officials.', 'ambassadors'],
    // what people may or must do, and a reason inside the anonymity formula
    ['A porter said staff can claim the cost back.', 'staff'],
    ['A porter said cleaners will refuse the new rota.', 'cleaners'],
    [
      'A nurse, who spoke on condition of anonymity because staff are barred from talking to reporters, said the ward was full.',
      'staff',
    ],
    // a phrase that carries a body or a count, members a body only places, people at large
    ['A porter said the depot’s staff were "in a state of panic".', 'the depot’s staff'],
    ['A porter said two cleaners were "in a state of panic".', 'two cleaners'],
    ['A porter said club members were "in a state of panic".', 'club members'],
    ['A porter said passengers were "in a state of panic".', 'passengers'],
  ])('%s', (text, not) => {
    expect(spans(text, 'unnamed')).not.toContain(not);
  });
});
