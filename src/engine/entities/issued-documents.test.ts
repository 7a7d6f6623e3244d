/**
 * Documents and descriptions that take the namedness of what the story named (decisions 14, 15,
 * 20, 67, 68, 83 and 84 of the labelled sets): a document a named body made (`a survey carried
 * out by the X Residents' Association`, `a report by the council's finance officers`), the report
 * a named body issued and the story returns to paragraphs later or announced in its headline,
 * `the force` after a named police force, `the prosecution` of a named trial, `the couple` after
 * two names joined by `and`, and `his agent` of the person named right before. Every sentence is
 * invented.
 */
import { describe, expect, test } from 'vitest';
import { cueSource, spans } from '../test-helpers';

describe('a document takes the namedness of the body or people that made it', () => {
  test.each([
    // a phrasal participle of making it: `carried out by`, `drawn up by`, `put together by`
    [
      "Tenants at Kilburn House formed an association last year. A survey carried out by the Kilburn House Residents' Association found that most flats had damp.",
      'found',
      "A survey carried out by the Kilburn House Residents' Association",
    ],
    [
      'The Ostrel Chamber of Commerce polled its members. A study drawn up by the chamber found that rents had doubled.',
      'found',
      'A study drawn up by the chamber',
    ],
    [
      'Most shops expect sales to fall, according to a survey carried out by the Marlow Chamber of Commerce.',
      'according to',
      'a survey carried out by the Marlow Chamber of Commerce',
    ],
    // a body named before, referred to by a word of its name
    [
      'The Diocese of Wendle plans to close two churches. A consultation document published by the diocese says both buildings need repairs.',
      'says',
      'A consultation document published by the diocese',
    ],
    [
      'The Harbour Trust owns the pier. An assessment compiled by the trust warns that the deck could collapse.',
      'warns',
      'An assessment compiled by the trust',
    ],
    [
      'The Tessin Rowing Club has 300 members. A notice posted by the club says the boathouse will close in May.',
      'says',
      'A notice posted by the club',
    ],
    // people of a body the story met before (decision 65's "council finance officers")
    [
      "Labour runs Marsh Vale Council. The savings are needed, according to a review by the council's finance officers.",
      'according to',
      "a review by the council's finance officers",
    ],
    // a time phrase before the agent
    [
      'Attacks rose sharply, according to a report published in June by the Ostrel Cyber Institute.',
      'according to',
      'a report published in June by the Ostrel Cyber Institute',
    ],
  ])('%s', (text, cue, source) => {
    expect(cueSource(text, cue)?.slice(0, 2)).toEqual([source, true]);
    expect(spans(text, 'unnamed')).not.toContain(source.split(' ').slice(0, 2).join(' '));
  });

  test.each([
    // the maker is unnamed, or only a reporter got hold of it, or the story never met the body
    [
      'Shops are closing, according to a survey carried out by a group of traders.',
      'according to',
      'a survey carried out by a group of traders',
    ],
    [
      'Rents have doubled, according to a report by the committee.',
      'according to',
      'a report by the committee',
    ],
    [
      'Jobs will go, according to a memo obtained by the Ledger.',
      'according to',
      'a memo obtained by the Ledger',
    ],
    [
      'Staff were warned, according to a study drawn up by consultants.',
      'according to',
      'a study drawn up by consultants',
    ],
    [
      'Hospitals are short of beds, according to a survey carried out by some doctors.',
      'according to',
      'a survey carried out by some doctors',
    ],
  ])('%s', (text, cue, source) => {
    expect(cueSource(text, cue)?.slice(0, 2)).toEqual([source, false]);
  });
});

