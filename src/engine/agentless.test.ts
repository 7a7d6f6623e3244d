import { describe, expect, test } from 'vitest';
import { spans } from './test-helpers';

describe('agentless passives', () => {
  test.each([
    ['The hacking campaign was discovered after an airline reported a breach.', ['was discovered']],
    ['Other airlines had been infiltrated in the same way.', ['had been infiltrated']],
    ['It was confirmed that the attacks were planned.', ['It was confirmed', 'were planned']],
    ['It is believed the slump pushed the firm to sell.', ['It is believed']],
    ['The results could not be independently verified.', ['could not be independently verified']],
    ['A section of the levee has not been fully repaired.', ['has not been fully repaired']],
    ['The two are being held without charge.', ['are being held']],
    ['He died after being stabbed in the chest.', ['being stabbed']],
    [
      'Its chief operating officer was reportedly informed of the gaps.',
      ['was reportedly informed'],
    ],
    ['The photos were removed from the forum on Monday.', ['were removed']],
    ['Eleven trucks had been sold to smaller operators by the end of 2022.', ['had been sold']],
    ['The levy has been described as a tax by another name.', ['has been described']],
    ['Four Indicted in $9 Million Fake Investment Scheme', ['Indicted']],
    ['Thousands ordered out as river nears record crest', ['ordered']],
    // a verb prefix keeps a hyphenated passive a passive
    ['The board was re-elected in May.', ['was re-elected']],
    ['The charges were unsealed on Monday.', ['were unsealed']],
    ['The plot was uncovered last spring.', ['was uncovered']],
    ['Most of the crates were made by hand.', ['were made']],
    // a progressive passive is never a state; adverbs after the participle are not its noun
    ['Shoppers are being advised to avoid the bridge.', ['are being advised']],
    ['The footage was leaked online.', ['was leaked']],
    ['She was named treasurer in May.', ['was named']],
  ])('%s', (text, expected) => {
    expect(spans(text, 'agentless')).toEqual(expected);
  });

  test.each([
    'Lindqvist was born in a cottage three doors up the lane.',
    'The shed is located at the end of Quay Lane.',
    "I'm still opted out of the scheme.",
    'The hacking campaign was disclosed by officials from the ministry.',
    'The water utility was crippled by an attack last March.',
    'The company is said to be weighing a sale.',
    'Analysts were divided on the merger.',
    'A man was missing after the flood.',
    'Veltrix, which is listed on the Nasdaq, held $410 million.',
    'A state official who was not authorized to speak said so.',
    'The CEO has said the plan is sound.',
    'A copy of the release can be viewed here.',
    'Such a pronouncement is unprecedented.',
    // attributive participles and psych adjectives
    'The lining was recycled paper.',
    'Most members were not persuaded.',
  ])('none in %j', (text) => {
    expect(spans(text, 'agentless')).toEqual([]);
  });
});

describe('existential and adjectival forms', () => {
  test.each([
    'There are marked differences between the tribes.',
    'Climate change is to blame, scientists think.',
    // un- before a stative participle, and what a thing is made of
    'The gunman was mentally unbalanced, his family said.',
    'Most voters were unconvinced by the plan.',
    'The new hull is made of carbon fibre.',
    // an imperative to the reader
    'Be warned: the last level is brutal.',
    // hyphenated participles are adjectives after "be"
    'Each of the units is self-contained.',
    'The risks are well-known to the crew.',
    'The refinery is state-owned and the militia is Iranian-backed.',
  ])('no agentless in %j', (text) => {
    expect(spans(text, 'agentless')).toEqual([]);
  });
});

