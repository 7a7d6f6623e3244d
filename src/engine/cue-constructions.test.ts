import { describe, expect, test } from 'vitest';
import { seen, sourceText, spans } from './test-helpers';

/** The cue `cue` in `text`, with its source. */
function cueIn(text: string, cue: string): { text: string; source?: string } | undefined {
  return seen(text, 'attribution').find((s) => s.text === cue);
}

describe('`by some` before an actor is a vague agent, before a measure a means', () => {
  test.each([
    ['The new timetable was mocked by some commuters.', 'was mocked', 'some commuters'],
    [
      'Her ruling was later criticised by some judges as too narrow.',
      'was later criticised',
      'some judges',
    ],
  ])('%s', (text, cue, source) => {
    expect(cueIn(text, cue)?.source).toBe(source);
    expect(spans(text, 'agentless')).toEqual([]);
  });

  test.each([
    ['Exports were cut by some 30 percent.', ['were cut']],
    ['The garden was, by some accounts, neglected for years.', []],
  ])('%s', (text, passives) => {
    expect(spans(text, 'agentless')).toEqual(passives);
  });
});

describe('doubting or waving away a claim or a document reports', () => {
  test.each([
    ['The audit was later questioned by the Port Authority.', 'was later questioned'],
    ['Two nurses were moved after questioning her rota.', 'questioning'],
    ['Okafor dismisses the suggestion that she was pushed out.', 'dismisses'],
    ['The league dismissed the allegations within hours.', 'dismissed'],
  ])('%s', (text, cue) => {
    expect(spans(text, 'attribution')).toContain(cue);
  });

  test.each([
    'The suspect was questioned by detectives for six hours.',
    'Detectives questioned her on Friday.',
    'The judge dismissed the charges against both men.',
    'The manager dismissed the whole staff in March.',
  ])('no cue in %j', (text) => {
    expect(spans(text, 'attribution')).toEqual([]);
  });
});

describe('a document published, with nothing after it, is an event', () => {
  test('"when the minutes were published," reports nothing', () => {
    expect(
      spans('The vote came out only when the minutes were published, weeks later.', 'attribution'),
    ).toEqual([]);
  });

  test('with its agent it is a cue', () => {
    expect(
      cueIn('The figures were published by the statistics office.', 'were published')?.source,
    ).toBe('the statistics office');
  });
});

describe("an inquiry's finding quoted as its object", () => {
  test.each([
    [
      'The ombudsman said investigators found "serious and repeated failings" at the home.',
      'found',
    ],
    ['The review found "a culture of silence" among senior doctors.', 'found'],
  ])('%s', (text, cue) => {
    expect(spans(text, 'attribution')).toContain(cue);
  });

  test.each([
    'Nurses on the ward found "a few odd readings" that night.',
    'She found "Moby Dick" hard going.',
  ])('no finding in %j', (text) => {
    expect(spans(text, 'attribution')).not.toContain('found');
  });
});

describe('a feeling quoted after `felt` is no claim', () => {
  test('felt "utterly betrayed"', () => {
    expect(spans('Parents felt "utterly betrayed" by the school.', 'attribution')).toEqual([]);
  });

  test('a quoted clause after `felt` is', () => {
    expect(spans('Parents felt "the school had stopped listening".', 'attribution')).toEqual([
      'felt',
    ]);
  });
});

describe('`since` between an auxiliary and its verb', () => {
  test.each([
    ['Neighbours have since accused the council of ignoring them.', 'have since accused'],
    ['The airline has since denied any fault.', 'has since denied'],
  ])('%s', (text, cue) => {
    expect(spans(text, 'attribution')).toEqual([cue]);
  });
});

describe('a that-clause opening on a quotation, after a partitive subject', () => {
  test('"One of them, <title> <name>, warned in a speech ... that “..."', () => {
    const text =
      'One of them, Senator Maya Lund, warned in a talk in Bellport on Friday that "waiting costs lives."';
    expect(cueIn(text, 'warned')?.source).toBe('One of them, Senator Maya Lund');
  });

  test('an -ing form opening a quotation is a gerund, no cue', () => {
    expect(
      spans('Her aide said that "admitting defeat now would be madness."', 'attribution'),
    ).toEqual(['said']);
  });
});

describe('senses of `argue` and `say` that report nothing', () => {
  test.each([
    'The two coaches were seen arguing outside the tunnel.',
    'He argued with the umpire for a full minute.',
    'We lost again, and that says everything.',
    'This says a lot about the club.',
  ])('no cue in %j', (text) => {
    expect(spans(text, 'attribution')).toEqual([]);
  });

  test.each([
    ['Economists argued in a note to clients that rates would fall.', 'argued'],
    ['The letter, which says much of the grant was wasted, is public.', 'says'],
  ])('%s', (text, cue) => {
    expect(spans(text, 'attribution')).toContain(cue);
  });
});

