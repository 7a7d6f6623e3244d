/**
 * Breadth of the cue and hedge lexicon, family by family (session 16): verbs of saying, of
 * judging, of the manner of speaking and of supposing, speech-act nouns and raising hedges, each
 * with its wrong senses. Invented sentences only.
 */
import { describe, expect, test } from 'vitest';
import { seen, spans } from './test-helpers';

/** The cue `cue` in `text`, with its source. */
function cueIn(text: string, cue: string): { text: string; source?: string } | undefined {
  return seen(text, 'attribution').find((s) => s.text === cue);
}

describe('verbs of asserting, explaining and recalling take a clause', () => {
  test.each([
    ['The minister averred that the funds had been returned.', 'averred', 'The minister'],
    ['The company avowed that it had never sold the data.', 'avowed', 'The company'],
    ['The spokesman clarified that the plant would stay open.', 'clarified', 'The spokesman'],
    ['The lawyer elaborated that the contract had lapsed.', 'elaborated', 'The lawyer'],
    ['The director reasoned that the costs would fall.', 'reasoned', 'The director'],
    [
      'The economist calculated that the scheme would cost 3 billion dollars.',
      'calculated',
      'The economist',
    ],
    ['The witness swore that she had seen the car.', 'swore', 'The witness'],
    ['She recollected that the meeting had ended early.', 'recollected', 'She'],
    [
      'The old farmer reminisced that the valley had once been green.',
      'reminisced',
      'The old farmer',
    ],
    ['The governor griped that the state had been ignored.', 'griped', 'The governor'],
    ['The owner crowed that the team was the best in the league.', 'crowed', 'The owner'],
    ['The coach gloated that the rivals had collapsed.', 'gloated', 'The coach'],
    ['Residents whined that the buses were late.', 'whined', 'Residents'],
    ['The analyst marvelled that the shares had recovered.', 'marvelled', 'The analyst'],
    ['The rules stipulate that members must vote in person.', 'stipulate', 'The rules'],
    ['The prosecutor charged that the firm had hidden losses.', 'charged', 'The prosecutor'],
  ])('%s', (text, cue, source) => {
    expect(cueIn(text, cue)?.source).toBe(source);
  });

  test.each([
    'The phone was charged overnight.',
    'Police charged two men after the fight.',
    'The dog barked all night.',
    'There was no reason to stay.',
    'The reason for the delay was a strike.',
    'She swore at the referee.',
    'The crow sat on the fence.',
    'He calculated the total on a napkin.',
  ])('no cue in %j', (text) => {
    expect(spans(text, 'attribution')).toEqual([]);
  });
});

describe('a verb that addresses a hearer, then the hearer and a that-clause', () => {
  test.each([
    ['The minister reassured voters that pensions were safe.', 'reassured', 'The minister'],
    [
      'The police chief advised residents that the roads were closed.',
      'advised',
      'The police chief',
    ],
    ['The bank reassured its customers that no data had been lost.', 'reassured', 'The bank'],
    ['The coach advised the players that training was cancelled.', 'advised', 'The coach'],
    ['Doctors reassured the family that he was stable.', 'reassured', 'Doctors'],
  ])('%s', (text, cue, source) => {
    expect(cueIn(text, cue)?.source).toBe(source);
  });

  test.each([
    'The bank advised the company on the merger.',
    'The news reassured investors.',
    'Goldman advised the board during the sale.',
    'The calm voice reassured the children.',
    'She advised the charity for ten years.',
  ])('no cue in %j', (text) => {
    expect(spans(text, 'attribution')).toEqual([]);
  });
});