describe('passives the participle search used to miss, and an idiom', () => {
  test.each([
    ['The two bids were both rejected in March.', 'were both rejected'],
    ['The scandal was widely covered at the time.', 'was widely covered'],
    ['The findings have not been peer reviewed.', 'have not been peer reviewed'],
    ['Residents said their letters had been left out of the file.', 'had been left out'],
  ])('%s', (text, passive) => {
    expect(spans(text, 'agentless')).toContain(passive);
  });

  test('"both ... and" is no floating quantifier', () => {
    expect(spans('The release is both poised for testing and ready to ship.', 'agentless')).toEqual(
      [],
    );
  });

  test('"refused to be drawn on" hides nobody', () => {
    expect(spans('The coach refused to be drawn on the rumours.', 'agentless')).toEqual([]);
  });

  test.each([
    'Asked about the striker, the manager refused to be drawn.',
    'The chairman declined to be drawn when reporters asked about a sale.',
  ])('"refused to be drawn" with nothing after: %s', (text) => {
    expect(spans(text, 'agentless')).toEqual([]);
  });

  test('a draw for a tournament is still a passive', () => {
    expect(spans('The teams were drawn together in the cup.', 'agentless')).toEqual(['were drawn']);
  });
});

describe('the anonymity formula and prefixed participles', () => {
  test.each([
    ['The nurse, who asked not to be named, said the ward was full.'],
    ['One aide, who spoke on condition that he not be identified, described the call.'],
    ['Two staff members requested that they not be named.'],
    ['A cleaner, who spoke on condition that she was not identified, described the shift.'],
    ['A steward who asked to be identified only as Rob said the gates opened late.'],
  ])('%s hides nobody: the story withholds the name', (text) => {
    expect(spans(text, 'agentless')).toEqual([]);
  });

  test.each([
    ['The driver has not been named.', 'has not been named'],
    ['The victim has been identified only as a 40-year-old man.', 'has been identified'],
  ])('a name withheld elsewhere is still a passive: %s', (text, passive) => {
    expect(spans(text, 'agentless')).toEqual([passive]);
  });

  test.each([
    ['Thousands of customers may have been mis-sold policies.', 'may have been mis-sold'],
    ['The figures had been cherry-picked to flatter the plan.', 'had been cherry-picked'],
  ])('%s', (text, passive) => {
    expect(spans(text, 'agentless')).toEqual([passive]);
  });
});

describe('instructions, degree adverbs and means that are no agent', () => {
  test.each([
    ['Residents were advised to stay away from the river.', 'were advised'],
    ['The papers were most likely photographed in an office.', 'were most likely photographed'],
    ['Parents were being contacted by text on Monday.', 'were being contacted'],
    ['Power was being restored by mid-morning.', 'was being restored'],
  ])('%s', (text, passive) => {
    expect(spans(text, 'agentless')).toEqual([passive]);
  });

  test('a stative participle without an instruction stays a state', () => {
    expect(spans('The minister is well advised on tax matters.', 'agentless')).toEqual([]);
  });
});

describe('names kept back, permission to speak, idioms of a state', () => {
  test.each([
    ['A clerk, who declined to be identified, said the files were gone.'],
    ['One guard, refusing to be named, described the night.'],
    ['A tenant, who did not want to be named, said the heating failed.'],
    ['The teacher asked that her name be withheld.'],
    ['He spoke because he was not authorised to discuss the talks.'],
    ['Staff are not permitted to speak to reporters.'],
    ['The briefing paper is classified.'],
    ['Fans said they were fed up with the club.'],
    ['Nobody wants to be caught short by a strike.'],
    ['The forecasts have not been borne out.'],
  ])('%s hides nobody', (text) => {
    expect(spans(text, 'agentless')).toEqual([]);
  });

  test.each([
    ['The prisoners had not been fed since Sunday.', 'had not been fed'],
    ['The group was classified as a terrorist organisation.', 'was classified'],
    ['Patients have been advised not to drive.', 'have been advised'],
    ['Alarms were routinely switched off at night.', 'were routinely switched'],
    ['Gates were repeatedly left open overnight.', 'were repeatedly left'],
    ['The stable door had been blown open.', 'had been blown'],
    ['The leak had been reported to the council twice.', 'had been reported'],
  ])('%s', (text, passive) => {
    expect(spans(text, 'agentless')).toEqual([passive]);
  });

  test.each([
    'The carrier was fined $2.5 million by the aviation authority.',
    'The club was later fined £40,000 by the league.',
  ])('%s: an amount stands between the participle and its agent', (text) => {
    expect(spans(text, 'agentless')).toEqual([]);
  });

  test('a headline passive of an irregular verb', () => {
    expect(spans('Protesters beaten and detained at border crossing', 'agentless')).toEqual([
      'beaten',
      'detained',
    ]);
  });
});

