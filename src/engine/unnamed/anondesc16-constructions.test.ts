/**
 * Constructions of unnamed actors that the anon sentence sets of several writers missed (session
 * 16): a person or body picked out by a restrictive relative clause or participle phrase before
 * its own verb (a relative clause, an -ing or a past participle phrase), an indefinite
 * apposition to an unnamed actor or source, people seen or heard doing something in a passive, a body's workforce acting in
 * what an unnamed source tells, a service sent for, a content clause after the person told, and
 * what people were doing in a source's account. The sentences are invented.
 */
import { describe, expect, test } from 'vitest';
import { spans } from '../test-helpers';

describe('a restrictive clause between the phrase and its verb', () => {
  test.each([
    ['One analyst who covers the sector cut her forecast on Monday.', 'One analyst'],
    ['A man wearing a red cap smashed the window and ran off.', 'A man'],
    ['A fund that owns about 3% of the shares is preparing to oppose the merger.', 'A fund'],
    ['One broker who handled the orders later described the trades as routine.', 'One broker'],
    ['A driver who was using his phone hit the barrier on Friday.', 'A driver'],
    ['A man who was at the scene described the driver as calm.', 'A man'],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed')).toContain(want);
  });

  test.each([
    'People who smoke are more likely to fall ill.',
    'Teachers who work nights will get extra pay from next year.',
    'Jane Okafor, who runs the bakery, closed it on Friday.',
    'The chief executive told analysts that margins had improved in the quarter.',
    'The mayor warned colleagues that readings had been above the limit.',
  ])('no new actor: %s', (text) => {
    const got = spans(text, 'unnamed');
    expect(got).not.toContain('People');
    expect(got).not.toContain('Teachers');
    expect(got).not.toContain('analysts');
    expect(got).not.toContain('colleagues');
  });
});

describe('a past participle phrase between the phrase and its verb', () => {
  test.each([
    ['A hedge fund run by a former banker has built a stake in the brewer.', 'A hedge fund'],
    [
      'A group of investors led by a former executive is preparing a bid, people familiar said.',
      'A group of investors',
    ],
    ['A man charged with the attack appeared in court on Monday.', 'A man'],
    ['A consortium backed by two pension funds has made an offer for the port.', 'A consortium'],
    ['A firm based in the capital bought the rights last year.', 'A firm'],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed')).toContain(want);
  });

  test.each([['A prisoner who died in his cell had pressed the alarm nine times.', 'A prisoner']])(
    'a victim, or no clause subject: %s',
    (text, not) => {
      expect(spans(text, 'unnamed')).not.toContain(not);
    },
  );
});

describe('an indefinite apposition to an unnamed actor or source', () => {
  test.each([
    [
      'A rival bidder, a family-owned seed company from the north, pulled out last week, the people said.',
      'a family-owned seed company from the north',
    ],
    [
      'One of the lenders, a regional bank in the south, has refused to extend the loan, the person said.',
      'a regional bank in the south',
    ],
    [
      'A person familiar with the deal said the buyer, an investment fund in the Gulf, had signed.',
      'an investment fund in the Gulf',
    ],
    [
      'Two suppliers, a chemicals maker and a logistics group, have stopped deliveries, an official said.',
      'a chemicals maker',
    ],
    [
      'The person said another suitor, a private-equity firm, had dropped out.',
      'a private-equity firm',
    ],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed')).toContain(want);
  });

  test.each([
    ['Mayor Ann Cole, a former teacher, said the school would reopen.', 'a former teacher'],
    ['The company, a maker of pumps, said profits rose.', 'a maker of pumps'],
    [
      'One striker, a crane operator who has worked at the port for years, said talks had failed.',
      'a crane operator',
    ],
    ['Alex Ward, a lawyer at Hale & Co, said the firm would appeal.', 'a lawyer at Hale & Co'],
    ['A spokeswoman for Hale Trust, a parents’ group, said it would appeal.', 'a parents’ group'],
  ])('not after a named or known one: %s', (text, not) => {
    expect(spans(text, 'unnamed')).not.toContain(not);
  });
});

