import { describe, expect, test } from 'vitest';
import { analyze } from '../analyze';
import type { Named } from '../types';
import { spans } from '../test-helpers';

/** The source words and namedness of the `nth` cue reading `cue` in `text`. */
function sourceOf(text: string, cue: string, nth = 0): [string, Named] | undefined {
  const f = analyze(text, { kinds: ['attribution'] }).filter(
    (g) => text.slice(g.start, g.end) === cue,
  )[nth];
  return f?.source ? [text.slice(f.source.start, f.source.end), f.source.named] : undefined;
}

/** The `unnamed` findings of `text` as their words. */
function unnamed(text: string): string[] {
  return analyze(text, { kinds: ['unnamed'] }).map((f) => text.slice(f.start, f.end));
}

describe('a named body’s document is named', () => {
  test.each([
    // filed by a named body (not filed in a named court, which only holds it)
    [
      'Rents were fixed, according to papers filed by the Orrin Housing Board on Friday.',
      'according to',
      ['papers filed by the Orrin Housing Board', true],
    ],
    // issued by a person the text names with a place title ("City Auditor")
    [
      'The 12-page review by County Treasurer Miriam Osgood found that the fund had lost money.',
      'found',
      ['The 12-page review by County Treasurer Miriam Osgood', true],
    ],
    // issued by a named body after a time phrase
    [
      'Sales slowed in May, according to figures released on Monday by the Orrin Retail Council.',
      'according to',
      ['figures released on Monday by the Orrin Retail Council', true],
    ],
    // made by a named body, `by` right after the document
    [
      'The measure passed easily, according to estimates by the state broadcaster KVT.',
      'according to',
      ['estimates by the state broadcaster KVT', true],
    ],
    // by a name with a plural possessive, the subject cut short by an aside
    [
      "A survey by the Growers' Alliance, due out on Friday, says yields fell by a third.",
      'says',
      ["A survey by the Growers' Alliance", true],
    ],
    // filed with a named office
    [
      'The developer gave $9,000 to the campaign, according to records lodged with the Harlan State Ethics Commission.',
      'according to',
      ['records lodged with the Harlan State Ethics Commission', true],
    ],
    // a body's own inquiry, in the sentence where the body speaks
    [
      'Corvane Energy has suspended two engineers after an internal review found that safety records had been altered, the company said.',
      'found',
      ['an internal review', true],
    ],
    // another word for the named study the story relies on
    [
      'Children who skip breakfast score lower in maths, according to a study in the journal Early Learning. The lead author, Dr. Ines Moreau, said the research showed a link, not a cause.',
      'showed',
      ['the research', true],
    ],
  ] as const)('%s', (text, cue, want) => {
    expect(sourceOf(text, cue)).toEqual(want);
    // a named source is no unnamed actor
    expect(unnamed(text)).toEqual([]);
  });

  test('a document a named body’s word qualifies is that body’s', () => {
    const text =
      'Nine people were rescued, the coast guard said. Two boats are missing, according to a coast guard statement.';
    expect(sourceOf(text, 'according to')).toEqual(['a coast guard statement', true]);
    expect(unnamed(text)).toEqual([]);
    // a body the story never named
    expect(
      sourceOf('Two boats are missing, according to a ministry statement.', 'according to')?.[1],
    ).toBe(false);
  });

  test('a document someone only obtained stays unnamed', () => {
    expect(
      sourceOf(
        'The mill dumped waste at night, according to internal emails obtained by the Lakeside Herald.',
        'according to',
      )?.[1],
    ).toBe(false);
  });

  test('a document about a place after a compass adjective stays unnamed', () => {
    expect(
      sourceOf(
        'A secret audit of a dam in southern Velsia found that the walls had cracked.',
        'found',
      )?.[1],
    ).toBe(false);
    // (a document in a named publication is named)
    expect(
      sourceOf('A report in the Velsia Courier found that the walls had cracked.', 'found')?.[1],
    ).toBe(true);
  });

  test('an internal review with no named body in its sentence stays unnamed', () => {
    expect(sourceOf('An internal review found that records had been altered.', 'found')?.[1]).toBe(
      false,
    );
  });
});