describe('the report a named body issued, met again paragraphs later or in the headline', () => {
  test.each([
    [
      'Trains ran late on a third of days, the Office of Rail Standards said in a report on Tuesday. Passengers complained for months. The minister promised action. Unions blamed staff cuts. Fares rose in January. According to the report, the worst month was March.',
      'According to',
      'the report',
    ],
    [
      'Waits doubled last winter, the Care Standards Board said in a report released on Thursday. Nurses described corridors full of trolleys. A hospital spokeswoman said the trust was recruiting. The minister promised funding. The report also notes that two deaths are being investigated.',
      'notes',
      'The report',
    ],
    [
      'Ferries were cancelled on 40 days, Orrin Ferries wrote in a letter to customers on Monday. Passengers have complained for months. The harbour master blamed the weather. A councillor demanded answers. The letter said new boats would arrive in May.',
      'said',
      'The letter',
    ],
    // a headline's document that the lede's body issued (decision 83)
    [
      'Rail delays hit record, safety report reveals\n\nTrains ran late on a third of days, the Office of Rail Standards said in a report on Tuesday. Passengers complained for months. According to the report, the worst month was March.',
      'According to',
      'the report',
    ],
    [
      'Exam software marked down essays, audit finds\n\nThe software gave lower marks to some pupils, the Kessel Examinations Board said in an audit published on Friday. Teachers had raised concerns. The audit found no evidence of deliberate bias.',
      'found',
      'The audit',
    ],
  ])('%s', (text, cue, source) => {
    expect(cueSource(text, cue)?.slice(0, 2)).toEqual([source, true]);
    expect(spans(text, 'unnamed')).not.toContain(source);
  });

  test.each([
    // the headline's document and its repeats, when the body names no issuer
    'Rail delays hit record, safety report reveals\n\nTrains ran late on a third of days, according to a report seen by the Courier. Passengers complained for months. According to the report, the worst month was March.',
    // a report only a reporter got hold of, met again later
    'Trains ran late on a third of days, according to a report seen by the Courier. Passengers complained for months. The minister promised action. According to the report, the worst month was March.',
  ])('%s', (text) => {
    expect(cueSource(text, 'According to')?.slice(0, 2)).toEqual(['the report', false]);
  });

  test('the headline document is no unnamed actor once the body issued it', () => {
    const text =
      'Rail delays hit record, safety report reveals\n\nTrains ran late on a third of days, the Office of Rail Standards said in a report on Tuesday. According to the report, the worst month was March.';
    expect(cueSource(text, 'reveals')?.slice(0, 2)).toEqual(['safety report', true]);
    expect(spans(text, 'unnamed')).toEqual([]);
  });
});

describe('an aside with an irregular participle and its agent stands between subject and verb', () => {
  test.each([
    ['A review, seen by the Post, found no evidence of wrongdoing.', 'A review'],
    [
      'A council review of the contract, seen by Vale Weekly, found no evidence of wrongdoing.',
      'A council review of the contract',
    ],
    ['An audit, seen by the Courier, found no evidence of fraud.', 'An audit'],
    ['A report, written by two professors, found failings at every level.', 'A report'],
    ['A study, drawn up by consultants, found no evidence of harm.', 'A study'],
  ])('%s', (text, source) => {
    expect(cueSource(text, 'found')?.[0]).toBe(source);
  });
});

