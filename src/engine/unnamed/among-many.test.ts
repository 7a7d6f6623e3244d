// People of a named body whom an indefinite or counted phrase leaves among many (among-many.ts).
// Found with scripts/drop-audit.ts's `markedAnonymous` cause; the sentences are invented.
import { describe, expect, test } from 'vitest';
import { seen, spans } from '../test-helpers';

describe('people of a named body left among many are unnamed', () => {
  test.each([
    // counted, as actors, as sources and in other positions
    [
      'Two former sales managers at Pelbrook Dairies ran the scheme for years.',
      'Two former sales managers at Pelbrook Dairies',
    ],
    [
      'A nurse at Orsa General Hospital said the ward had been short of staff for months.',
      'A nurse at Orsa General Hospital',
    ],
    [
      'Inspectors interviewed several engineers at Kestrow Aviation about the repairs.',
      'several engineers at Kestrow Aviation',
    ],
    [
      'The union says one driver at Marlow Coaches was disciplined for refusing the shift.',
      'one driver at Marlow Coaches',
    ],
    // an apposition to an unnamed phrase describes an unnamed person
    [
      'One of them, a cashier at Hobart Savings, said the tills had been short for weeks.',
      'a cashier at Hobart Savings',
    ],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed')).toContain(want);
  });

  test.each([
    // a unique office names its holder; a definite or bare plural is the body acting
    ['The chief executive of Pelbrook Dairies said the results were strong.', 'chief executive'],
    ['Researchers at Ostwick University found that the drug slowed the disease.', 'Researchers'],
    // a predicate or an apposition to a name describes someone the text names
    ['Lena Hart, a nurse at Orsa General Hospital, said the ward was full.', 'a nurse'],
    ['Hart is a nurse at Orsa General Hospital and has worked there for a decade.', 'a nurse'],
    // a predicate after a contracted `be`, a description set off by a colon, a group's makeup,
    // and victims
    ["If you're a fan of Brellor Games' racing titles, the console is worth a look.", 'a fan'],
    [
      'Ana Lind came to the lab the same way: a recent graduate of Holt College with a degree in physics.',
      'a recent graduate',
    ],
    [
      'The station crew of six, including two Varda Space Agency astronauts, returned on Friday.',
      'astronauts',
    ],
    ['A ferry worker and a guard at Velm Castle were killed in the attack.', 'a guard'],
    // a count in figures is a staffing figure
    ['The ferry was carrying 212 passengers and 19 crew from Tarnby Lines.', '19 crew'],
  ])('%s', (text, not) => {
    expect(spans(text, 'unnamed').join(' | ')).not.toContain(not);
  });

  test('a repeat of a person of a named body stays a named source (decision 23)', () => {
    const text =
      'The emails were exchanged between the minister and an adviser in the Grants Office. The adviser replied that the payment was allowed.';
    expect(seen(text, 'attribution').find((f) => f.text === 'replied')?.named).not.toBe(false);
  });
});
