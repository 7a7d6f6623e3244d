import { describe, expect, test } from 'vitest';
import { analyze } from '../analyze';
import { cueSource as sourceOf } from '../test-helpers';

function unnamed(text: string): string[] {
  return analyze(text, { kinds: ['unnamed'] }).map((f) => text.slice(f.start, f.end));
}

describe('a description the story names later is the named entity', () => {
  test('a title named later: the person who holds it', () => {
    const text =
      'Weeks before the vote, the finance minister cited the figures in a speech. In March, Finance Minister Olga Rendt told parliament that the deficit had doubled.';
    expect(sourceOf(text, 'cited')?.[1]).toBe(true);
    expect(sourceOf(text, 'cited')?.[2]).toBe(sourceOf(text, 'told')?.[2]);
  });

  test('a role named later by `The <role>, <Name>`: the person named', () => {
    const text =
      'The bank said the data was safe, a month after a software engineer first warned it of the flaw. It fixed the flaw in May. The engineer, Ola Brandt, said she had written twice.';
    expect(sourceOf(text, 'warned')?.[1]).toBe(true);
    expect(sourceOf(text, 'warned')?.[2]).toBe('Ola Brandt');
  });

  test('a role named later by `the <role>, <Name>` outside a source mention is named', () => {
    const text =
      'The board ignored a warning from a structural engineer who flagged the cracks. Months later it hired the engineer, Tomas Weir, to oversee repairs.';
    expect(sourceOf(text, 'flagged')?.[0]).toBe('a structural engineer');
    expect(sourceOf(text, 'flagged')?.[1]).toBe(true);
  });

  test('a role whose head names nobody later stays unnamed', () => {
    const text =
      'The board ignored a warning from a structural engineer who flagged the cracks. Months later it hired the surveyor, Tomas Weir, to oversee repairs.';
    expect(sourceOf(text, 'flagged')?.[1]).toBe(false);
  });

  test('a role named later by another role stays unnamed', () => {
    const text =
      'The bank said the data was safe, a month after a software engineer first warned it of the flaw. It fixed the flaw in May. The auditor, Ola Brandt, said she had written twice.';
    expect(sourceOf(text, 'warned')?.[1]).toBe(false);
  });

  test('a title of another office stays unnamed', () => {
    const text =
      'Weeks before the vote, the finance minister cited the figures in a speech. In March, Health Minister Olga Rendt told parliament that the deficit had doubled.';
    expect(sourceOf(text, 'cited')?.[1]).toBe(false);
  });

  test('a document a named body prepared, as the story says later', () => {
    const text =
      'An internal review concluded that the dam was unsafe, according to two engineers. The 40-page review, prepared by inspectors at the Corran Water Authority, was never published.';
    expect(sourceOf(text, 'concluded')?.[1]).toBe(true);
    expect(unnamed(text)).not.toContain('An internal review');
  });

  test('a document a named body issued, with `by` in capitals or after a time', () => {
    const text =
      'A leaked audit found the depot had lost track of 300 tonnes of grain, according to two clerks. The audit, compiled in April BY staff of the Varna Grain Board, was shelved.';
    expect(sourceOf(text, 'found')?.[1]).toBe(true);
  });

  test('a study a named journal published later is named', () => {
    const text =
      'A new study suggested the drug halves relapses, two doctors said. The study, published last week in the Harlow Medical Review, followed 900 patients.';
    const named = sourceOf(text, 'suggested')?.[1];
    // `in` as part of a word ("in-house") or `by` inside one ("nearby") places nothing
    const inHouse = text.replace('in the Harlow', 'in-house the Harlow');
    const nearby = text.replace('in the Harlow', 'nearby the Harlow');
    expect(named).toBe(true);
    expect(sourceOf(inHouse, 'suggested')?.[1]).toBe(false);
    expect(sourceOf(nearby, 'suggested')?.[1]).toBe(false);
  });

  test('a document someone obtained later stays unnamed', () => {
    const text =
      'An internal review concluded that the dam was unsafe. The 40-page review, obtained by the Corran Courier, was never published.';
    expect(sourceOf(text, 'concluded')?.[1]).toBe(false);
  });
});

