import { describe, expect, test } from 'vitest';
import { analyze } from '../analyze';
import { sourceEntities } from './list';
import type { Finding, Named, SourceEntity } from '../types';

/** The attribution findings of `text` whose cue reads `cue`, in order. */
function cues(text: string, cue: string): Finding[] {
  return analyze(text, { kinds: ['attribution'] }).filter(
    (f) => text.slice(f.start, f.end) === cue,
  );
}

/** The source of the `nth` cue reading `cue`: its words, its entity's name and namedness. */
function sourceOf(
  text: string,
  cue: string,
  nth = 0,
): { words: string; name: string | undefined; named: Named } | undefined {
  const f = cues(text, cue)[nth];
  if (!f?.source) return undefined;
  return {
    words: text.slice(f.source.start, f.source.end),
    name: f.source.entity?.name,
    named: f.source.named,
  };
}

function entityOf(text: string, cue: string, nth = 0): SourceEntity | undefined {
  return cues(text, cue)[nth]?.source?.entity;
}

describe('every mention of a source links to one entity', () => {
  test.each([
    // names: surname, title + surname, first name after the full name
    [
      'Sheriff Ana Okafor arrived before dawn. Okafor said the road would stay closed.',
      'said',
      0,
      { words: 'Okafor', name: 'Ana Okafor', named: true },
    ],
    [
      'Eric Reeves, a researcher at the institute, said the data were clear. Mr. Reeves told reporters more work was needed.',
      'told',
      0,
      { words: 'Mr. Reeves', name: 'Eric Reeves', named: true },
    ],
    // a title back to the person who holds it
    [
      'Sheriff Ana Okafor spoke first. The sheriff said the jail was short of staff.',
      'said',
      0,
      { words: 'The sheriff', name: 'Ana Okafor', named: true },
    ],
    // pronouns: the nearest compatible person, body or group
    [
      'Ana Okafor spoke to reporters on Monday. She said the jail was short of staff.',
      'said',
      0,
      { words: 'She', name: 'Ana Okafor', named: true },
    ],
    [
      '“We will appeal,” said Ana Okafor. Tom Reyes, her deputy, disagreed. He said the ruling was fair.',
      'said',
      1,
      { words: 'He', name: 'Tom Reyes', named: true },
    ],
    // a quotation of several sentences between the person and the pronoun
    [
      '“They were first,” said Dana Pruitt, head of the growers’ board. “It paid off. Buyers saw it early. They were careful. They had foresight.” The scheme adds costs. But it is also a guarantee, she said.',
      'said',
      1,
      { words: 'she', name: 'Dana Pruitt', named: true },
    ],
    // a possessive owns a viewpoint: `in its view` is the company's
    [
      'Acme Corp. said it would raise fares. In its view, surge pricing is fair.',
      'view',
      0,
      { words: 'its', name: 'Acme Corp.', named: true },
    ],
    [
      'Acme Corp. reported a loss on Tuesday. It said demand had fallen.',
      'said',
      0,
      { words: 'It', name: 'Acme Corp.', named: true },
    ],
    [
      'State health officials said cases rose. They urged residents to check for ticks.',
      'urged',
      0,
      { words: 'They', name: 'State health officials', named: false },
    ],
    // a definite description back to the named body or document
    [
      'Shares of Acme Corp. fell on Monday. The company said demand had weakened.',
      'said',
      0,
      { words: 'The company', name: 'Acme Corp.', named: true },
    ],
    [
      'The Ministry of State Security (MSS) issued a warning. The ministry said the attack was planned.',
      'said',
      0,
      { words: 'The ministry', name: 'Ministry of State Security', named: true },
    ],
    [
      'A report in the Harbour Gazette said the mill would close. The report cited falling orders.',
      'cited',
      0,
      {
        words: 'The report',
        name: 'A report in the Harbour Gazette',
        named: true,
      },
    ],
    // a definite repeat of an unnamed source stays unnamed
    [
      'A senior official said the talks had stalled. The official said a deal was unlikely.',
      'said',
      1,
      { words: 'The official', name: 'A senior official', named: false },
    ],
    [
      'Two people briefed on the plans said it was off. Both sources said the vote was delayed.',
      'said',
      1,
      { words: 'Both sources', name: 'Two people briefed on the plans', named: false },
    ],
    // `the company` is no union named since
    [
      'Talks with the port’s operator, Tidewell Terminals, broke down, the Harbor Union said. A statement from Tidewell called it unnecessary, and the union claims otherwise. The company said it had offered raises.',
      'said',
      1,
      { words: 'The company', name: 'Tidewell Terminals', named: true },
    ],
    // a name of no known kind that spoke before is the company, even after a headline's
    // "Company Says"
    [
      'App Breach Exposed Data of Users, Company Says\n\nStrideWell said on Friday that hackers had accessed the data. In a filing, the company disclosed that the breach began in March.',
      'disclosed',
      0,
      { words: 'the company', name: 'StrideWell', named: true },
    ],
    // a person in or of a body the story named is a person of a named body
    [
      "The Harlow District Attorney's Office is reviewing the ruling. Two lawyers in the office said a retrial was likely.",
      'said',
      0,
      { words: 'Two lawyers in the office', name: 'Two lawyers in the office', named: 'partial' },
    ],
    [
      'The Ferrand Aid Coalition cut rations in May. A coalition staff member said the warehouse was empty.',
      'said',
      0,
      { words: 'A coalition staff member', name: 'A coalition staff member', named: 'partial' },
    ],
    // (and stays one when a first mention credited nothing: "The official" later)
    [
      'Letters between the mayor and an official in the Harbour Licensing Office were released. The official replied that it was fine.',
      'replied',
      0,
      { words: 'The official', name: 'The official', named: 'partial' },
    ],
    // a museum is a body that speaks
    [
      'The Harlow Maritime Museum bought the boat in May. The museum has hailed the find as a treasure.',
      'has hailed',
      0,
      { words: 'The museum', name: 'Harlow Maritime Museum', named: true },
    ],
    // a name ending in an industry word is a company's
    [
      'The contract went to Harrowgate Marine. The company said in a statement that it was pleased.',
      'said',
      0,
      { words: 'The company', name: 'Harrowgate Marine', named: true },
    ],
    // `the company` is not a bare acronym met since (a technology, a district) nor a city hall
    [
      'Drivell Corp. said its new headset sells well. Sadly, it does not support VR yet. It is what the company promised, though.',
      'promised',
      0,
      { words: 'the company', name: 'Drivell Corp.', named: true },
    ],
    [
      'Ferrix Ltd. tweeted a warning about the outage. Neither the mayor nor City Hall replied. The company now promises it will do better.',
      'promises',
      0,
      { words: 'The company', name: 'Ferrix Ltd', named: true },
    ],
    [
      'Ferrix said fares would rise in the CBD. The company now promises it will do better.',
      'promises',
      0,
      { words: 'The company', name: 'Ferrix', named: true },
    ],
    // nor a city that spoke since
    [
      'Ferrix Ltd. said fares would rise. Amid the panic, the city believed itself under attack. The company now promises it will do better.',
      'promises',
      0,
      { words: 'The company', name: 'Ferrix Ltd', named: true },
    ],
    // a company known only as such is unnamed however it is described later
    [
      'A large retailer said sales fell. The company said prices would rise.',
      'said',
      1,
      { words: 'The company', name: 'A large retailer', named: false },
    ],
    // a surname alone is the person named before; a rank and a place inside a title
    [
      'Leonard Brisco denies the charges. Mara Lenz said she raised it with Brisco twice. “He laughed,” she said. He said nothing.',
      'said',
      2,
      { words: 'He', name: 'Leonard Brisco', named: true },
    ],
    // `it` and `they` too prefer the source of the sentence before over a name met as an object
    [
      'The Halvern Food Agency warned shoppers off pills containing ZTX. “Nobody should swallow ZTX,” it said.',
      'said',
      0,
      { words: 'it', name: 'Halvern Food Agency', named: true },
    ],
    [
      'Two Pellam drivers told the Ostry Courier about the shifts. They said their pay had been cut.',
      'said',
      0,
      { words: 'They', name: 'Two Pellam drivers', named: 'partial' },
    ],
    [
      'Under questioning by Assistant U.S. Attorney Helen Markovic, Adeyemi said she had raised it. Markovic said the books were false.',
      'said',
      1,
      { words: 'Markovic', name: 'Helen Markovic', named: true },
    ],
    // a headline's subject is the entity the story names with the same head noun or name word
    [
      'Ostravan Minister Derides Sanctions Threat\n\nOstrava’s foreign minister, Radek Holub, on Sunday derided a threat of sanctions.',
      'Derides',
      0,
      { words: 'Ostravan Minister', name: 'Radek Holub', named: true },
    ],
    [
      'Lumina Shelves Smart Glasses After Testers Mock Battery Life\n\nLumina halted work after internal testers complained that the battery ran down.',
      'Mock',
      0,
      { words: 'Testers', name: 'internal testers', named: false },
    ],
    [
      'Report Finds Spills Tripled as Water Firm Touts Upgrades\n\nThe trust asks regulators to fine the operator, Northvale Water, for the spills. Northvale disputed the figures.',
      'Touts',
      0,
      { words: 'Water Firm', name: 'Northvale Water', named: true },
    ],
    // a headline's comma joins two predicates of one subject
    [
      'Senator Halvorsen Concedes Primary, Credits Rival With Campaign\n\nSen. Ingrid Halvorsen said on Wednesday that she had lost.',
      'Credits',
      0,
      { words: 'Senator Halvorsen', name: 'Ingrid Halvorsen', named: true },
    ],
    // a name shaped like an adverb
    [
      'Ewan Tully has run the ferry since 1998. “It never gets boring,” Tully says.',
      'says',
      0,
      { words: 'Tully', name: 'Ewan Tully', named: true },
    ],
  ])('%s', (text, cue, nth, expected) => {
    expect(sourceOf(text, cue, nth)).toEqual(expected);
  });

  test('a possessive repeat of an unnamed source is unnamed again', () => {
    const text =
      'The theory was first suggested by a state auditor who reviewed the books. Jurors may hear about the auditor’s findings.';
    const unnamed = analyze(text, { kinds: ['unnamed'] }).map((f) => text.slice(f.start, f.end));
    expect(unnamed).toEqual(['a state auditor', 'the auditor']);
  });

  test('a headline subject the story names is no unnamed actor', () => {
    const text =
      'District Data Show Absence Falling\n\nChronic absence in the Westmere Unified School District fell, data released Monday by the district show.';
    const found = analyze(text);
    expect(found.filter((f) => f.kind === 'unnamed')).toEqual([]);
    const show = found.find((f) => text.slice(f.start, f.end) === 'Show');
    expect(show?.source?.named).toBe(true);
  });

  test('a headline role shares a name with the story’s person', () => {
    const text =
      'Dunmore Boss Slams Referee After Late Penalty Sinks Title Hopes\n\nDunmore Rovers manager Tomasz Wierzbicki slammed the officiating on Saturday.';
    const found = analyze(text, { kinds: ['attribution'] });
    expect(found.map((f) => text.slice(f.start, f.end))).toEqual(['Slams', 'slammed']);
    expect(found[0]!.source?.entity?.name).toBe('Tomasz Wierzbicki');
  });

  test('a headline subject merged into the story’s entity leaves no gap in the ids', () => {
    const text =
      'Ostravan Minister Derides Sanctions Threat\n\nOstrava’s foreign minister, Radek Holub, derided the threat. Analysts said talks would resume.';
    const ids = sourceEntities(analyze(text)).map((e) => e.id);
    expect(ids).toEqual(['e1', 'e2']);
  });

  /** The entities of the first cues reading `a` and `b`, from one analysis. */
  function pair(text: string, a: string, b: string): [unknown, unknown] {
    const all = analyze(text, { kinds: ['attribution'] });
    const of = (cue: string): unknown =>
      all.find((f) => text.slice(f.start, f.end) === cue)?.source?.entity;
    return [of(a), of(b)];
  }

  test('a participle cue shares the source of its clause', () => {
    const text = '“We are confident,” the spokesman said, adding that the plant would reopen.';
    const [adding, said] = pair(text, 'adding', 'said');
    expect(said).toBeDefined();
    expect(adding).toBe(said);
  });

  test('an anonymity phrase credits its own subject', () => {
    const text =
      'The deal could close next week, said the people, who asked not to be identified because the talks are private.';
    const [asked, said] = pair(text, 'asked not to be identified', 'said');
    expect(said).toBeDefined();
    expect(asked).toBe(said);
  });

  test('a headline role is the person the story names with it', () => {
    const text =
      'Sheriff Says Jail Overtime Will Exceed Budget\n\nMARLOW COUNTY — Sheriff Ana Okafor told commissioners on Tuesday that overtime would run over.';
    expect(sourceOf(text, 'Says')).toEqual({ words: 'Sheriff', name: 'Ana Okafor', named: true });
  });

  test('findings of one source share one entity object, and ids follow first mention', () => {
    const text =
      'Ana Okafor said the road was closed. A senior official said it would reopen. Okafor said she disagreed.';
    const [a, b, c] = cues(text, 'said');
    expect(a?.source?.entity).toBe(c?.source?.entity);
    expect(a?.source?.entity?.id).toBe('e1');
    expect(b?.source?.entity?.id).toBe('e2');
    expect(b?.source?.entity?.type).toBe('person');
  });

  test('sourceEntities lists each entity once, in order of first mention', () => {
    const text =
      'Ana Okafor said the road was closed. A senior official said it would reopen. Okafor said she disagreed.';
    expect(sourceEntities(analyze(text)).map((e) => e.name)).toEqual([
      'Ana Okafor',
      'A senior official',
    ]);
  });

  test('relationship-only sources are unnamed, persons of a named body partly named', () => {
    expect(sourceOf("Halvorsen's allies blamed low turnout.", 'blamed')?.named).toBe(false);
    expect(sourceOf('A White House official said the president would sign.', 'said')?.named).toBe(
      'partial',
    );
  });
});