describe('verbs of the manner of speaking are cues with a quotation', () => {
  test.each([
    ['"We will not back down," the mayor rejoined.', 'rejoined'],
    ['"That is false," she interjected.', 'interjected'],
    ['"It is over," he muttered.', 'muttered'],
    ['"Get out," the guard shouted.', 'shouted'],
    ['"Enough," the judge snapped.', 'snapped'],
    ['"Not now," he murmured.', 'murmured'],
    ['The crowd marched on the palace, shouting "Down with the king".', 'shouting'],
    ['He said the driver had shouted "Move!" twice before the crash.', 'had shouted'],
  ])('%s', (text, cue) => {
    expect(spans(text, 'attribution')).toContain(cue);
  });

  test.each([
    'The fans shouted all through the second half.',
    'A neighbour said she heard shouting and then "a loud bang".',
    'The dog barked at the postman.',
    'He muttered under his breath and left.',
    'The branch snapped in the wind.',
    'There was a murmur in the hall.',
  ])('no manner cue in %j', (text) => {
    const cues = spans(text, 'attribution');
    for (const w of ['shouted', 'shouting', 'barked', 'muttered', 'snapped', 'murmur'])
      expect(cues).not.toContain(w);
  });
});

describe('verbs of criticism, praise and disowning judge what someone said or did', () => {
  test.each([
    ['The minister chastised the banks for their greed.', 'chastised'],
    ['The regulator censured the firm for misleading customers.', 'censured'],
    ['The bishop deplored the violence.', 'deplored'],
    ['The farmers bemoaned the lack of rain.', 'bemoaned'],
    ['The judge reprimanded the lawyers for the delay.', 'reprimanded'],
    ['The mayor scorned the idea.', 'scorned'],
    ['The chairman trumpeted the results as a triumph.', 'trumpeted'],
    ['The minister repudiated the remarks.', 'repudiated'],
    ["The party disavowed the candidate's comments.", 'disavowed'],
    ['The activists debunked the claim that the river was clean.', 'debunked'],
    ['The plan was censured by the auditors.', 'was censured'],
  ])('%s', (text, cue) => {
    expect(spans(text, 'attribution')).toContain(cue);
  });

  test.each([
    'A trumpet sounded in the distance.',
    'The censure motion failed.',
    'The reprimand was placed on file.',
    'They faced the scorn of their neighbours.',
    'The band will trumpet nothing but jazz.',
  ])('no cue in %j', (text) => {
    expect(spans(text, 'attribution')).toEqual([]);
  });
});

describe('particle verbs of attacking in words take their target', () => {
  test.each([
    ['The opposition leader hit out at the government over the delays.', 'hit out'],
    ['The union hit out against the cuts.', 'hit out'],
    ['The senator railed against the tax.', 'railed'],
    ['Farmers have railed against the new rules for months.', 'have railed'],
    ['The coach hits out at referees after every defeat.', 'hits out'],
  ])('%s', (text, cue) => {
    expect(spans(text, 'attribution')).toContain(cue);
  });

  test.each([
    'The batter hit out of the park.',
    'The new rail line opened in May.',
    'The storm hit out at sea.',
    'Passengers waited at the rail.',
    'He hit out wildly and missed.',
  ])('no cue in %j', (text) => {
    expect(spans(text, 'attribution')).toEqual([]);
  });
});

describe('verbs of supposing need someone or a document to suppose', () => {
  test.each([
    ['Economists assume that rates will stay high.', 'assume'],
    ['The police presumed that the man had drowned.', 'presumed'],
    ['The scientist conjectured that the fossil was older.', 'conjectured'],
    ['The minister implied that the strike was political.', 'implied'],
    ['The architects envisage that the tower will open in 2030.', 'envisage'],
    ['It is widely assumed that the leader will resign.', 'assumed'],
  ])('%s', (text, cue) => {
    expect(spans(text, 'attribution')).toContain(cue);
  });

  test.each([
    'The credits assume the whole bog is wet again.',
    'A deal could come next week, assuming the talks hold.',
    'The rise implies that rates will go up.',
    'She assumed office in January.',
    'The rebels assumed control of the port.',
  ])('no cue in %j', (text) => {
    expect(spans(text, 'attribution')).toEqual([]);
  });
});

test.each([
  ['"When the results came back, we assumed the lab had made a mistake," she said.', 'assumed'],
  ['"I presume there were good reasons," the judge said.', 'presume'],
  ['"We assumed it was a prank," one guard said.', 'assumed'],
])('a quoted speaker supposing a clause is a cue (DECISIONS 149): %j', (text, cue) => {
  const cues = spans(text, 'attribution');
  expect(cues).toContain(cue);
  expect(cues).toContain('said');
});