describe('a representative of a named party is a person of that party', () => {
  test.each([
    [
      'Councillor Dev Anand resigned on Friday. His lawyer said Anand had done nothing wrong.',
      'said',
      ['His lawyer', 'partial'],
    ],
    [
      'The singer Mara Quell cancelled her tour. Her spokeswoman said Quell was unwell.',
      'said',
      ['Her spokeswoman', 'partial'],
    ],
  ] as const)('%s', (text, cue, want) => {
    expect(sourceOf(text, cue)).toEqual(want);
    expect(unnamed(text)).toEqual([]);
  });

  test.each([
    [
      'Mayor Tomas Reld signed the contracts in May. A spokesman for the mayor said they were lawful.',
      ['A spokesman for the mayor', 'partial'],
    ],
    [
      'Senator Ruth Okoye voted against the bill. A spokeswoman for her office said she had concerns.',
      ['A spokeswoman for her office', 'partial'],
    ],
    // the title in apposition before the name
    [
      'Dunmere’s mayor, Ilse Varga, signed the contracts in May. A spokesman for the mayor said they were lawful.',
      ['A spokesman for the mayor', 'partial'],
    ],
    // a state that is a party to the dispute
    [
      'The gallery will return the masks to the Pacific state of Tuvara. Lawyers for Tuvara said the deal was fair.',
      ['Lawyers for Tuvara', 'partial'],
    ],
  ] as const)('speaking for a named party: %s', (text, want) => {
    expect(sourceOf(text, 'said')).toEqual(want);
    expect(unnamed(text)).toEqual([]);
  });

  test('speaking for a title nobody named, or for an unnamed party, stays unnamed', () => {
    expect(
      sourceOf('The contracts were signed in May. A spokesman for the mayor said so.', 'said')?.[1],
    ).toBe(false);
    expect(
      sourceOf(
        'A man was arrested. A spokeswoman for his family said he was innocent.',
        'said',
      )?.[1],
    ).toBe(false);
  });

  test('the representative of an unnamed party stays unnamed', () => {
    expect(
      sourceOf('A local man was arrested on Friday. His lawyer said he was innocent.', 'said')?.[1],
    ).toBe(false);
  });

  test('a relative is no representative', () => {
    expect(
      sourceOf(
        'Councillor Dev Anand resigned on Friday. His brother said he was tired.',
        'said',
      )?.[1],
    ).toBe(false);
  });
});

describe('people a named body owns by `its` are its people', () => {
  test.each([
    [
      'The Harwick Museum agreed on Monday to return the masks. Its trustees said the decision was overdue.',
      'said',
      ['Its trustees', 'partial'],
    ],
    [
      'Corvane Energy cut its forecast again. Its executives told investors that demand had fallen.',
      'told',
      ['Its executives', 'partial'],
    ],
  ] as const)('%s', (text, cue, want) => {
    expect(sourceOf(text, cue)).toEqual(want);
    expect(unnamed(text)).toEqual([]);
  });

  test('not the people of an unnamed body, nor its ties to other bodies', () => {
    expect(
      sourceOf('A regional museum agreed to return the masks. Its trustees said so.', 'said')?.[1],
    ).toBe(false);
    expect(
      sourceOf(
        'Corvane Energy cut its forecast again. Its lenders said they were worried.',
        'said',
      )?.[1],
    ).toBe(false);
  });
});