describe('a title after its body or field, then the name', () => {
  test.each([
    ['Fire Chief Ann Lee said the blaze was out. Lee added that two homes were lost.', 'Ann Lee'],
    [
      'Harwick Police Chief Ray Ortiz said the road was shut. Ortiz said it would reopen.',
      'Ray Ortiz',
    ],
    ['Acme Chief Executive Tom Hale said sales rose. Hale said margins fell.', 'Tom Hale'],
  ])('%s: one person', (text, name) => {
    const first = entityOf(text, 'said');
    expect(first?.name).toBe(name);
    expect(first?.type).toBe('person');
    const later = cues(text, 'said')[1] ?? cues(text, 'added')[0];
    expect(later?.source?.entity?.id).toBe(first?.id);
  });
});

describe('a name whose first word is also a common word, at a sentence start', () => {
  // The text writes "Whole Foods" inside a sentence and "whole" in lowercase: at a sentence
  // start "Whole Foods" is still the whole name, not "Foods" after the adjective.
  test.each([
    [
      'Shoppers at Whole Foods paid less. "It is a whole paycheck," one said. Whole Foods said prices fell. The company said more cuts would follow.',
      'Whole Foods',
    ],
    [
      'Prices at Golden Harvest Stores rose again. "The golden rule is to compare," a shopper said. Golden Harvest Stores said costs were up. The company said it was sorry.',
      'Golden Harvest Stores',
    ],
  ])('%s', (text, name) => {
    const first = entityOf(text, 'said', 1);
    expect(first?.name).toBe(name);
    expect(entityOf(text, 'said', 2)?.id).toBe(first?.id);
  });
});