describe("`echo` repeats another's words", () => {
  test.each([
    ['The chairman echoed those concerns.', 'echoed'],
    ['The mayor echoed the warnings of the fire chief.', 'echoed'],
    ['Several ministers echoed that view.', 'echoed'],
    ['The union echoed the call for an inquiry.', 'echoed'],
    ['Her deputy echoed the criticism.', 'echoed'],
  ])('%s', (text, cue) => {
    expect(spans(text, 'attribution')).toContain(cue);
  });

  test.each([
    'Her words echoed through the empty hall.',
    'Gunfire echoed across the valley.',
    'The design echoes the old station.',
    'Officials received repeated warnings that the dam was weak.',
    'The council ignored repeated calls for repairs.',
  ])('no echo or repeat cue in %j', (text) => {
    const cues = spans(text, 'attribution');
    for (const w of ['echoed', 'echoes', 'repeated']) expect(cues).not.toContain(w);
  });
});

describe('requests by begging and imploring', () => {
  test.each([
    ['The senator begged colleagues to reconsider.', 'begged'],
    ['The families implored the government to act.', 'implored'],
    ['Aid workers beseeched both sides to hold their fire.', 'beseeched'],
    ['She entreated the judge to show mercy.', 'entreated'],
    ['The coach exhorted his players to keep going.', 'exhorted'],
  ])('%s', (text, cue) => {
    expect(spans(text, 'attribution')).toContain(cue);
  });
});

describe('speech-act nouns with their owner or content', () => {
  test.each([
    ["The minister's remarks that the plan was dead drew a rebuke.", 'remarks'],
    ['His remarks about the referee were widely shared.', 'remarks'],
    ["The governor's vow to cut taxes was welcomed.", 'vow'],
    ['The president made a vow to rebuild the city.', 'made a vow'],
    ['Her promise that no jobs would be lost proved hollow.', 'promise'],
    ['His explanation that the money was a loan was rejected.', 'explanation'],
    ["The bank's acknowledgement that it had erred came too late.", 'acknowledgement'],
    ["The chairman's boast that the club was debt-free was untrue.", 'boast'],
    ['The disclosure that the mayor owned the land caused an uproar.', 'disclosure'],
    ["The senator's recollection of the meeting differs from the record.", 'recollection'],
    ['The company made a concession that its figures were wrong.', 'concession'],
  ])('%s', (text, cue) => {
    expect(spans(text, 'attribution')).toContain(cue);
  });

  test.each([
    'The remarks section of the form was blank.',
    'The comments were closed after an hour.',
    'She took down comments from her page.',
    'The vows were exchanged in a small chapel.',
    'This is part of the promise of the acquisition.',
    'They produce useful forecasts that stretch 15 days out.',
    'The concession stand sold hot dogs.',
  ])('no noun cue in %j', (text) => {
    expect(spans(text, 'attribution')).toEqual([]);
  });
});

describe('raising hedges: reckoned, purported and assumed', () => {
  test.each([
    ['The boss is reckoned to be worth 2 billion dollars.', 'is reckoned to'],
    ['The fund was reckoned to hold more gold than the central bank.', 'was reckoned to'],
    ['The painting is purported to be a fake.', 'purported'],
    ['The letters are purported to have been written in prison.', 'purported'],
    ['The striker is reckoned to have cost 40 million.', 'is reckoned to'],
    ['The killer is assumed to have fled abroad.', 'is assumed to'],
    ['Both men were assumed to be dead.', 'were assumed to'],
  ])('%s', (text, hedge) => {
    expect(spans(text, 'hedge')).toContain(hedge);
    expect(spans(text, 'attribution')).toEqual([]);
  });

  test.each([
    'He reckoned the bill at 40 pounds.',
    'The cost was reckoned in dollars.',
    'She reckoned with the consequences.',
  ])('no hedge in %j', (text) => {
    expect(spans(text, 'hedge')).toEqual([]);
  });
});