describe('a noun homograph before its own verb of the third person', () => {
  test('"the staff estimate now suggests": the estimate is the subject, no cue of its own', () => {
    expect(
      spans('Aides said the staff estimate now suggests a shortfall of $4 billion.', 'attribution'),
    ).toEqual(['said', 'suggests']);
  });

  test('a plural subject before the verb keeps it a verb', () => {
    expect(spans('Analysts forecast sales will rise.', 'attribution')).toEqual(['forecast']);
  });
});

test('after a plural subject the homograph is its verb, whatever follows', () => {
  expect(spans('The court papers quote texts in which he wrote: "Sell."', 'attribution')).toContain(
    'quote',
  );
});

describe('a verb of addressing, after a compound subject, with its hearer right after it', () => {
  test.each([
    ['Prices will rise again, one hedge-fund strategist tells Bloomberg.', 'tells'],
    ['One channel partner tells Tradewire that stock is piling up.', 'tells'],
    ['The merger is off, a second banker tells us.', 'tells'],
  ])('%s', (text, cue) => {
    expect(spans(text, 'attribution')).toContain(cue);
  });

  test.each(['The poker tells Dana learned were useless.', "A rookie's tells give him away."])(
    'no cue in %j',
    (text) => {
      expect(spans(text, 'attribution')).toEqual([]);
    },
  );
});

describe('data that show a quantity, and data that show in a relative clause', () => {
  test.each([
    ['The logs show at least 14 downloads from abroad.', 'show'],
    ['Court filings list around 40 creditors.', 'list'],
    ['The figures show over $2 million in unpaid fees.', 'show'],
    ['The club relied on survey results that showed a 20-point drop in support.', 'showed'],
    ['Staff pointed to logs that showed 40 missed checks.', 'showed'],
    ['Those documents appear to show that six people were paid twice.', 'show'],
  ])('%s', (text, cue) => {
    expect(spans(text, 'attribution')).toContain(cue);
  });

  test.each([
    ['He was accused of failing to report about $3 million in income.', 'report'],
    ['The team released a video that showed the new stadium.', 'showed'],
    ['The aim is to prove that the drug works.', 'prove'],
  ])('no cue %j in %j', (text, verb) => {
    expect(spans(text, 'attribution')).not.toContain(verb);
  });
});

describe('the British past `learnt` is a form of `learn`', () => {
  test.each([
    ['The Courier has learnt that the mayor will stand down.', 'has learnt'],
    ['It is learnt that two bids were withdrawn.', 'learnt'],
  ])('%s', (text, cue) => {
    expect(spans(text, 'attribution')).toEqual([cue]);
  });

  test('a skill learnt reports nothing', () => {
    expect(spans('She learnt to sail at six.', 'attribution')).toEqual([]);
  });
});

describe('`made aware` in the passive is being told', () => {
  test.each([
    ['Officers had been made aware of the complaint.', 'made aware'],
    ['The board was made aware that the audit had failed.', 'made aware'],
    ['Ministers were not made aware of the leak until June.', 'made aware'],
  ])('%s', (text, cue) => {
    expect(spans(text, 'attribution')).toEqual([cue]);
  });

  test('with a by-agent after the topic, the agent is the source', () => {
    expect(
      cueIn('The minister was made aware of the risk by an engineer.', 'made aware')?.source,
    ).toBe('an engineer');
  });

  test.each(['She made him aware of the risks.', 'Staff were made aware.'])(
    'no cue in %j',
    (text) => {
      expect(spans(text, 'attribution')).toEqual([]);
    },
  );
});

describe('raising an issue or a matter with someone voices it', () => {
  test.each([
    ['Two councillors raised the issue at a closed meeting.', 'raised the issue'],
    ['The embassy had raised the matter privately with ministers.', 'had raised the matter'],
    ['Several parents raised a complaint with the head teacher.', 'raised a complaint'],
  ])('%s', (text, cue) => {
    expect(spans(text, 'attribution')).toContain(cue);
  });

  test.each([
    'The crash raised the question of who was driving.',
    'Prices were raised twice last year.',
  ])('no cue in %j', (text) => {
    expect(spans(text, 'attribution')).toEqual([]);
  });
});