describe('according to a pronoun', () => {
  test('links to the person it stands for', () => {
    const text =
      'Mira Holt, a nurse, described the ward. According to her, the shift lasted 14 hours.';
    expect(entityOf(text, 'According to')?.name).toBe('Mira Holt');
  });
});

describe('a pronoun is not given to a source when someone else was described since', () => {
  test('a subject described after the source, who gave no cue, is nearer', () => {
    const text =
      'A source told the Post that the deal was close. After the match, the coach refused to comment. "I only talk about my players," he told reporters.';
    expect(entityOf(text, 'told', 1)).toBeUndefined();
  });

  test('a subject described after the source with a cue of its own is the pronoun’s', () => {
    // ("refused to discuss it": the infinitive cue shares the coach as its subject)
    const text =
      'A source told the Post that the deal was close. After the match, the coach refused to discuss it. "I only talk about my players," he told reporters.';
    expect(entityOf(text, 'told', 1)?.name).toBe('the coach');
  });

  test('an object or an apposition is not such a subject', () => {
    const text =
      'Tom Bell told the Post that the deal was close. He had handed the letter to the coach, he said.';
    expect(entityOf(text, 'said')?.name).toBe('Tom Bell');
  });
});

describe('newsroom standards for anonymous sources', () => {
  test.each([
    'A port official said the cranes had failed twice. The official was not authorized to discuss the repairs publicly.',
    'Two port officials said the cranes had failed twice. They were not authorized to speak publicly.',
    'Two port officials said the cranes had failed twice. The two officials were not authorized to speak publicly.',
  ])('a reason stated in a sentence of its own: %s', (text) => {
    expect(entityOf(text, 'said')?.anonymity?.reason?.kind).toBe('not-authorised');
  });

  test.each([
    [
      'A state official who was not authorized to speak publicly said the levee held.',
      'said',
      { specificity: 'role', reason: 'not-authorised', basis: null },
    ],
    [
      'People familiar with the talks said a deal was near, speaking on condition of anonymity to discuss private deliberations.',
      'said',
      { specificity: 'bare', reason: 'private', basis: 'familiar' },
    ],
    [
      'A former employee, who spoke on condition of anonymity for fear of retaliation, said the brakes were known to fail.',
      'said',
      { specificity: 'role', reason: 'fear', basis: null },
    ],
    [
      'A person briefed on the negotiations said the offer had been raised.',
      'said',
      { specificity: 'bare', reason: null, basis: 'briefed' },
    ],
    [
      'A diplomat who attended the meeting said the mood was tense.',
      'said',
      { specificity: 'role', reason: null, basis: 'involved' },
    ],
    [
      'An official at the ministry said the budget would be cut.',
      'said',
      { specificity: 'role-and-body', reason: null, basis: null },
    ],
    [
      'A White House official said the president would sign.',
      'said',
      { specificity: 'role-and-body', reason: null, basis: null },
    ],
    [
      'A source said the deal was done.',
      'said',
      { specificity: 'bare', reason: null, basis: null },
    ],
  ])('%s', (text, cue, expected) => {
    const check = entityOf(text, cue)?.anonymity;
    expect({
      specificity: check?.specificity,
      reason: check?.reason?.kind ?? null,
      basis: check?.basis?.kind ?? null,
    }).toEqual(expected);
  });

  test.each([
    ['Internal emails obtained by the Sentinel show that managers knew.', 'show', 'obtained'],
    ['A memo seen by the Gazette says the plant will close.', 'says', 'seen'],
    ['Documents leaked to the Tribune show the deal was signed.', 'show', 'leaked'],
    ['Internal documents reviewed by the paper show the tests failed.', 'show', 'reviewed'],
  ])('%s', (text, cue, access) => {
    expect(entityOf(text, cue)?.anonymity?.obtained?.kind).toBe(access);
  });

  test('the stated words are quoted with their offsets', () => {
    const text =
      'The people, who asked not to be identified because the discussions are private, said the deal was near.';
    const reason = entityOf(text, 'said')?.anonymity?.reason;
    expect(reason && text.slice(reason.start, reason.end)).toBe(
      'because the discussions are private',
    );
    expect(reason?.text).toBe('because the discussions are private');
  });

  test('a naming word grants anonymity only when denied', () => {
    const granted = [
      'A guard, who declined to be identified as he feared for his job, said the doors were left open.',
      'A guard, who asked not to be named because he feared for his job, said the doors were left open.',
      'A guard, who is identified in the filing only as "Witness B" because he feared for his job, said the doors were left open.',
    ];
    for (const text of granted)
      expect(entityOf(text, 'said')?.anonymity?.reason?.text, text).toMatch(/^as|^because/);
    // a person called by a name, a source quoted by an outlet: no grant, no reason (nor a check
    // at all for a public: "Two passengers")
    const none = [
      'A neighbour of the Oduyas said that a lodger named Carl Brent had left as the fire began.',
      'Two passengers reported a loud bang, the operator was quoted as saying by the Harrow Post.',
      'A nurse said a patient identified as Tom Reyes was moved since the ward had flooded.',
    ];
    for (const text of none) {
      const cue = text.includes('reported') ? 'reported' : 'said';
      expect(entityOf(text, cue)?.anonymity?.reason ?? null, text).toBeNull();
    }
  });

  test('a named source has no anonymity check', () => {
    expect(entityOf('Ana Okafor said the road was closed.', 'said')?.anonymity).toBeUndefined();
  });

  test('a people or a public is not asked why it was granted anonymity', () => {
    // a public speaks: no source was granted anonymity
    for (const [text, cue] of [
      ['Many Moldovans said they feared the winter would be worse.', 'said'],
      ['Prices have doubled, residents of the estate told the council.', 'told'],
      ['Local fishermen say the shoals moved north a decade ago.', 'say'],
      ['Shoppers complained that the shelves were empty.', 'complained'],
      ['Turnout was high, and ordinary Ecuadorians said they wanted change.', 'said'],
      // publics of leisure, worship and money, and a people whose plural has no -ans ending
      ['Punters said the odds had been cut overnight.', 'said'],
      ['Revellers said the music went on until dawn.', 'said'],
      ['Pilgrims complained that the shrine had closed early.', 'complained'],
      ['Savers said the new rate was an insult.', 'said'],
      ['Many Britons said they would holiday at home this year.', 'said'],
    ])
      expect(entityOf(text!, cue!)?.anonymity, text).toBeUndefined();
    // a people met inside a sentence before, then opening one
    const opening = 'Thousands of Moldovans left last year. Moldovans worry that prices will rise.';
    expect(entityOf(opening, 'worry')?.anonymity).toBeUndefined();
    // ... and so is a later pronoun of it
    const later = 'Many Moldovans said prices had doubled. They said the winter would be worse.';
    expect(entityOf(later, 'said', 1)?.anonymity).toBeUndefined();
    // unless the story says they asked not to be named
    const asked =
      'Two residents, who asked not to be named for fear of reprisals, said the guards had fired first.';
    expect(entityOf(asked, 'said')?.anonymity?.reason?.kind).toBe('fear');
    // sources are still checked, a sentence-initial capital included
    for (const [text, cue] of [
      ['Officials said the bridge would reopen in May.', 'said'],
      ['Aides said the merger would be blocked.', 'said'],
      ['Physicians said the drug had been withdrawn.', 'said'],
    ])
      expect(entityOf(text!, cue!)?.anonymity?.specificity, text).toBeDefined();
  });

  test('a thing taken for a source is not asked why it was granted anonymity', () => {
    for (const [text, cue] of [
      ['The many retellings of the legend say little about the engineers.', 'say'],
      ['Geology tells us that the valley was once a lake.', 'tells'],
    ])
      expect(entityOf(text!, cue!)?.anonymity, text).toBeUndefined();
    // someone whose name the story withholds, and a document, still are
    for (const [text, cue] of [
      ['An anonymous poster wrote that the mayor was lying.', 'wrote'],
      ['An unknown poster wrote that the mayor was lying.', 'wrote'],
      ['A person familiar with the talks said the deal was close.', 'said'],
      ['The store keeps the files, the manual says.', 'says'],
    ])
      expect(entityOf(text!, cue!)?.anonymity?.specificity, text).toBeDefined();
  });

  test('a class of commentators in general is not asked why it was granted anonymity', () => {
    // the story sums up a class: nobody was granted anonymity
    for (const [text, cue] of [
      ['Experts say the dam will hold through the spring.', 'say'],
      ['Most economists said the levy would raise little.', 'said'],
      ['A number of analysts said the merger would be blocked.', 'said'],
      ['Independent researchers found that the vaccine worked.', 'found'],
      ['Critics argue that the toll is a tax on commuters.', 'argue'],
      ['Investors said the rally would not last.', 'said'],
      ['His critics said the toll was a tax on commuters.', 'said'],
      ["The mayor's opponents said the toll was a tax.", 'said'],
    ])
      expect(entityOf(text!, cue!)?.anonymity, text).toBeUndefined();
    // people the story met, placed in a body or an unnamed individual are still checked
    for (const [text, cue] of [
      ['Two analysts said the merger would be blocked.', 'said'],
      ["Acme's analysts said the merger would fail.", 'said'],
      ['His aides said the toll was fair.', 'said'],
      ['Analysts at the bank said the merger would be blocked.', 'said'],
      ['An expert said the dam would hold.', 'said'],
      ['A number of officials said the dam would hold.', 'said'],
    ])
      expect(entityOf(text!, cue!)?.anonymity?.specificity, text).toBeDefined();
    // and a class the story says asked not to be named is asked why
    const asked =
      'Critics, who asked not to be named for fear of reprisals, said the toll was unfair.';
    expect(entityOf(asked, 'said')?.anonymity?.reason?.kind).toBe('fear');
  });

  test('people summed up by who they are are not asked why they were granted anonymity', () => {
    // a people, a belief or a public described by anything at all: nobody was granted anonymity
    for (const [text, cue] of [
      ['Libertarians say the levy is theft.', 'say'],
      ['Local people reported hearing a loud bang over the hills.', 'reported'],
      ['Since the flood, many people have told the council the drains are blocked.', 'told'],
      ['Ordinary people say the fares are too high.', 'say'],
      ["Britain's ordinary people say the levy is unfair.", 'say'],
      // (a country of two words owns its people as one of one word does)
      ["New Zealand's indigenous people regard the whales as ancestors.", 'regard'],
      // (a named person leads the claim: nobody in it was granted anonymity)
      ['Hori Tane and his family believe the oil could save the trees.', 'believe'],
      ['Mara Lind and her lawyers said the ruling was wrong.', 'said'],
      // (a word of anonymity that grants none: "quoted as saying")
      [
        'Local people reported a flash of light, the regional governor was quoted as saying.',
        'reported',
      ],
    ])
      expect(entityOf(text!, cue!)?.anonymity, text).toBeUndefined();
    // a job or an office, people inside a body, the bare source word, a counted few and people
    // a post-modifier places are still checked
    for (const [text, cue] of [
      ['Physicians said the drug had been withdrawn.', 'said'],
      ['Employees said the plant was unsafe.', 'said'],
      ['People said the road had been closed for a week.', 'said'],
      ['Two women said the clinic had closed.', 'said'],
      ['People familiar with the talks said the deal was close.', 'said'],
      ['Women at the plant said the shifts were too long.', 'said'],
      ["Acme's people said the shifts were too long.", 'said'],
      // (a description first: the pair's people may be anonymous)
      ['Two aides and his lawyer said the ruling was wrong.', 'said'],
    ])
      expect(entityOf(text!, cue!)?.anonymity?.specificity, text).toBeDefined();
    // and a public the story says asked not to be named is asked why
    const asked =
      'Many people, who asked not to be named for fear of reprisals, said the guards had fired first.';
    expect(entityOf(asked, 'said')?.anonymity?.reason?.kind).toBe('fear');
  });

  test('people of a trade summed up by who they are are not asked why they were granted anonymity', () => {
    // a job described by sex, faith or belief: a kind of people, not a source kept unnamed
    for (const [text, cue] of [
      ['Women programmers describe a cycle of hiring friends.', 'describe'],
      ['Since the vote, Islamist politicians have conceded that they erred.', 'have conceded'],
      ['Muslim clerics said the ruling was unjust.', 'said'],
      ['Many female surgeons say the rota is unfair.', 'say'],
    ])
      expect(entityOf(text!, cue!)?.anonymity, text).toBeUndefined();
    // an office, a counted or definite few, people a post-modifier places and a job alone are
    // still checked
    for (const [text, cue] of [
      ['Military officials said the border was closed.', 'said'],
      ['Women officials said the border was closed.', 'said'],
      ['Two women programmers said the hiring was unfair.', 'said'],
      ['The female surgeons said the rota was unfair.', 'said'],
      ['Women surgeons at the clinic said the rota was unfair.', 'said'],
      ['Surgeons said the rota was unfair.', 'said'],
      ['Senior surgeons said the rota was unfair.', 'said'],
    ])
      expect(entityOf(text!, cue!)?.anonymity?.specificity, text).toBeDefined();
  });

  test('the team behind a study is not asked why it was granted anonymity', () => {
    for (const [text, cue] of [
      [
        'Researchers at the Varne Institute studied sleep. The researchers said the effect was small.',
        'said',
      ],
      ['The trial ended in May. Its authors wrote that the effect was small.', 'wrote'],
      ["The trial ended in May. The trial's authors said the effect was small.", 'said'],
    ])
      expect(entityOf(text!, cue!)?.anonymity, text).toBeUndefined();
    // a counted or indefinite few, and a team the story says asked not to be named, are checked
    for (const [text, cue] of [
      ['Two researchers said the effect was small.', 'said'],
      ['The two researchers said the effect was small.', 'said'],
      ['A scientist said the effect was small.', 'said'],
      ['The officials said the effect was small.', 'said'],
    ])
      expect(entityOf(text!, cue!)?.anonymity?.specificity, text).toBeDefined();
    const asked =
      'The researchers, who asked not to be named for fear of reprisals, said the data were faked.';
    expect(entityOf(asked, 'said')?.anonymity?.reason?.kind).toBe('fear');
  });

  test('a body partly named by its place speaks as itself: nobody was granted anonymity', () => {
    for (const [text, cue] of [
      ['Kelmshire police said the road was closed.', 'said'],
      ['The road was closed, Varne police said.', 'said'],
    ])
      expect(entityOf(text!, cue!)?.anonymity, text).toBeUndefined();
    // someone in the body is still checked
    for (const [text, cue] of [
      ['A Kelmshire police officer said the road was closed.', 'said'],
      ['A spokesman for Kelmshire police said the road was closed.', 'said'],
    ])
      expect(entityOf(text!, cue!)?.anonymity?.specificity, text).toBeDefined();
  });

  test('a source a quoted speaker cites is the speaker’s: the story’s standards are not asked of it', () => {
    // inside the quotation: the fishermen are Tane Hohaia's sources, not the story's
    const quoted =
      '“Our grandfathers told us the fish would come back,” said Tane Hohaia, a skipper in Wharekura.';
    expect(entityOf(quoted, 'told')).toBeDefined();
    expect(entityOf(quoted, 'told')?.anonymity).toBeUndefined();
    const open = 'Mira Tate said: “A colleague warned me the budget was gone.”';
    expect(entityOf(open, 'warned')?.anonymity).toBeUndefined();
    // the same source in the writer's own words is the story's, and checked
    const told = 'Our grandfathers told the council the fish would come back, according to Hohaia.';
    expect(entityOf(told, 'told')?.anonymity?.specificity).toBeDefined();
    const plain =
      'A colleague warned her the budget was gone, a person familiar with the talks said.';
    expect(entityOf(plain, 'said')?.anonymity?.basis?.kind).toBe('familiar');
  });
});