describe("the owner's speech act with its content after `be`", () => {
  test.each([
    ["The union's view is that the cuts are illegal.", 'view'],
    ['Her argument was that the contract had lapsed.', 'argument'],
    ["The bank's assessment is that inflation will fall.", 'assessment'],
    ["The minister's belief is that the plan will work.", 'belief'],
    ["The committee's conclusion was that the system had failed.", 'conclusion'],
  ])('%s', (text, cue) => {
    expect(spans(text, 'attribution')).toContain(cue);
  });

  test.each([
    'The view is that of a minority.',
    "The union's view is that of a minority.",
    "The company's view was that bad.",
    'The view from the hill is stunning.',
    "The bank's assessment of the loans took a year.",
  ])('no noun cue in %j', (text) => {
    expect(spans(text, 'attribution')).toEqual([]);
  });
});

describe('conceding a contest or a score is no concession of a point', () => {
  test.each([
    'The Greens conceded two seats to the Liberals.',
    'The rebels conceded territory in the north.',
    'The champion conceded the title after one round.',
    'The candidate refused to concede the election.',
    'The keeper conceded two goals.',
  ])('no cue in %j', (text) => {
    expect(spans(text, 'attribution')).toEqual([]);
  });

  test.each([
    ['The mayor conceded that the seats had been lost.', 'conceded'],
    ['The coach conceded that his side had been poor.', 'conceded'],
  ])('%s', (text, cue) => {
    expect(spans(text, 'attribution')).toContain(cue);
  });
});

describe('a vow with its to-infinitive is a pledge; a promise stays optional (DECISIONS 9)', () => {
  test.each([
    ['Despite a vow to cut taxes, the budget grew.', 'vow'],
    ["The union's vows to strike again were ignored.", 'vows'],
    ['Her vow to stay neutral did not last.', 'vow'],
  ])('%s', (text, cue) => {
    expect(spans(text, 'attribution')).toContain(cue);
  });

  test.each([
    'She was elected on a promise to balance the budget.',
    'The vows to each other were short.',
  ])('no noun cue in %j', (text) => {
    expect(spans(text, 'attribution')).toEqual([]);
  });
});

describe('more clausal verbs: recognising, specifying, submitting, inferring, disagreeing (not `judge`: a title too)', () => {
  test.each([
    ['The minister recognised that mistakes had been made.', 'recognised'],
    ['The contract specified that the work be finished by May.', 'specified'],
    ['The lawyer submitted that the evidence was flawed.', 'submitted'],
    ['Critics carped that the stadium was too small.', 'carped'],
    ['The senator inquired whether the funds had been spent.', 'inquired'],
    ['Economists disagreed that the cut would help.', 'disagreed'],
    ['Neighbours alerted police that a man had collapsed.', 'alerted'],
    ['The researchers inferred that the lake had dried up.', 'inferred'],
  ])('%s', (text, cue) => {
    expect(spans(text, 'attribution')).toContain(cue);
  });

  test.each([
    'The country was recognised as a state in 1992.',
    'He submitted his resignation on Monday.',
    'Police are inquiring into the death.',
    'The two sides disagreed over the price.',
    'She will judge the baking contest.',
    '"We had no choice," Judge Young said on Tuesday.',
    'History will judge who was right.',
  ])('no cue but `said` in %j', (text) => {
    expect(spans(text, 'attribution').filter((c) => c !== 'said')).toEqual([]);
  });
});

describe('more verbs of criticism: reproaching, taunting, haranguing', () => {
  test.each([
    ['The coach reproached his players for their lack of effort.', 'reproached'],
    ['Fans taunted the striker throughout the match.', 'taunted'],
    ['The senator harangued the witnesses for an hour.', 'harangued'],
    ['The critic critiqued the novel as shallow.', 'critiqued'],
  ])('%s', (text, cue) => {
    expect(spans(text, 'attribution')).toContain(cue);
  });
});