describe('people and parts of a named group are named', () => {
  test('one of a group of a named body, by the singular of its head', () => {
    const text =
      'Three Halloran Freight drivers said the trucks were unsafe. The other driver described the brakes as "shot," and the driver said repairs were months late.';
    expect(sourceOf(text, 'described')?.[1]).toBe('partial');
    expect(sourceOf(text, 'said', 1)?.[1]).toBe('partial');
    // one more of the same body
    expect(
      sourceOf(
        'A Treasury official said the talks had stalled. Another official said a deal was near.',
        'said',
        1,
      )?.[1],
    ).toBe('partial');
    expect(
      sourceOf(
        'A senior official said the talks had stalled. Another official said a deal was near.',
        'said',
        1,
      )?.[1],
    ).toBe(false);
    // (of a group qualified only by a place: unnamed)
    expect(
      sourceOf(
        'Three Ostravan drivers said the trucks were unsafe. The other driver described the brakes as worn.',
        'described',
      )?.[1],
    ).toBe(false);
  });

  test.each([
    // people of a body named before, by a definite description of one of its units
    [
      'Harrow Logistics said it would close two depots. Four drivers in the northern division said they had not been told.',
      'said',
      1,
      ['Four drivers in the northern division', 'partial'],
    ],
    // one of a group of a named body
    [
      'Two former staff of Senator Reyes’s office said the senator shouted at aides. One said she had quit over it.',
      'said',
      1,
      ['One', 'partial'],
    ],
    // a partitive of the group, by its head noun
    [
      'The plan was described to the Courier by three Norvell engineers. The valves were faulty, one of the engineers said.',
      'said',
      0,
      ['one of the engineers', 'partial'],
    ],
    // the other of the same group, two sentences on
    [
      'Two nurses at Kellbrook Hospital said the ward was understaffed. One said shifts ran to 14 hours. The other described the ward as chaotic.',
      'described',
      0,
      ['The other', 'partial'],
    ],
    // two named people, then both of them
    [
      'The trial of Nadia Roper and Tobias Lind opened on Monday. Both men deny fraud.',
      'deny',
      0,
      ['Both men', true],
    ],
    // two named people, then a group of men described after them: both of those, unnamed
    [
      'Nadia Roper, a lawyer for Tobias Lind, said the men had changed their accounts. Both denied it.',
      'denied',
      0,
      ['Both', false],
    ],
  ] as const)('%s', (text, cue, nth, want) => {
    expect(sourceOf(text, cue, nth)).toEqual(want);
  });

  test('one of an unnamed group stays unnamed', () => {
    expect(
      sourceOf(
        'Two people familiar with the talks said a deal was close. One said it could come this week.',
        'said',
        1,
      )?.[1],
    ).toBe(false);
  });

  test('people of a unit with no named body before stay unnamed', () => {
    expect(
      sourceOf('Four drivers in the northern division said they had not been told.', 'said')?.[1],
    ).toBe(false);
  });
});

describe('the researchers of a story that names researchers are named', () => {
  test.each([
    [
      'The team, led by Dr. Ilse Brandt of the Varden Institute, tracked 400 birds. The researchers estimate that half will not return.',
      'estimate',
    ],
    [
      'A study by scientists at Corran University found the reef had shrunk. The scientists said warming was to blame.',
      'said',
    ],
  ])('%s', (text, cue) => {
    expect(sourceOf(text, cue)?.[1]).toBe('partial');
    expect(unnamed(text)).toEqual([]);
  });

  test.each([
    // a study placed in a named journal, credited by no cue
    [
      'A flint blade may be the oldest tool found in the valley, a group of geologists argues in a study published on Monday in the Annals of Quaternary Research. The authors say the blade is 40,000 years old.',
      'say',
    ],
    [
      'The drug was tested in a paper released in May in the Kestrel Medical Review, which found fewer strokes. The authors warned that the trial was small.',
      'warned',
    ],
  ])('the authors of a study in a named journal: %s', (text, cue) => {
    expect(sourceOf(text, cue)?.[1]).toBe('partial');
  });

  test('the authors of a study placed only in a place or a month stay unnamed', () => {
    expect(
      sourceOf(
        'A study published in March in Ostrava found more floods. The authors said rain was to blame.',
        'said',
      )?.[1],
    ).toBe(false);
  });

  test('researchers in a story that names no researcher stay unnamed', () => {
    expect(
      sourceOf(
        'Mayor Tom Hale opened the new bridge. The researchers said the river was rising.',
        'said',
      )?.[1],
    ).toBe(false);
  });
});

describe('a part of a group placed in a named body by an apposition', () => {
  const text =
    'Two people close to the talks said a deal was near. One of them, a senior Ardent Bank manager, said the bank wanted out. One of them, a lawyer, said no.';
  test('the part and its apposition are the source, named by the body', () => {
    expect(sourceOf(text, 'said', 1)).toEqual([
      'One of them, a senior Ardent Bank manager',
      'partial',
    ]);
  });
  test('an apposition with no body leaves the part unnamed, the whole partitive its span', () => {
    expect(sourceOf(text, 'said', 2)).toEqual(['One of them', false]);
  });
});

describe('one of a counted group is one of it, not of a group its cue reports on', () => {
  test.each([
    [
      'Two porters at Kelm Royal Infirmary said managers had warned staff that shifts would go. "We are stretched thin," one of them said.',
      'partial',
    ],
    [
      'Three drivers at Tessin Buses said inspectors had told crews to skip checks. One of them said the brakes were worn.',
      'partial',
    ],
    [
      'Two neighbours said officials at Kelm Council had ignored them. One of them said the drain flooded twice.',
      false,
    ],
  ])('%s', (text, named) => {
    expect(sourceOf(text, 'said', 1)?.[1]).toBe(named);
  });
});