test('a body known only by its tie to another is not named', () => {
  // the partner, the parent, the sister paper: another body, whose name the story does not give
  for (const [text, cue] of [
    [
      'The space agency delayed the launch. Its partner agency said the rocket was not ready.',
      'said',
    ],
    ['Halvard Foods cut jobs. Its parent company said more cuts would come.', 'said'],
    ['The Gazette will close. Its sister paper said it would carry the columns.', 'said'],
  ])
    expect(entityOf(text!, cue!)?.named, text).toBe(false);
  // a joint source's second description is that body too
  const pair = entityOf('The agency and its partner agency said the launch would slip.', 'said');
  expect(pair?.members?.map((m) => [m.name, m.named])).toEqual([
    ['The agency', true],
    ['its partner agency', false],
  ]);
  // the body itself, a tie named in apposition and a tie that is not before a body stay named
  for (const [text, cue] of [
    ['Halvard Foods cut jobs. The company said more cuts would come.', 'said'],
    ['Halvard Foods cut jobs. Its rival Borex Ltd said it would hire.', 'said'],
  ])
    expect(entityOf(text!, cue!)?.named, text).toBe(true);
});

test('an industry word makes a company only as the last word of a name', () => {
  expect(entityOf('Greywater Marine said the bid was fair.', 'said')?.type).toBe('organisation');
  expect(entityOf('Marine Le Pen said the vote was rigged.', 'said')?.type).toBe('person');
});