describe('participles coordinated with a passive share its auxiliary', () => {
  test.each([
    [
      'Prisoners were routinely starved, kept in dark cells and denied visits, the report said.',
      ['were routinely starved', 'kept', 'denied'],
    ],
    [
      'Witnesses described being questioned for hours and deprived of food.',
      ['being questioned', 'deprived'],
    ],
    // one right after the first joins its span
    ['The bridge had been inspected and approved in May.', ['had been inspected and approved']],
    // an active verb of the same subject, a relative clause's verb, a later clause's subject
    ['The boy was treated in hospital and survived.', ['was treated']],
    ['He was arrested and confessed the theft.', ['was arrested']],
    ['The ministry said it had not been told and demanded consular access.', ['had not been told']],
    ['A claim that he was sacked, which his agent denied, spread fast.', ['was sacked']],
    ['The dam, which was repaired last year, collapsed on Sunday.', ['was repaired']],
  ])('%s', (text, passives) => {
    expect(spans(text, 'agentless')).toEqual(passives);
  });
});

describe('acts in the perfect or dated, scare quotes, states of feeling', () => {
  test.each([
    ['No kick-off time has been set for the final.', 'has been set'],
    ['Two shelters have been set up near the station.', 'have been set'],
    ['The hostel has not yet been closed.', 'has not yet been closed'],
    ['The ferry routes were closed last winter.', 'were closed'],
    ['The warehouse was sold in 2017.', 'was sold'],
    // (undated, or dated by something other than a year, making stays an act)
    ['The shed, which was built without a permit, must come down.', 'was built'],
    ['The wall was built in secret, residents said.', 'was built'],
    ['Staff said the audit had been "buried" for months.', 'had been "buried"'],
    // (`it` is the body told, not an impersonal `it`)
    ['The regulator said it had been notified of the leak.', 'had been notified'],
  ])('%s', (text, passive) => {
    expect(spans(text, 'agentless')).toEqual([passive]);
  });

  test.each([
    ['The novel is set in 1950s Lagos.'],
    ['The hostel is closed.'],
    ['The talks are set to resume.'],
    ['She was born in 1990.'],
    // the date a thing was made or founded is its history
    ['The mill, which was built in 1820, burned down on Sunday.'],
    ['The old pier, which was constructed in the 1930s, will be closed.'],
    ['The choir was founded in 1901 and tours every summer.'],
    ['The mayor said she was appalled by nothing so much as silence.'],
    ['Her family was "mortified" when they heard.'],
    // a quoted participle after the present names a state
    ['The minister says the budget is "fully funded."'],
    ['Both sides are "locked in" a stand-off, a mediator said.'],
    // a degree word before the participle makes an adjective
    ['Nurses said they had been too stretched to cope.'],
    ['The caller was very distressed, the operator said.'],
    // adjectives of too much or too little
    ['Inspectors found the clinic is understaffed.'],
    ['Analysts argue the shares are undervalued.'],
    // a feeling an event left is no act
    ['The family has been left devastated by the crash.'],
  ])('%s hides nobody', (text) => {
    expect(spans(text, 'agentless')).toEqual([]);
  });

  test.each([
    // a quotation that opens on the participle quotes the passive's own words
    [
      'A clerk said the files were "quietly destroyed and never logged."',
      'were "quietly destroyed and never logged',
    ],
    ['She wrote that she had been "told to keep it small."', 'had been "told'],
    [
      'He said results had been "selectively trimmed" before release.',
      'had been "selectively trimmed"',
    ],
    // in the perfect a participle that also names a state is an act
    ['Dozens of letters had been left unread for months.', 'had been left'],
    ['Troops had been positioned along the border, a witness said.', 'had been positioned'],
    ['The singer has been pictured with a new partner.', 'has been pictured'],
  ])('%s: %s', (text, passive) => {
    expect(spans(text, 'agentless')).toEqual([passive]);
  });
});