describe('a document that records content', () => {
  test.each([
    ['The minutes record that the vote was never taken.', 'record'],
    ['The ledgers, which a former clerk kept, record 90 payments to the firm.', 'record'],
  ])('%s', (text, cue) => {
    expect(spans(text, 'attribution')).toContain(cue);
  });

  test.each([
    'The band will record a new album in May.',
    'Police recorded 40 burglaries last year.',
    'The temperature was recorded at noon.',
  ])('no cue in %j', (text) => {
    expect(spans(text, 'attribution')).toEqual([]);
  });
});

describe('a verb of belief that someone was told to hold', () => {
  test.each([
    ['Nurses had been told informally to expect big changes.', 'expect'],
    ['Members were advised to expect new rules by June.', 'expect'],
    ['Residents were warned to assume the water was unsafe.', 'assume'],
  ])('%s: no cue %j', (text, verb) => {
    expect(spans(text, 'attribution')).not.toContain(verb);
  });

  test.each([
    ['Officials expect the bridge to reopen in May.', 'expect'],
    ['Economists were told the bank expects a cut.', 'expects'],
  ])('%s', (text, cue) => {
    expect(spans(text, 'attribution')).toContain(cue);
  });
});

describe("the reporter's question set off before the answer", () => {
  // decisions 131 and 149: the question is a cue with no source, the answer's verb a second one
  test.each([
    ['Asked about the delay, the coach said the pitch was waterlogged.', ['Asked', 'said']],
    [
      'Okafor, asked whether she would run again, insisted she was undecided.',
      ['asked', 'insisted'],
    ],
    [
      'Asked why the plant closed, a spokeswoman declined to comment.',
      ['Asked', 'declined to comment'],
    ],
    ['Asked whether she would close the port again, she does not hesitate.', ['Asked']],
  ])('%s', (text, cues) => {
    expect(spans(text, 'attribution')).toEqual(cues);
  });

  test.each([
    ['Okafor, asked whether she would run again, insisted she was undecided.', 'asked'],
    ["The club's programmers, asked about the cut, would say only that it was final.", 'asked'],
    ['Asked about the memo, an aide said it was a draft.', 'Asked'],
  ])('%s: the one asked is not the source of %j', (text, cue) => {
    expect(sourceText(text, cue)).toBeNull();
  });

  test.each([
    ['She asked whether the plan was legal.', 'asked'],
    ['Two senators asked about the costs, and the minister said nothing.', 'asked'],
  ])('%s keeps %j', (text, cue) => {
    expect(spans(text, 'attribution')).toContain(cue);
  });
});

describe('a clausal verb inverted after its content, its subject last', () => {
  test.each([
    ['Stolen painting was sold twice, claim researchers', 'claim', 'researchers'],
    ['The merger will cost jobs, warn union leaders.', 'warn', 'union leaders'],
    ['The levy was never collected, claim two former clerks.', 'claim', 'two former clerks'],
  ])('%s', (text, cue, source) => {
    expect(cueIn(text, cue)?.source).toBe(source);
  });

  test.each([
    'The river rose, threatening homes.',
    'The dam will fail, claim the cracks in its wall.',
  ])('no cue in %j: no one who can say it after the verb', (text) => {
    expect(spans(text, 'attribution')).toEqual([]);
  });
});

describe('a negated passive of `confirm` with no agent: nobody confirmed it', () => {
  test.each([
    'Their figures could not be independently confirmed.',
    'That version of events has not been confirmed.',
    'The reports cannot be confirmed.',
  ])('no cue in %j', (text) => {
    expect(spans(text, 'attribution')).toEqual([]);
  });

  test.each([
    ['The fee was not confirmed by either club.', 'was not confirmed'],
    ['It has not been confirmed whether the striker will play.', 'confirmed'],
    ['Police confirmed the arrest on Monday.', 'confirmed'],
  ])('%s', (text, cue) => {
    expect(spans(text, 'attribution')).toContain(cue);
  });
});

// (a statement: a medium such as a memo or a post is left to the verb beside it, decision 33)
describe('a statement phrase opening the sentence with a relative clause on its noun', () => {
  test.each([
    [
      'In a statement in which she links to a survey that wrongly credits the mayor, Ruiz writes, “Nobody checks.”',
      'Ruiz',
    ],
    [
      'In a statement that staff received on Friday, the director warned that pay would fall.',
      'the director',
    ],
    ['In a statement, which was seen by the paper, she said the plant would close.', 'she'],
  ])('%s', (text, source) => {
    const phrase = seen(text, 'attribution').find((s) => s.text.startsWith('In a'));
    expect(phrase?.source).toBe(source);
  });
});