describe('a document of a body the story names', () => {
  test.each([
    [
      'The Harbour Authority fined the port. The decision said the cranes were unsafe.',
      'said',
      true,
    ],
    [
      'The Lanfield Foundation paid its chairman. Its latest accounts show the fees rose.',
      'show',
      true,
    ],
    ['A Hollis man sued Orbis. The lawsuit claims the phone overheated.', 'claims', false],
    // what a body issues itself, bare or said to be published, with no other author or holder
    [
      'The Pellham Port Board kept its fees. Minutes of the meeting released on Friday show that two members dissented.',
      'show',
      true,
    ],
    [
      'Tarrow College dismissed the lecturer, according to a summary of its inquiry published on Monday.',
      'according to',
      true,
    ],
    [
      'Tarrow College dismissed the lecturer. A summary obtained by the Gazette says he was warned twice.',
      'says',
      false,
    ],
    // any document said to be published is not the named body's ("a report published on Monday")
    [
      'Tarrow College dismissed the lecturer. A report published on Monday says he was warned twice.',
      'says',
      false,
    ],
    // issued by a body the story met by its name's last word
    [
      'Ostley Community Trust cut its grants. Figures released by the trust show that 40 clubs closed.',
      'show',
      true,
    ],
  ])('%s', (text, cue, named) => {
    expect(Boolean(cues(text, cue)[0]?.source?.named)).toBe(named);
  });
});