describe('a name a thing bears is no act', () => {
  test.each([
    'The dish is called pho in the north.',
    'The stretch of coast, as it is called locally, is eroding.',
    'In the trade this is called a "soft launch".',
  ])('%s', (text) => {
    expect(spans(text, 'agentless')).toEqual([]);
  });

  test.each([
    ['Engineers are called in when the pumps fail.', 'are called'],
    ['The march is called off.', 'is called'],
    ['The ferry was called the Aurora until 1990.', 'was called'],
  ])('%s: an act, or a name given in the past', (text, passive) => {
    expect(spans(text, 'agentless')).toEqual([passive]);
  });
});

describe('headline reduced passives: verbs of undoing and harm, irregular -en participles', () => {
  test.each([
    ['Bypass plans shelved after public inquiry\n\nThe council met on Monday.', 'shelved'],
    ['Charity Shop Looted During Riot\n\nThe shop reopened on Friday.', 'Looted'],
    ['Pay Offer Withdrawn After Strike Vote\n\nTalks resume on Monday.', 'Withdrawn'],
    ["Oligarch's assets frozen\n\nThe order was made on Friday.", 'frozen'],
    ['Lifeguard hailed as hero\n\nThe rescue took an hour.', 'hailed'],
  ])('%j', (text, want) => {
    expect(spans(text, 'agentless')).toContain(want);
  });

  test.each([
    'Rate Cut Expected In March\n\nThe bank meets on Thursday.',
    'Board Split Over Pay Deal\n\nThe vote was close.',
    'Residents Outraged Over Parking Plan\n\nThe council meets on Monday.',
  ])('none in %j', (text) => {
    expect(spans(text, 'agentless')).toEqual([]);
  });
});

// Invented headlines (session 28): an age in commas after the subject, an adverb before the
// participle, an instruction's `to`, neglect's `left in` / `left without`, and a participle before
// `before`, `from`, `online` or `without` are reduced passives too.
describe('headline reduced passives: ages, adverbs, instructions, neglect', () => {
  test.each([
    ['Woman, 80, robbed at cash machine\n\nThe news came on Monday.', 'robbed'],
    ['Teenager, 17, charged over school fire\n\nThe news came on Monday.', 'charged'],
    ['Safety Clause Quietly Dropped Before Vote\n\nThe news came on Monday.', 'Dropped'],
    ['Care home staff told to stay away\n\nThe news came on Monday.', 'told'],
    ['Families advised to boil water after leak\n\nThe news came on Monday.', 'advised'],
    ['Tenants left without heating for weeks\n\nThe news came on Monday.', 'left'],
    ['Patients left in corridors overnight\n\nThe news came on Monday.', 'left'],
    ['Test answers leaked online\n\nThe news came on Monday.', 'leaked'],
    ['Striker dropped from squad\n\nThe news came on Monday.', 'dropped'],
    ['Ransom paid for kidnapped engineers\n\nThe news came on Monday.', 'paid'],
  ])('%j', (text, want) => {
    expect(spans(text, 'agentless')).toContain(want);
  });

  test.each([
    'Star left fans stunned with farewell\n\nThe news came on Monday.',
    'Minister left office with debts\n\nThe news came on Monday.',
    'Court told of night of terror\n\nThe news came on Monday.',
  ])('none in %j', (text) => {
    expect(spans(text, 'agentless')).toEqual([]);
  });
});

describe('a report passed to recipients is no raising hedge: "was reported to managers"', () => {
  test.each([
    ['The gas smell had been reported to managers twice.', 'had been reported'],
    ['The theft was reported to police on Friday.', 'was reported'],
    ['The crack was reported to local engineers in June.', 'was reported'],
  ])('%s', (text, want) => {
    expect(spans(text, 'agentless')).toContain(want);
  });

  test.each(['The minister is reported to favour a delay.', 'Both men are said to face charges.'])(
    'the raising hedge stays no passive: %s',
    (text) => {
      expect(spans(text, 'agentless')).toEqual([]);
    },
  );
});