describe('verbs of expression with feelings, statements, apologies and tributes', () => {
  test.each([
    ['The union expressed dissatisfaction with the offer.', 'expressed dissatisfaction'],
    ['The mayor voiced displeasure at the delays.', 'voiced displeasure'],
    ['The families expressed relief that the men were safe.', 'expressed relief'],
    ['The report raised the possibility that the dam could fail.', 'raised the possibility'],
    ['The minister made an admission that the plan had failed.', 'made an admission'],
    ['The company issued a statement denying the claims.', 'issued a statement'],
    ['Police issued a warning about fake calls.', 'issued a warning'],
    ['The president paid tribute to the soldiers.', 'paid tribute'],
    ['The airline offered an apology to passengers.', 'offered an apology'],
  ])('%s', (text, cue) => {
    expect(spans(text, 'attribution')).toContain(cue);
  });

  test.each([
    'The bank issued new shares.',
    'The council issued permits to 40 firms.',
    'The firm paid 2 million dollars.',
    'Reform came slowly, with authorities issuing a formal statement weeks later.',
    'Staff said they had been given no warning.',
  ])('no expression cue in %j', (text) => {
    for (const c of spans(text, 'attribution')) expect(c).toMatch(/^(?:said|had been given)$/);
  });
});

describe('more speech-act nouns: rulings, determinations, declarations, apologies', () => {
  test.each([
    ["The court's ruling that the law was invalid surprised many.", 'ruling'],
    ["The panel's determination that the drug was safe was challenged.", 'determination'],
    ["The minister's declaration that the war was over was premature.", 'declaration'],
    ['Her apology came too late.', 'apology'],
    ['The judgment that the firm was liable was overturned.', 'judgment'],
  ])('%s', (text, cue) => {
    expect(spans(text, 'attribution')).toContain(cue);
  });

  test.each(['The ruling party won the vote.', 'The ruling was appealed.'])(
    'no noun cue in %j',
    (text) => {
      expect(spans(text, 'attribution')).toEqual([]);
    },
  );
});

describe('a viewpoint framed by its owner is a cue like `according to` (DECISIONS 30)', () => {
  test.each([
    ["By the ministry's count, 40 people died.", 'count', 'the ministry'],
    ["By the agency's own estimates, the work will take four years.", 'estimates', 'the agency'],
    ['In the minister\'s words, the deal is "dead".', 'words', 'the minister'],
    ["The plan, in the chairman's view, was doomed.", 'view', 'the chairman'],
    ['In the opinion of the court, the law is invalid.', 'In the opinion of', 'the court'],
    ['In the view of the auditors, the accounts are sound.', 'In the view of', 'the auditors'],
  ])('%s', (text, cue, source) => {
    expect(cueIn(text, cue)?.source).toBe(source);
  });

  test.each([
    ['In her view, the plan was doomed.', 'view'],
    ['By his own account, he left at midnight.', 'account'],
    ['The report, by its own admission, is incomplete.', 'admission'],
    ['In their opinion, the rules are unfair.', 'opinion'],
  ])('%s', (text, cue) => {
    expect(spans(text, 'attribution')).toContain(cue);
  });

  test.each([
    'The town, by all accounts, was quiet.',
    'He was paid by the hour.',
    'The hut was in full view of the road.',
    "The goods were seized by the port's customs officers.",
    'In his account book, the figures were wrong.',
  ])('no cue in %j', (text) => {
    expect(spans(text, 'attribution')).toEqual([]);
  });

  test("a viewpoint inside a quotation is the speaker's way of talking, as with `think`", () => {
    expect(spans('"In her view, this is wrong," he said.', 'attribution')).toEqual(['said']);
    expect(
      spans('"By their own count, the fees are too high," the union said.', 'attribution'),
    ).toEqual(['said']);
  });
});

describe('particle verbs of disputing and scorning take their target', () => {
  test.each([
    ['The union took issue with the figures.', 'took issue'],
    ['The minister has taken issue with the report.', 'has taken issue'],
    ['Critics poured scorn on the plan.', 'poured scorn'],
    ['Rivals have poured scorn on the idea.', 'have poured scorn'],
    ['The auditors take issue with two of the findings.', 'take issue'],
  ])('%s', (text, cue) => {
    expect(spans(text, 'attribution')).toContain(cue);
  });

  test.each([
    'The issue was taken up by the council.',
    'She poured the water into a jug.',
    'We will take the issue to court.',
    'Take issue number four off the shelf.',
  ])('no cue in %j', (text) => {
    expect(spans(text, 'attribution')).toEqual([]);
  });
});