describe('a line that ends with a stop inside a quotation is no headline', () => {
  test('its subject is not given to a later description', () => {
    const text =
      '- One Treasury aide on the call described the talks as "tense."\n\nThe plan was shelved, a senior campaign aide said.';
    expect(sourceOf(text, 'described')?.named).toBe('partial');
    expect(entityOf(text, 'described')).not.toBe(entityOf(text, 'said'));
  });
});

describe('a person at a definite body with modifiers is of that body', () => {
  test.each([
    ['A spokesman for the regional water authority said the pipes were safe.', 'partial'],
    [
      'Two clerks kept the files. One of them, a clerk in the planning department, said the forms were lost.',
      'partial',
    ],
    // a demonstrative after a preposition is as definite
    [
      'Staff follow the rules of the city parks department. Two employees of that department said the rules were ignored.',
      'partial',
    ],
    // (an indefinite body is none the story identifies)
    ['A spokesman for a regional water authority said the pipes were safe.', false],
  ] as const)('%s', (text, named) => {
    expect(cues(text, 'said')[0]?.source?.named).toBe(named);
  });
});

describe('both sides of a dispute the story names are named', () => {
  test.each([
    [
      'Fighters of the Sorn Brigade and army units clashed again. A monitor accused both of shelling homes, charges both sides reject.',
      true,
    ],
    // (with no party named near, they stay unnamed)
    ['The clashes went on all week, and homes were shelled, charges both sides reject.', false],
  ] as const)('%s', (text, named) => {
    expect(cues(text, 'reject')[0]?.source?.named).toBe(named);
  });
});

describe('a document a named body issued, said so in an aside, is named', () => {
  test.each([
    [
      'The audit, published on Monday by the Schools Inspection Office, said records were missing.',
      true,
    ],
    ['The audit, obtained by the Courier, said records were missing.', false],
  ] as const)('%s', (text, named) => {
    expect(cues(text, 'said')[0]?.source?.named).toBe(named);
  });
});

describe('a document by a definite body is named', () => {
  test.each([
    [
      'The Kell Valley Trust has fought the quarry since 2019. A report by the trust found that the river had silted up.',
      true,
    ],
    // (not one a reporter obtained)
    ['A report by the trust, obtained by the Courier, found that the river had silted up.', false],
  ] as const)('%s', (text, named) => {
    expect(cues(text, 'found')[0]?.source?.named).toBe(named);
  });
});

describe('researchers whose study a named journal published are its authors', () => {
  test.each([
    [
      'Crows can count to five, a team of biologists argues in a study published on Monday in the Journal of Bird Minds.',
      'partial',
    ],
    // (not a study placed nowhere)
    ['Crows can count to five, a team of biologists argues in a blog post.', false],
  ] as const)('%s', (text, named) => {
    expect(cues(text, 'argues')[0]?.source?.named).toBe(named);
  });
});

describe('the defence of a trial story speaks for the named accused', () => {
  test.each([
    [
      'Ivo Marsh, 52, denies bribery. The defense has argued that the texts were forged.',
      'partial',
    ],
    ['A man denies bribery. The defense has argued that the texts were forged.', false],
  ] as const)('%s', (text, named) => {
    expect(cues(text, 'has argued')[0]?.source?.named).toBe(named);
  });
});

describe('a body whose name has a possessive inside it', () => {
  test('is met again as `the ...`', () => {
    const text =
      "The outbreak began at the Linwood Children's Clinic. The clinic said in a statement that it had changed its rules.";
    expect(cues(text, 'said')[0]?.source?.named).toBe(true);
  });
});