describe('a first name in apposition identifies a person', () => {
  test.each([
    [
      'Tomas Berg died on Monday. His death was confirmed by his daughter, Liv, who said he died in his sleep.',
      'was confirmed',
      ['his daughter, Liv', true],
    ],
    [
      'Tomas Berg died on Monday. His nephew, Jonas, said the family was grieving.',
      'said',
      ['His nephew, Jonas', true],
    ],
  ] as const)('%s', (text, cue, want) => {
    expect(sourceOf(text, cue)).toEqual(want);
  });

  test('a grandchild named in apposition, as the agent of a passive', () => {
    expect(
      sourceOf(
        'Anton Berg died on Friday. His death was announced by his grandson, Emil Berg, who said he died at home.',
        'was announced',
      ),
    ).toEqual(['his grandson, Emil Berg', true]);
  });

  test('a relative without a name stays unnamed', () => {
    expect(sourceOf('Tomas Berg died on Monday, his nephew said.', 'said')?.[1]).toBe(false);
  });

  test('a person who gave a name to the reporter is known by it', () => {
    const text =
      'Volunteers searched the dunes. One of them, who gave her name only as Ines, said the tide had turned.';
    expect(sourceOf(text, 'said')).toEqual(['One of them', true]);
    expect(
      sourceOf('Volunteers searched the dunes. One of them said the tide had turned.', 'said')?.[1],
    ).toBe(false);
  });

  test('the source reaches the name given in a relative clause, with or without commas', () => {
    expect(
      sourceOf(
        'Ferries were late. “We waited all night,” said a driver who gave only his first name, Emil.',
        'said',
      ),
    ).toEqual(['a driver who gave only his first name, Emil', true]);
    expect(
      sourceOf(
        'Ferries were late. One driver, who gave only his first name, Emil, said they waited all night.',
        'said',
      ),
    ).toEqual(['One driver, who gave only his first name, Emil', true]);
  });
});

test('a document filed in a named court is not the court’s', () => {
  expect(
    sourceOf(
      'Rents were fixed, according to a complaint filed on Friday in Orrin County Court.',
      'according to',
    )?.[1],
  ).toBe(false);
});

describe('a headline noun stands for what the story names', () => {
  test.each([
    [
      'Review Finds Hospital Lost Records\n\nThe records were lost in 2021. The 30-page report by the Tallon Health Board found that staff had not been trained.',
      'Finds',
      ['Review', true],
    ],
    [
      'Broadcaster Says Anchor Will Stay\n\nThe anchor will stay on the evening news, Kestrel Media said on Monday.',
      'Says',
      ['Broadcaster', true],
    ],
  ] as const)('%s', (text, cue, want) => {
    expect(sourceOf(text, cue)).toEqual(want);
  });

  test('a headline body the lede names by a definite description is named', () => {
    const text =
      'Ferry Runs Aground, Coast Guard Says\n\nA ferry ran aground off Kell Point on Sunday, the Coast Guard said.';
    expect(sourceOf(text, 'Says')).toEqual(['Coast Guard', true]);
    expect(sourceOf(text, 'said')).toEqual(['the Coast Guard', true]);
    expect(unnamed(text)).toEqual([]);
  });

  test('a headline’s bare `Sources` are the lede’s anonymous source, not a later one', () => {
    const text =
      'Striker Set to Leave, Sources Say\n\nCorvin Athletic will sell its striker, two people with knowledge of the talks said. Kestrel Rovers made the offer. A club source said the fee was agreed.';
    expect(
      analyze(text).find((f) => text.slice(f.start, f.end) === 'Say')?.source?.entity?.name,
    ).toBe('two people with knowledge of the talks');
  });

  test('a company in the headline is not the union of the lede', () => {
    expect(
      sourceOf(
        'Operator Says Strike Is Unnecessary\n\nDockworkers walked out on Monday, the Harbour Workers Union said.',
        'Says',
      )?.[1],
    ).toBe(false);
  });

  test('a union in the headline is not the company of the lede', () => {
    expect(
      sourceOf(
        'Union Says Talks Failed\n\nTalks broke down on Monday, Orrin Logistics said.',
        'Says',
      )?.[1],
    ).toBe(false);
  });
});