describe('definite descriptions of what the story named', () => {
  test.each([
    // `the force` after a named police force
    [
      'Three officers have been suspended, Kelmshire Police said on Friday. The inquiry continues. A fourth officer has retired, the force said.',
      'said',
      1,
      'the force',
    ],
    [
      'The Ardley Constabulary has opened an inquiry. In a statement, the force said two men had been arrested.',
      'said',
      0,
      'the force',
    ],
    [
      'Ellis and Wold Police are appealing for witnesses. The van had been stolen a day earlier, the force said.',
      'said',
      0,
      'the force',
    ],
    // after a headline's "force says" that came before the name
    [
      'Man shot dead by police in Kellford, force says\nKELLFORD (Wire) - Police shot a man early on Tuesday, the Kellford Police Service said.\nOfficers were called at 3 a.m., the force said.',
      'said',
      1,
      'the force',
    ],
    // a force whose name goes on with a word for the service
    [
      'Officers shot a man on Friday, the Tarrow Police Department said. The force said the officers had been called to a disturbance.',
      'said',
      1,
      'The force',
    ],
    [
      "Deputies arrested two men, the Brill County Sheriff's Office said. The man died at the scene, the force added.",
      'added',
      0,
      'the force',
    ],
    [
      'The Ardley Police Service has opened an inquiry. In a statement, the force said two men had been arrested.',
      'said',
      0,
      'the force',
    ],
    // `the couple`, `the pair` after two names joined by `and`
    [
      'Gareth and Sian Penrose allege that the cameras film their patio. In court papers, the couple say they have been made prisoners in their own home.',
      'say',
      0,
      'the couple',
    ],
    [
      'Tom Reyes and Ann Okafor have run the bakery since 2009. The pair said the rent had doubled.',
      'said',
      0,
      'The pair',
    ],
  ])('%s', (text, cue, nth, source) => {
    expect(cueSource(text, cue, nth)?.slice(0, 2)).toEqual([source, true]);
    expect(spans(text, 'unnamed')).not.toContain(source);
  });

  test.each([
    // `the prosecution` of a named trial (decision 84)
    [
      'The trial of Marta Kell, 52, continued on Tuesday. According to the prosecution, Kell moved the money to her own account.',
      'According to',
      'the prosecution',
    ],
    [
      'Dario Venn denies fraud. The prosecution says he forged 40 invoices.',
      'says',
      'The prosecution',
    ],
    // `his agent`, `her agent` of the person named right before (decision 67)
    [
      'Former coach Nils Ekberg is the favourite. Ekberg is keen to return, though his agent told the Post no approach had been made.',
      'told',
      'his agent',
    ],
    [
      'Striker Tomas Rell has been linked with a move. His agent said no offer had been received.',
      'said',
      'His agent',
    ],
    [
      'Singer Ana Brooks cancelled the tour. Her agent said she was exhausted.',
      'said',
      'Her agent',
    ],
    [
      'Her co-host Danny Price was seen leaving the studio. He declined to comment, but his agent insisted the pair remain close.',
      'insisted',
      'his agent',
    ],
  ])('%s', (text, cue, source) => {
    const got = cueSource(text, cue);
    expect(got?.[0]).toBe(source);
    expect(got?.[1]).not.toBe(false);
    expect(spans(text, 'unnamed')).not.toContain(source);
  });

  test.each([
    // no named force, trial, pair or person before
    [
      'Two officers were suspended. The inquiry continues. A fourth officer has retired, the force said.',
      'said',
      0,
      'the force',
    ],
    [
      'Officers were called at 9pm, police said. A man was arrested, the force said.',
      'said',
      1,
      'the force',
    ],
    // a police union is not the force
    [
      'The Tarrow Police Federation criticised the cuts. Two officers were hurt, the force said.',
      'said',
      0,
      'the force',
    ],
    ['The prosecution says he forged 40 invoices.', 'says', 0, 'The prosecution'],
    [
      'Residents say the cameras film their patio. In court papers, the couple say they have been made prisoners.',
      'say',
      1,
      'the couple',
    ],
    [
      'Neighbours complained about the noise. The pair said the party ended at midnight.',
      'said',
      0,
      'The pair',
    ],
    [
      'A striker has been linked with a move. His agent said no offer had been received.',
      'said',
      0,
      'His agent',
    ],
  ])('%s', (text, cue, nth, source) => {
    expect(cueSource(text, cue, nth)?.slice(0, 2)).toEqual([source, false]);
  });
});

describe('a document the next sentence says a body or its people made (decision 83)', () => {
  test.each([
    [
      "Troops were warned, according to an internal review obtained by Meridian Wire.\n\nThe review, compiled by the army's inspectorate and marked secret, concludes that a team reported movement.",
      'concludes',
      'The review',
    ],
    [
      "Jobs will go, according to an internal memo seen by the Ledger.\n\nThe memo, written by the bank's finance director, says 300 posts will close.",
      'says',
      'The memo',
    ],
    [
      'The Kelso Water Authority has been fined twice. Leaks rose, according to a report seen by the Gazette.\n\nThe report, drawn up by the authority, warns that pipes are failing.',
      'warns',
      'The report',
    ],
    [
      "The Orrin Hospital Trust runs two wards. Wards were unsafe, according to an audit obtained by the Courier.\n\nThe audit, carried out by the trust's internal auditors, found 40 breaches of the rules.",
      'according to',
      'an audit obtained by the Courier',
    ],
    [
      "Fees at Kessel University will rise, according to a letter seen by the Post.\n\nThe letter, signed by the university's vice-chancellor, says fees will rise by a tenth.",
      'says',
      'The letter',
    ],
  ])('%s', (text, cue, source) => {
    expect(cueSource(text, cue)?.slice(0, 2)).toEqual([source, true]);
  });

  test.each([
    // bare people, or a body the story never named
    'Jobs will go, according to an internal memo seen by the Ledger.\n\nThe memo, written by the consultants, says 300 posts will close.',
    'Jobs will go, according to an internal memo seen by the Ledger.\n\nThe memo, written by the staff, says 300 posts will close.',
    "Wards were unsafe, according to an audit obtained by the Courier.\n\nThe audit, carried out by the trust's internal auditors, says 40 rules were broken.",
  ])('%s', (text) => {
    expect(cueSource(text, 'says')?.[1]).toBe(false);
  });
});