describe('a person of a unique body the story met as `the ...`', () => {
  test('is partly named', () => {
    const text =
      'Residents accused the district council of ignoring the floods. A council spokesman said every complaint was read.';
    expect(cues(text, 'said')[0]?.source?.named).toBe('partial');
  });

  test('a body word never met before leaves the person unnamed', () => {
    const text =
      'Residents complained about the floods. A council spokesman said every complaint was read.';
    expect(cues(text, 'said')[0]?.source?.named).toBe(false);
  });
});

describe('a person of a body the story named, by the kind of body its name ends in', () => {
  test.each([
    [
      'Two cyclists were taken to Fenmoor District Hospital. Both were stable, a hospital spokesman said.',
      'partial',
    ],
    [
      'The Kelby Rowing Society dropped its coach. A society member said the vote was close.',
      'partial',
    ],
    // a place's kind is no body: "a street official"
    ['A van hit a wall on Marsh Street. A street official said no one was hurt.', false],
    // nor is a noun for the body's people: "a police source" after "Dunmore Police"
    [
      'Sergeant Ana Rios of Dunmore Police made the arrest. The man was armed, a police source said.',
      false,
    ],
    // nor a body never named: "a hospital spokesman" with no hospital named
    ['Two cyclists were hurt. Both were stable, a hospital spokesman said.', false],
    // "at the college" after "Marlow College"
    [
      'Marlow College expelled two students. A teacher at the college said the hearing was fair.',
      'partial',
    ],
    ['Two students were expelled. A teacher at the college said the hearing was fair.', false],
    // a clinic and a palace are bodies too; an employee is one of the body's people, even
    // after a name with a possessive inside it ("St Brede's Clinic")
    [
      "Four children were treated at St Brede's Clinic. A clinic employee said the wait was long.",
      'partial',
    ],
    [
      'Aides at Harrowgate Palace met the trustees. A palace spokesman said the prince was well.',
      'partial',
    ],
    // a medical center is a hospital
    [
      'Both were taken to Larkin Valley Medical Center. One was stable, a hospital spokeswoman said.',
      'partial',
    ],
    // a body's kind capitalised only because it starts the sentence is read as that noun
    [
      'The trustees of Fenmoor District Hospital met in May.\n\nHospital porters said the lifts had failed.',
      false,
    ],
    [
      'Aides at Harrowgate Palace met the trustees.\n\nPalace officials said the prince was well.',
      'partial',
    ],
    // (an occupation before which the body's kind only tells the kind of work: "a hospital
    // doctor" is any hospital's)
    [
      'Two cyclists were taken to Fenmoor District Hospital. A hospital doctor said both were stable.',
      false,
    ],
  ] as const)('%s', (text, named) => {
    expect(cues(text, 'said')[0]?.source?.named).toBe(named);
  });
});

describe('administration officials are people of the named executive', () => {
  test.each([
    ['The plan is dead, two administration officials said.', 'said', 'partial'],
    ['A senior administration official said the plan was dead.', 'said', 'partial'],
    // (not any government's official)
    ['A government official said the plan was dead.', 'said', false],
  ] as const)('%s', (text, cue, named) => {
    expect(cues(text, cue)[0]?.source?.named).toBe(named);
  });
});

describe('a source of a body the story named is partly named', () => {
  test.each([
    [
      'Harwick Rovers sacked their coach on Monday, the club said. A club source said the players had asked for it.',
      'partial',
    ],
    [
      'Two riders signed for Team Lindqvist in June. A team source said the deal was done in a day.',
      'partial',
    ],
    ['Two riders left in June. A team source said the deal was done in a day.', false],
    // (the club named by a name of no known kind: "the Harlow Ravens")
    [
      'Talks between the Kelby Hawks and their captain have stalled, a team source said.',
      'partial',
    ],
  ] as const)('%s', (text, named) => {
    expect(cues(text, 'said').at(-1)?.source?.named).toBe(named);
  });
});

describe('a description of a body with its name in apposition is that body', () => {
  test('not the body named last', () => {
    const text =
      'The Harbour Authority closed the port. The ferry’s operator, Kessel Lines, said in a statement that sailings would resume.';
    expect(entityOf(text, 'said')?.name).toBe('Kessel Lines');
  });
});

describe('a person named in apposition with an affiliation after the name', () => {
  test('is that person, and the description before refers to them', () => {
    const text =
      'The files were leaked, according to a security analyst who tracks such sites. The analyst, Mara Lind of the firm Kestrel Labs, said the leak was real.';
    expect(sourceOf(text, 'said')?.named).toBe(true);
    expect(entityOf(text, 'said')?.name).toBe('Mara Lind');
  });
});

describe('a company name in -i is no demonym', () => {
  test('when the text also uses it on its own', () => {
    const text =
      'Regulators fined Brolli, the app maker. A former Brolli engineer told the paper that data was sold.';
    expect(cues(text, 'told')[0]?.source?.named).toBe('partial');
  });

  test('a demonym stays a place qualifier', () => {
    const text = 'Israeli officials said the border was shut.';
    expect(cues(text, 'said')[0]?.source?.named).toBe(false);
  });
});

describe('the first person', () => {
  const text =
    'When I asked the mayor about the bridge, he laughed. He said the money was there.\n\n' +
    '“I told them twice,” a clerk said. "I warned them," she said.';

  test('outside a quotation it is the writer, a named source, and nobody’s antecedent', () => {
    expect(sourceOf(text, 'asked')).toEqual({ words: 'I', name: 'the writer', named: true });
    expect(sourceOf(text, 'said')?.name).not.toBe('the writer');
  });

  test('"we" outside a quotation is the writer too, not an unnamed source', () => {
    const text =
      'There was a time when we believed the port would grow. We reported in May that it shrank.';
    expect(sourceOf(text, 'believed')?.name).toBe('the writer');
    expect(sourceOf(text, 'reported')).toEqual({ words: 'We', name: 'the writer', named: true });
  });

  test('contracted with an auxiliary ("I’d", "we\'ve") it is still the writer, or the speaker', () => {
    const text =
      "The ferry is slow, which is something I’d never say of the old one. We've argued that fares should fall.";
    // (the source span is the pronoun alone, not its auxiliary)
    expect(sourceOf(text, 'say')).toEqual({ words: 'I', name: 'the writer', named: true });
    expect(sourceOf(text, 'argued')).toEqual({ words: 'We', name: 'the writer', named: true });
    const quoted = '“I’d say the ferry is late,” a porter said.';
    expect(sourceOf(quoted, 'say')?.name).toBe('a porter');
  });

  test('inside a quotation, curly or straight, it is not the writer but the speaker', () => {
    expect(sourceOf(text, 'told')?.name).toBe('a clerk');
    expect(sourceOf(text, 'warned')?.name).not.toBe('the writer');
    expect(sourceOf(text, 'warned')?.name).toBe(sourceOf(text, 'said', 2)?.name);
  });
});

