/**
 * Constructions of real news writing that the invented sets rarely use: downplaying and
 * summing up, content objects of `stress` and `detail`, idioms of expression (`broke her
 * silence`, `calls that into question`, `offered a glimpse`), adjectives of stance with a clause
 * (`is adamant that`), `holds that`, `as the paper reports,` and parties as speakers.
 */
import { describe, expect, test } from 'vitest';
import { seen, spans } from './test-helpers';

/** The cue `cue` in `text`, with its source. */
function cueIn(text: string, cue: string): { text: string; source?: string } | undefined {
  return seen(text, 'attribution').find((s) => s.text === cue);
}

describe('criticism, praise and downplaying by a speaker report', () => {
  test.each([
    ['The manager downplayed the injury before Sunday’s derby.', 'downplayed', 'The manager'],
    ['She played down the risk of a recession in her first interview.', 'played down', 'She'],
    [
      'The minister nevertheless played down that danger at Question Time.',
      'played down',
      'The minister',
    ],
    ['Tories lambasted the chancellor over the fuel duty rise.', 'lambasted', 'Tories'],
    ['Democrats savaged the proposal as a giveaway to insurers.', 'savaged', 'Democrats'],
    [
      'The former coach once summed up the club’s problem in four words.',
      'summed up',
      'The former coach',
    ],
    ['The auditor summarised her concerns for the committee.', 'summarised', 'The auditor'],
  ])('%s', (text, cue, source) => {
    expect(cueIn(text, cue)?.source).toBe(source);
  });

  test('a praise verb in the passive is a cue and hides who praises', () => {
    const text = 'The port has long been heralded as a model of efficiency.';
    expect(spans(text, 'attribution')).toContain('heralded');
    expect(spans(text, 'agentless')).toEqual(['has long been heralded']);
  });

  test.each([
    'The children played down by the river until dark.',
    'The band played down the street all night.',
    'The dog savaged a sheep in the lower field.',
    'That photograph sums up the whole season.',
    'The invoices sum up to a little over a million dollars.',
    'The first frosts heralded a long, hard winter.',
  ])('not when nobody speaks: %s', (text) => {
    expect(spans(text, 'attribution')).toEqual([]);
  });
});

describe('what a speaker stresses, details or outlines is content', () => {
  test.each([
    ['He stressed the importance of early screening.', 'stressed'],
    ['The governor also stressed the need for calm on the roads.', 'stressed'],
    ['In the book she details a string of broken promises.', 'details'],
    ['The chief executive outlined a plan to close four depots.', 'outlined'],
  ])('%s', (text, cue) => {
    expect(spans(text, 'attribution')).toContain(cue);
  });

  test.each([
    'The sergeant detailed two officers to the gate.',
    'The app can build very detailed profiles of its users.',
  ])('not an order or an adjective: %s', (text) => {
    expect(spans(text, 'attribution')).toEqual([]);
  });

  test('praise with `as` after the object is a cue', () => {
    expect(spans('Critics heralded the album as a return to form.', 'attribution')).toEqual([
      'heralded',
    ]);
  });
});

describe('idioms of expression: breaking one’s silence, calling into question, a glimpse', () => {
  test.each([
    [
      'The striker’s agent broke his silence on the transfer on Friday.',
      'broke his silence',
      'The striker’s agent',
    ],
    [
      'A leaked audit calls those figures into question.',
      'calls those figures into question',
      'A leaked audit',
    ],
    [
      'The inspection report called into question the council’s timetable.',
      'called into question',
      'The inspection report',
    ],
    [
      'Two former employees have cast doubt on the company’s account.',
      'have cast doubt',
      'Two former employees',
    ],
    [
      'The governor offered a glimpse of his plans for the port.',
      'offered a glimpse',
      'The governor',
    ],
    [
      'In court the founder gave a rare peek into the firm’s finances.',
      'gave a rare peek',
      'the founder',
    ],
  ])('%s', (text, cue, source) => {
    expect(cueIn(text, cue)?.source).toBe(source);
  });

  test('called into question in the passive takes its agent', () => {
    const text = 'Her account has been called into question by defence lawyers.';
    expect(cueIn(text, 'called into question')?.source).toBe('defence lawyers');
  });

  test.each([
    'The goalkeeper broke the silence with a shout.',
    'She called the dog into the kitchen.',
    'The coach called him into her office.',
    'The exhibition offers a glimpse of life in 1920.',
    'The shop offered a discount to students.',
  ])('not the literal sense: %s', (text) => {
    expect(spans(text, 'attribution')).toEqual([]);
  });
});