describe('a story’s first description named at the start of its next sentence', () => {
  test('is that person', () => {
    const text =
      'A former nurse told a tribunal on Monday that she had reported the leak twice. Hanna Roos, 44, testified for the union.';
    expect(sourceOf(text, 'told')?.[1]).toBe(true);
    expect(sourceOf(text, 'told')?.[2]).toBe('Hanna Roos');
  });

  test('not when the source was granted anonymity', () => {
    const text =
      'A former nurse, speaking on condition of anonymity, told reporters the leak was known. Hanna Roos said nothing.';
    expect(sourceOf(text, 'told')?.[1]).toBe(false);
  });

  test('not when the next sentence opens with someone else', () => {
    const text =
      'A former nurse told a tribunal on Monday that she had reported the leak twice. The hospital said Hanna Roos had left.';
    expect(sourceOf(text, 'told')?.[1]).toBe(false);
  });
});

describe('a vague group the next sentence names as a body with its own noun', () => {
  test('is named, and no unnamed actor', () => {
    const text =
      'The count was slow but fair, international inspectors said on Monday.\n\nThe Baltic Vote Monitoring Mission, which sent 90 inspectors to the polls, said in a report that two districts had problems.';
    expect(sourceOf(text, 'said')?.[1]).toBe(true);
    expect(unnamed(text)).not.toContain('international inspectors');
  });

  test('not when the next sentence only shares a modifier with it', () => {
    const text =
      'The count was slow but fair, election officials said on Monday.\n\nThe Baltic Election Commission said in a report that two districts had problems.';
    expect(sourceOf(text, 'said')?.[1]).toBe(false);
  });

  test('not when the group is not in the story’s first sentence', () => {
    const text =
      'Polls closed at eight.\n\nThe count was slow but fair, international inspectors said on Monday.\n\nThe Baltic Vote Monitoring Mission, which sent 90 inspectors to the polls, said in a report that two districts had problems.';
    expect(sourceOf(text, 'said')?.[1]).toBe(false);
  });
});

describe('a body the lede describes and the next sentence names', () => {
  test.each([
    // the author of the document the lede credited
    'Prisoners at the Harrow camp were kept in cold cells, a watchdog group said in a report on Friday. The report by Fairwind Monitor draws on 40 interviews.',
    // an organisation's name among the next sentence's first words
    'The river is unsafe for swimming, an environmental charity said on Monday. The Kessel River Trust tested water at 30 sites.',
  ])('%s', (text) => {
    expect(sourceOf(text, 'said')?.[1]).toBe(true);
  });

  test('a body whose next sentence names none first stays unnamed', () => {
    const text =
      'The river is unsafe for swimming, an environmental charity said on Monday. Swimmers said the Kessel River Trust had warned them.';
    expect(sourceOf(text, 'said')?.[1]).toBe(false);
  });
});

describe('a document its later mention says a named person signed', () => {
  test('coordinated in the aside, by a surname met before', () => {
    const text =
      'Orla Quint, who runs the Brightwater fund, has told clients the fund lost 8%, according to a memo seen by the Daily Ledger. The memo, dated May 4 and signed by Quint, blames a bad bet on oil.';
    expect(sourceOf(text, 'according to')?.[1]).toBe(true);
    expect(sourceOf(text, 'blames')?.[1]).toBe(true);
  });

  test('signed by no one named, it stays unnamed', () => {
    const text =
      'The fund lost 8%, according to a memo seen by the Daily Ledger. The memo, dated May 4 and signed by two managers, blames a bad bet on oil.';
    expect(sourceOf(text, 'according to')?.[1]).toBe(false);
  });
});