describe('a body named with "on" and its subject', () => {
  test('is one name, the whole of it', () => {
    const text =
      'As the Joint Committee on Harbour Safety has pointed out, the rule is vague. The Task Force on Coastal Erosion said it agreed.';
    expect(entityOf(text, 'has pointed out')?.name).toBe('Joint Committee on Harbour Safety');
    expect(entityOf(text, 'said')?.name).toBe('Task Force on Coastal Erosion');
  });

  test('not a day after it', () => {
    const text = 'As the Select Committee on Monday pointed out, the rule is vague.';
    expect(entityOf(text, 'pointed out')?.name).toBe('Select Committee');
  });
});

describe('"it" after a name of no known kind', () => {
  test('is that name once the story has made it a company', () => {
    const text =
      'Brellix said its fees were fair, and the company said costs had risen. Brellix has been defending its fees for months. It has now promised regulators that it will cut them.';
    expect(entityOf(text, 'has now promised')?.name).toBe('Brellix');
  });

  test('not while the name could still be anyone', () => {
    const text =
      'Brellix said its fees were fair. Brellix has been defending its fees for months. It has now promised regulators that it will cut them.';
    expect(entityOf(text, 'has now promised')).toBeUndefined();
  });
});

test('a commenter is a noun for a person, no word of the name after it', () => {
  const text = 'Commenter Ilse Brandvik noted that the bridge was shut in May.';
  expect(sourceOf(text, 'noted')).toEqual({
    words: 'Commenter Ilse Brandvik',
    name: 'Ilse Brandvik',
    named: true,
  });
});

describe('a lone first name in apposition after a noun for a person', () => {
  test('names that person, and the full name given later is the same one', () => {
    const text =
      'Lena Roth, 17, fell ill in May. “Nobody warned us,” her father, Karel, said on Friday. Karel Roth urged schools to act. “Ban the pills,” Roth told the council.';
    expect(sourceOf(text, 'said')?.name).toBe('Karel Roth');
    expect(entityOf(text, 'told')?.id).toBe(entityOf(text, 'said')?.id);
  });

  test('not after a noun for a role a body can hold', () => {
    const text = 'The ferry’s operator, Nordlys, said the hull was sound.';
    expect(entityOf(text, 'said')?.type).not.toBe('person');
  });
});

describe('two people named and joined by "and"', () => {
  test('are one source named after both, not the second alone', () => {
    const text =
      'Ines Brandt hired Olek Varga in 2004. Brandt and Varga, however, told the board the lab was cramped. Varga said it was old.';
    expect(sourceOf(text, 'told')).toEqual({
      words: 'Brandt and Varga',
      name: 'Ines Brandt and Olek Varga',
      named: true,
    });
    expect(entityOf(text, 'said')?.name).toBe('Olek Varga');
    expect(sourceOf('Ines Brandt and Olek Varga said the lab was cramped.', 'said')?.name).toBe(
      'Ines Brandt and Olek Varga',
    );
  });

  test('one person twice is no pair', () => {
    const text = 'Ines Brandt opened a shop. Brandt and Brandt told the council rents rose.';
    expect(entityOf(text, 'told')?.name).not.toBe('Ines Brandt and Ines Brandt');
  });
});

describe('an intensifying reflexive after the subject', () => {
  test('is no source: the subject before it is', () => {
    const text =
      'Corvane Shipping itself says the route is safe. The inspectors themselves noted a crack. The audit itself points out that repairs lagged.';
    expect(sourceOf(text, 'says')).toEqual({
      words: 'Corvane Shipping',
      name: 'Corvane Shipping',
      named: true,
    });
    expect(sourceOf(text, 'noted')?.words).toBe('The inspectors');
    expect(sourceOf(text, 'points out')?.words).toBe('The audit');
  });

  test('after a pronoun it is the pronoun, the first person the writer', () => {
    const text =
      'I myself believe the route is safe. Ines Brandt said so, and she herself warned of it.';
    expect(sourceOf(text, 'believe')).toEqual({ words: 'I', name: 'the writer', named: true });
    expect(sourceOf(text, 'warned')).toEqual({ words: 'she', name: 'Ines Brandt', named: true });
  });
});

test('an owner, place or backer hyphenated before a name is no word of it', () => {
  const text =
    'Coastline Foods said prices would fall. Harrow-owned Coastline Foods touted the cut. Leeds-based Marra Bank said profits rose, and Marra Bank added that costs fell.';
  expect(entityOf(text, 'touted')).toEqual(entityOf(text, 'said'));
  expect(entityOf(text, 'touted')?.name).toBe('Coastline Foods');
  expect(sourceOf(text, 'said', 1)?.name).toBe('Marra Bank');
  expect(entityOf(text, 'added')).toEqual(entityOf(text, 'said', 1));
});

test('`and` inside an organisation’s name, and `and` after a company’s last word', () => {
  const agency = 'The Food and Drug Administration said the drug was safe.';
  expect(sourceOf(agency, 'said')?.name).toBe('Food and Drug Administration');
  const two =
    'The fund keeps its stakes in Korvath Group and Sumi Digital. Korvath said on Monday it had no plans to sell.';
  expect(sourceOf(two, 'said')?.name).toBe('Korvath Group');
  const firm = 'Baird and Finch Ltd said it would appeal.';
  expect(sourceOf(firm, 'said')?.name).toBe('Baird and Finch Ltd');
});

test('an outlet an aside of `as` cites is not the company the story is about', () => {
  const text =
    'Brixo Inc. said prices would rise. As the Valdora Courier reports, the company announced a $100 minimum fare. Later the company apologised.';
  expect(sourceOf(text, 'announced')?.name).toBe('Brixo Inc');
  expect(sourceOf(text, 'apologised')?.name).toBe('Brixo Inc');
  // (no aside: the latest company named)
  const plain = 'Brixo Inc. said prices would rise. Marlo Ltd said the company would lose.';
  expect(sourceOf(plain, 'said', 1)?.name).toBe('Marlo Ltd');
});