describe('people seen or heard doing something', () => {
  test.each([
    ['Two men were seen leaving the house at dawn, according to neighbours.', 'Two men'],
    ['In the video, a woman can be heard shouting at the guards.', 'a woman'],
    ['Masked men were filmed setting fire to the car.', 'Masked men'],
    ['A guard was caught stealing from the lockers, a colleague said.', 'A guard'],
    ['Armed men in uniform were spotted entering the village.', 'Armed men in uniform'],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed')).toContain(want);
  });

  test.each([
    ['A man was seen lying on the pavement.', 'A man'],
    ['A woman was seen clinging to a tree as the water rose.', 'A woman'],
    ['Maria Lund was seen leaving the club at midnight.', 'Maria Lund'],
  ])('a state or a named person: %s', (text, not) => {
    expect(spans(text, 'unnamed')).not.toContain(not);
  });
});

describe("a body's workforce acting in what an unnamed source tells (decision 65)", () => {
  test.each([
    ['A person close to the company said directors were open to a sale.', 'directors'],
    ['An official said members had shredded the files before the raid.', 'members'],
    ['A fire officer at the scene said crews found the boy in the attic.', 'crews'],
    ['One insider said employees had walked out on Tuesday.', 'employees'],
    ['A neighbour said workers had started drilling at dawn.', 'workers'],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed')).toContain(want);
  });

  test.each([
    ['Mayor Jane Okafor said crews would work through the night.', 'crews'],
    ['A source said families had refused to leave their homes.', 'families'],
    ['The company said staff had been told of the change.', 'staff'],
    ['Chief Executive Tom Reyes said employees had walked out.', 'employees'],
  ])('not a named speaker’s people, a household or a known body: %s', (text, not) => {
    expect(spans(text, 'unnamed')).not.toContain(not);
  });
});

describe('a service sent for', () => {
  test.each([
    ['Police were called to the flat shortly after 10pm.', 'Police'],
    ['Officers were dispatched to the scene within minutes.', 'Officers'],
    ['A witness said police had been called to the house twice.', 'police'],
    ['Firefighters were called out to the blaze in the early hours.', 'Firefighters'],
    ['Paramedics were sent to the address after a neighbour raised the alarm.', 'Paramedics'],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed')).toContain(want);
  });

  test.each([
    'Police were told of the threat last week.',
    'Police have been criticised over the handling of the case.',
    'Police were called heroes by the mayor.',
    'Police were deployed in large numbers outside the building.',
  ])('not sent for: %s', (text) => {
    const got = spans(text, 'unnamed');
    expect(got).not.toContain('Police');
    expect(got).not.toContain('Officers');
  });
});

describe('the content clause after the person told', () => {
  test.each([
    ['A nurse told the paper that doctors had twice ignored the warnings.', 'doctors'],
    ['An insider told reporters that producers had cut the scene.', 'producers'],
    ['A former guard told the inquiry that inspectors had skipped the checks.', 'inspectors'],
    ['One resident assured the council that builders had ignored the rules.', 'builders'],
    ['A source warned the board that auditors had found gaps in the accounts.', 'auditors'],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed')).toContain(want);
  });

  test.each([
    'Dr. Lena Roth told the paper that doctors had ignored the warnings.',
    'A nurse told the paper that doctors must wash their hands.',
  ])('a named speaker, or a rule in general: %s', (text) => {
    expect(spans(text, 'unnamed')).not.toContain('doctors');
  });
});

describe('what people were doing in a source’s account', () => {
  test.each([
    ['A parent said teachers had been sending pupils home early.', 'teachers'],
    ['A shopkeeper said builders were working through the night.', 'builders'],
    ['One patient said nurses had been skipping the night rounds.', 'nurses'],
    ['A former manager said accountants were ready to sign off the figures.', 'accountants'],
    ['A witness said guards had been beating the prisoners.', 'guards'],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed')).toContain(want);
  });

  test.each([
    'Ana Ruiz said teachers had been sending pupils home early.',
    'A parent said teachers are leaving the profession.',
  ])('a named speaker, or a trend: %s', (text) => {
    expect(spans(text, 'unnamed')).not.toContain('teachers');
  });
});