describe('a headline person the lede describes and the next sentence names', () => {
  test('the headline is the named person too', () => {
    const text =
      'Bank hid losses for years, trader tells fraud trial\n\nA former bond trader told jurors on Monday that the bank hid its losses. Maria Lentz, 41, testified that she was told to keep two sets of books.';
    expect(sourceOf(text, 'tells')?.[1]).toBe(true);
    expect(sourceOf(text, 'tells')?.[2]).toBe('Maria Lentz');
  });

  test('a lede never named leaves the headline unnamed', () => {
    const text =
      'Bank hid losses for years, trader tells fraud trial\n\nA former bond trader told jurors on Monday that the bank hid its losses. The bank denies wrongdoing.';
    expect(sourceOf(text, 'tells')?.[1]).toBe(false);
  });
});

describe('a lede document by a described body the next sentence names', () => {
  test.each([
    [
      'Floods in May were made worse by a blocked sluice, a review by the water regulator found on Monday.\n\nThe Kessel Water Authority said the sluice had not been cleared for a year.',
      true,
    ],
    // (not when the next sentence names no body)
    [
      'Floods in May were made worse by a blocked sluice, a review by the water regulator found on Monday.\n\nResidents said the sluice had not been cleared for a year.',
      false,
    ],
  ] as const)('%s', (text, named) => {
    expect(sourceOf(text, 'found')?.[1]).toBe(named);
  });
});

describe("a lede's body known by whose it is, named in the next sentence", () => {
  test.each([
    [
      'Striker Banned\n\nStriker Tom Vale has failed a drugs test, his club confirmed on Friday. Ashbury Rovers said Vale had been suspended.',
      true,
    ],
    [
      'Unit Sold\n\nThe chain will close 40 stores, its parent company announced on Monday. Orrin Holdings said the cuts would save money.',
      true,
    ],
    // the next sentence names no body
    [
      'Striker Banned\n\nStriker Tom Vale has failed a drugs test, his club confirmed on Friday. Vale said he had been suspended.',
      false,
    ],
  ])('%s', (text, named) => {
    const cue = /confirmed|announced/.exec(text)![0];
    expect(sourceOf(text, cue)?.[1]).toBe(named);
  });
});

describe("a lede's role that a later sentence names by that role", () => {
  test('a prosecutor named two sentences later by the title before her name', () => {
    const text =
      'A bookkeeper stole $80,000 from a dance school, a prosecutor told a jury on Tuesday.\n\nMarta Quill, 44, denies six counts of theft. She has pleaded not guilty.\n\nIn her opening statement, prosecutor Dana Whitlow said the money paid for holidays.';
    expect(sourceOf(text, 'told')?.slice(0, 3)).toEqual(['a prosecutor', true, 'Dana Whitlow']);
  });

  test('a prosecutor named later as a district attorney', () => {
    const text =
      'A landlord forged repair invoices for years, a prosecutor told jurors Monday as his trial opened.\n\nTomas Brell, 61, is accused of forgery.\n\n"He billed for roofs that were never built," Assistant District Attorney Ruth Amsel said in her opening statement.';
    expect(sourceOf(text, 'told')?.slice(0, 3)).toEqual(['a prosecutor', true, 'Ruth Amsel']);
  });

  test('a witness named later by the same role word', () => {
    const text =
      'The driver ran a red light before the crash, a witness told the court on Monday.\n\nKarl Hesse, 30, denies dangerous driving.\n\nWitness Ada Marr said the van had not slowed down.';
    expect(sourceOf(text, 'told')?.[1]).toBe(true);
  });

  test('a role no later name holds stays unnamed', () => {
    const text =
      'A bookkeeper stole $80,000 from a dance school, a prosecutor told a jury on Tuesday.\n\nMarta Quill, 44, denies six counts of theft.\n\nHer lawyer, Dana Whitlow, said the money was a loan.';
    expect(sourceOf(text, 'told')?.[1]).toBe(false);
  });

  test('a role outside the lede is not named by a later title', () => {
    const text =
      'The trial opened on Monday.\n\nThe money paid for holidays, a prosecutor told the jury.\n\nProsecutor Dana Whitlow later read out the bank records.\n\nProsecutor Dana Whitlow said the records were complete.';
    expect(sourceOf(text, 'told')?.[1]).toBe(false);
  });
});