describe('a description that credits nothing but refers to a named entity is no unnamed actor', () => {
  test.each([
    'Researchers at Corran University followed 900 pupils. The link held after the researchers accounted for income, the paper says.',
    'The judge excluded the chemist, Dr. Hana Lutz, after a hearing.',
  ])('%s', (text) => {
    expect(unnamed(text)).toEqual([]);
  });

  test('an unnamed team is still flagged', () => {
    expect(
      unnamed('Mayor Tom Hale opened the bridge. Later the attackers stormed the lab.'),
    ).toEqual(['the attackers']);
  });
});

describe('people a named body serves or faces do not speak for it', () => {
  test.each([
    [
      'Marlow College expelled two students. Critics of the college said the hearing was unfair.',
      'said',
      ['Critics of the college', false],
    ],
    [
      'Marlow College expelled two students. The rules were posted online, according to a student at Marlow College.',
      'according to',
      ['a student at Marlow College', false],
    ],
    [
      'Marlow College expelled two students. A group of parents at the college wrote that the hearing was unfair.',
      'wrote',
      ['A group of parents at the college', false],
    ],
    // its staff do
    [
      'Marlow College expelled two students. A lecturer at Marlow College said the hearing was fair.',
      'said',
      ['A lecturer at Marlow College', 'partial'],
    ],
  ] as const)('%s', (text, cue, want) => {
    expect(sourceOf(text, cue)).toEqual(want);
  });
});

describe('a body known only by its tie to a named one is unnamed', () => {
  test('the company’s union', () => {
    const text =
      'Orrin Logistics said it would close two depots. The company’s union condemned the plan and said it would strike.';
    expect(sourceOf(text, 'condemned')).toEqual(['The company’s union', false]);
    expect(unnamed(text)).toContain('The company’s union');
  });

  test.each([
    // a part of the named body stays named
    [
      'Orrin Logistics said it would close two depots. The company’s board said nothing.',
      'said',
      1,
    ],
    // a supplier named in apposition, owned by a place
    ['The country’s largest supplier, Corvel Pharma, blamed demand.', 'blamed', 0],
  ] as const)('%s', (text, cue, nth) => {
    expect(sourceOf(text, cue, nth)?.[1]).toBe(true);
  });
});

describe('the subject before an aside', () => {
  test('a determiner "that" after a preposition opens no clause', () => {
    const text =
      'Two nurses of that ward, who spoke on the condition that they not be named because they fear dismissal, said the ward was unsafe.';
    expect(sourceOf(text, 'said')?.[0]).toMatch(/^Two nurses/);
  });
});

describe('one who acts for a person known only through a named one', () => {
  test.each([
    [
      'Ms. Arnaud did not return calls. A lawyer for her former business partner said she knew of the loans.',
      'said',
      ['A lawyer for her former business partner', false],
    ],
    [
      'Winger Leo Varga was not at training. An agent for his younger brother said the deal was off.',
      'said',
      ['An agent for his younger brother', false],
    ],
  ])('%s', (text, cue, want) => {
    expect(sourceOf(text, cue)).toEqual(want);
  });

  test.each([
    // the named person's own representative, or one of a body the person runs
    [
      'Ms. Arnaud did not return calls. A lawyer for her said she denied wrongdoing.',
      'said',
      ['A lawyer for her', 'partial'],
    ],
    [
      'Governor Ana Marsh was silent. A spokesman for her campaign said she would run.',
      'said',
      ['A spokesman for her campaign', 'partial'],
    ],
  ])('not: %s', (text, cue, want) => {
    expect(sourceOf(text, cue)).toEqual(want);
  });
});

describe('`its` nearer to an unnamed body than to any name', () => {
  test("the people of the unnamed body are not the named body's", () => {
    expect(
      spans(
        'The ministry said an armed faction had seized the town and its commanders had fled.',
        'unnamed',
      ),
    ).toContain('its commanders');
  });
  test('not: a name comes between (the named body speaks of its own people)', () => {
    expect(
      spans(
        'Kessler Foods said a review was under way and that its directors would meet on Friday.',
        'unnamed',
      ),
    ).not.toContain('its directors');
  });
});