describe('an adjective of stance with a clause reports what its subject holds', () => {
  test.each([
    [
      'The nurses’ union is adamant that agency staff must be paid the same.',
      'is adamant',
      'The nurses’ union',
    ],
    ['The regulator is concerned the merger would raise fares.', 'is concerned', 'The regulator'],
    ['Engineers are confident that the bridge will reopen by May.', 'are confident', 'Engineers'],
    [
      'The central bank remains optimistic that inflation will ease.',
      'remains optimistic',
      'The central bank',
    ],
    ['The mayor is not convinced the scheme will work.', 'is not convinced', 'The mayor'],
    [
      'Residents have been deeply sceptical that the plant is safe.',
      'have been deeply sceptical',
      'Residents',
    ],
  ])('%s', (text, cue, source) => {
    expect(cueIn(text, cue)?.source).toBe(source);
  });

  test.each([
    'The farmer was concerned about the cost of feed.',
    'It is doubtful that the bill will pass this year.',
    '“We are confident that the team will win,” she said.',
    'As far as the union is concerned, the deal is dead.',
    'Investors were worried.',
    'The ministry is deeply concerned about rhetoric that divides the country.',
  ])('not without a clause, with `it` or in the first person: %s', (text) => {
    expect(spans(text, 'attribution').filter((c) => !c.includes('said'))).toEqual([]);
  });
});

describe('a view, a court or a person that holds a clause reports it', () => {
  test.each([
    ['The appeals court held that the search was unlawful.', 'held', 'The appeals court'],
    ['She has always held that the rules apply to everyone.', 'has always held', 'She'],
  ])('%s', (text, cue, source) => {
    expect(cueIn(text, cue)?.source).toBe(source);
  });

  test('an idea that holds is a cue without a source', () => {
    const text = 'One theory holds that the eels navigate by the magnetic field.';
    expect(cueIn(text, 'holds')).toEqual({ text: 'holds' });
    expect(spans(text, 'unnamed')).toEqual([]);
  });

  test.each([
    'The visitors held that lead until the final minute.',
    'The bank holds that stake through a subsidiary.',
    'The suspect was held in a cell overnight.',
  ])('not holding a thing or a person: %s', (text) => {
    expect(spans(text, 'attribution')).toEqual([]);
  });
});

describe('a reporting verb closing a clause of `as` is a verb', () => {
  test.each([
    ['As Bloomberg reports, the talks stalled over pensions.', 'reports', 'Bloomberg'],
    ['The deal, as the paper notes, was never signed.', 'notes', 'the paper'],
  ])('%s', (text, cue, source) => {
    expect(cueIn(text, cue)?.source).toBe(source);
  });

  test('a noun after `as` is still a noun', () => {
    expect(spans('As trading posts, the forts were vital.', 'attribution')).toEqual([]);
  });
});

describe('criticism or praise with what it is for, and a cue noun before its content’s colon', () => {
  test.each([
    ['The scheme has drawn criticism for its cost.', 'criticism'],
    ['The goalkeeper won praise for a string of saves.', 'praise'],
    ['Among the audit’s main findings: two wards were never inspected.', 'findings'],
    ['Her warning to parents: keep the pills locked away.', 'warning'],
  ])('%s', (text, cue) => {
    expect(spans(text, 'attribution')).toContain(cue);
  });

  test.each([
    'The insurer has paid out on claims for flood damage.',
    'Findings: a guide for new researchers',
  ])('not a demand or a heading: %s', (text) => {
    expect(spans(text, 'attribution')).toEqual([]);
  });
});

describe('grasping, writing as an act, and generic passives report or hide nothing', () => {
  test.each([
    '“He never understood how risky the loans were,” his sister said.',
    'After writing the report, she resigned from the board.',
    'Let us start by parsing that tweet: eleven words in all.',
  ])('%s', (text) => {
    expect(spans(text, 'attribution').filter((c) => c !== 'said')).toEqual([]);
  });

  test('understanding that a thing is so is still a report', () => {
    expect(spans('The paper understands that the deal is close.', 'attribution')).toEqual([
      'understands',
    ]);
  });

  test.each([
    'There is still a great deal to be learned from the crash.',
    'There was no trace of the money to be found anywhere.',
    'There is little to be gained from a recount.',
  ])('a generic amount to be done hides nobody: %s', (text) => {
    expect(spans(text, 'agentless')).toEqual([]);
  });

  test('a planned act still hides its agent', () => {
    expect(spans('The bridge is to be rebuilt next year.', 'agentless')).toEqual(['be rebuilt']);
  });
});

describe('a time phrase may open the clause after `that`', () => {
  test.each([
    ['A review of county records shows that in 2012, two inspectors left.', 'shows'],
    ['Company filings show that last year, profits doubled.', 'show'],
  ])('%s', (text, cue) => {
    expect(spans(text, 'attribution')).toContain(cue);
  });
});

describe('waving away a claim or a worry reports; waving away a thing does not', () => {
  test.each([
    ['The treasurer brushed off questions about the loan.', 'brushed off', 'The treasurer'],
    ['The coach shrugged off the criticism after the defeat.', 'shrugged off', 'The coach'],
    ['A spokeswoman waved away concerns about the reactor.', 'waved away', 'A spokeswoman'],
    ['The chairman laughed off suggestions that he would quit.', 'laughed off', 'The chairman'],
  ])('%s', (text, cue, source) => {
    expect(cueIn(text, cue)?.source).toBe(source);
  });

  test.each([
    'The winger shrugged off a knee injury to score twice.',
    'She brushed off the snow and went inside.',
    'The referee waved away the penalty appeals.',
  ])('%s', (text) => {
    expect(spans(text, 'attribution')).toEqual([]);
  });
});
