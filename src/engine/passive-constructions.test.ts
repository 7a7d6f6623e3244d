import { describe, expect, test } from 'vitest';
import { spans } from './test-helpers';

describe('a particle after the participle is no noun it modifies', () => {
  test.each([
    ['Visitors were turned away at the gate.', 'were turned'],
    ['The rescue teams had been pulled back from the ridge.', 'had been pulled'],
    ['Its growth estimate was revised higher in June.', 'was revised'],
  ])('%s', (text, passive) => {
    expect(spans(text, 'agentless')).toEqual([passive]);
  });
});

describe('a particle of undoing makes a stative participle an act', () => {
  test.each([
    ['The old pier was torn down last winter.', 'was torn'],
    ['Campaign banners had been torn down overnight.', 'had been torn'],
  ])('%s', (text, passive) => {
    expect(spans(text, 'agentless')).toEqual([passive]);
  });

  test.each(['She was torn between the two offers.', 'The stall is closed on Sundays.'])(
    'a state in %j',
    (text) => {
      expect(spans(text, 'agentless')).toEqual([]);
    },
  );
});

describe('`used to` + a verb and its object, in the past, is a purpose', () => {
  test.each([
    ['Club funds were used to pay his rent.', 'were used'],
    ['The card had been used to buy 30 phones.', 'had been used'],
    ['A stolen van was used to smash through the gates.', 'was used'],
    ['The ladder was used to climb onto the roof.', 'was used'],
  ])('%s', (text, passive) => {
    expect(spans(text, 'agentless')).toEqual([passive]);
  });

  test.each([
    'The miners are used to the cold.',
    'The nurses were used to working double shifts.',
    'The app can be used to book a table.',
    'He used to run the bakery.',
  ])('no passive in %j', (text) => {
    expect(spans(text, 'agentless')).toEqual([]);
  });
});

describe('a reporting aside between a passive and its agent', () => {
  test.each([
    'He was taught, he says, by monks who never spoke.',
    'The bridge was designed, officials say, by a local firm.',
  ])('no agentless in %j', (text) => {
    expect(spans(text, 'agentless')).toEqual([]);
  });

  test('an aside with no agent after it leaves the passive', () => {
    expect(spans('The files were seized, police said, after a raid.', 'agentless')).toEqual([
      'were seized',
    ]);
  });
});

describe("a `by` in a later clause is not the passive's agent", () => {
  test.each([
    ['The jury was told the victim was found hours later by her son.', 'was told'],
    ['Staff were informed that the ward had been inspected by the regulator.', 'were informed'],
    [
      'The senator has been accused of blocking an inquiry by the ethics panel.',
      'has been accused',
    ],
    ['The coach was criticised for a trip paid for by a betting firm.', 'was criticised'],
    ['Shoppers were warned about scam texts sent by fake couriers.', 'were warned'],
  ])('%s', (text, passive) => {
    expect(spans(text, 'agentless')).toContain(passive);
  });

  test.each([
    'The deal was approved on Monday by the board.',
    'The striker was praised, cheered and applauded by the home crowd.',
    'She was questioned for six hours by detectives.',
    'Turnout was estimated at 58% by the electoral commission.',
  ])('the agent stays in %j', (text) => {
    expect(spans(text, 'agentless')).toEqual([]);
  });
});

describe('headline passives with a charge or a second object', () => {
  test.each([
    ['Regulator accused of ignoring safety warnings', 'accused'],
    ['Two coaches suspected of fixing matches', 'suspected'],
    ['Former mayor convicted of bribery', 'convicted'],
  ])('%s', (text, passive) => {
    expect(spans(text, 'agentless')).toContain(passive);
  });

  test('a coordinated participle keeps its second object', () => {
    expect(
      spans('Prisoners beaten and denied water at border camp, charity says', 'agentless'),
    ).toEqual(['beaten', 'denied']);
  });
});

describe('a name kept back: the request is the formula, the report of it is a passive', () => {
  test.each([
    ['The witness asked that her name not be published.', []],
    ['A nurse, who asked that his surname not be printed, said so.', []],
    ['His identity was withheld from the jury.', ['was withheld']],
    ["The driver's name was withheld at the family's request.", ['was withheld']],
  ])('%s', (text, passives) => {
    expect(spans(text, 'agentless')).toEqual(passives);
  });
});

describe('declining to be interviewed hides nobody', () => {
  test.each([
    'The chief executive declined to be interviewed.',
    'The owner refused to be photographed outside the court.',
  ])('%s', (text) => {
    expect(spans(text, 'agentless')).toEqual([]);
  });

  test('an interview given is still a passive', () => {
    expect(spans('Four staff were interviewed under caution.', 'agentless')).toEqual([
      'were interviewed',
    ]);
  });
});

describe('a participle of a state becomes an act with a span or an occasion', () => {
  test.each([
    ['The library was closed for the day after a burst pipe.', 'was closed'],
    ['Two wards were closed overnight at least six times in May.', 'were closed'],
    ['A stretch of the beach was closed to swimmers after the spill.', 'was closed'],
    ['The complaint was closed without a finding.', 'was closed'],
    ['The new exam papers would be set in October.', 'would be set'],
    ['The hearing will be scheduled next month.', 'will be scheduled'],
    ['Patient records were exposed after an intruder reached the server.', 'were exposed'],
  ])('%s', (text, passive) => {
    expect(spans(text, 'agentless')).toEqual([passive]);
  });

  test.each([
    'The pharmacy is closed on Sundays.',
    'The shop was closed when we arrived.',
    'The novel is set in Lagos.',
    'The museum is closed to visitors.',
    'Workers were exposed to asbestos for years.',
    'The vote is set for Thursday.',
  ])('a state in %j', (text) => {
    expect(spans(text, 'agentless')).toEqual([]);
  });
});

describe('an impersonal passive of finding out before a question', () => {
  test.each([
    ['It could not be determined who had sent the letters.', 'It could not be determined'],
    ['It has not been established whether the pump failed.', 'It has not been established'],
    ['It is learnt that the ministry has asked for the file.', 'It is learnt'],
  ])('%s', (text, passive) => {
    expect(spans(text, 'agentless')).toEqual([passive]);
  });

  test.each(['He was determined to win.', 'It was determined to be safe by engineers.'])(
    'no impersonal in %j',
    (text) => {
      expect(spans(text, 'agentless')).toEqual([]);
    },
  );
});

describe('a span of time after a participle is no noun it modifies', () => {
  test.each([
    ['The repairs had been booked weeks in advance.', 'had been booked'],
    ['The tickets were released days before the match.', 'were released'],
  ])('%s', (text, passive) => {
    expect(spans(text, 'agentless')).toEqual([passive]);
  });
});

describe('a bare list of participles shares the agent at its end', () => {
  test.each([
    'The striker was praised, cheered and applauded by the home crowd.',
    'The raids were planned and secretly carried out by a foreign cell.',
  ])('no agentless in %j', (text) => {
    expect(spans(text, 'agentless')).toEqual([]);
  });

  test.each([
    ['The audit will be published on Friday and was seen by this paper.', 'will be published'],
    ['The governor was quoted as saying late on Monday by a state news agency.', undefined],
  ])('%s', (text, passive) => {
    if (passive) expect(spans(text, 'agentless')).toContain(passive);
    else expect(spans(text, 'agentless')).toEqual([]);
  });
});

describe('harm done by a natural force named nearby hides nobody (decision 42)', () => {
  test.each([
    'Dozens of homes were damaged when a tornado crossed the county line.',
    'The hurricane made landfall on Sunday. Two people were killed and the pier was destroyed.',
    'Floodwaters rose through the night. At least nine people have been killed, the governor said.',
    'Rescue work was slowed when heavy snow closed the pass.',
    'The blaze spread to the hills by noon. At least 40 homes have been destroyed.',
  ])('no agentless in %j', (text) => {
    expect(spans(text, 'agentless')).toEqual([]);
  });

  test.each([
    ['Three villagers were killed when the market was shelled.', 'were killed'],
    ['Gunmen opened fire on the bus. Four people were killed.', 'were killed'],
    ['Prisoners set fire to a wing, and two inmates were killed.', 'were killed'],
    ['The election office said no ballots had been destroyed.', 'had been destroyed'],
    ['After the storm, the warehouse was looted and two guards were injured.', 'was looted'],
  ])('%s', (text, passive) => {
    expect(spans(text, 'agentless')).toContain(passive);
  });
});

describe('participles of strain, dismay and fate name a state', () => {
  test.each([
    'The ward was already stretched before the outbreak.',
    'Crews had been stretched thin for weeks.',
    '"I was gutted," the shop owner said.',
    'She felt she was humiliated in front of her staff.',
    'Critics say the scheme is doomed.',
  ])('no agentless in %j', (text) => {
    expect(spans(text, 'agentless')).toEqual([]);
  });
});

describe('`by` and a gerund is a means, not an agent', () => {
  test.each([
    ['Waiting lists will be cut by hiring 200 nurses.', 'will be cut'],
    ['The deficit was narrowed by selling two hotels.', 'was narrowed'],
    ['Fees will be lowered by dropping such charges as card surcharges.', 'will be lowered'],
  ])('%s', (text, passive) => {
    expect(spans(text, 'agentless')).toEqual([passive]);
  });

  test.each(['The van was hit by something heavy.', 'The record was set by Browning in 1998.'])(
    'the agent stays in %j',
    (text) => {
      expect(spans(text, 'agentless')).toEqual([]);
    },
  );
});

describe('an infinitive after existential `there` and a quantity is no act', () => {
  test.each([
    'There is still much to be learned from the crash.',
    'There was no trace of the boat to be found.',
    'There is a lot to be said for patience.',
    'There is little to be gained by waiting.',
  ])('no agentless in %j', (text) => {
    expect(spans(text, 'agentless')).toEqual([]);
  });

  test.each([
    ['There are plans to be announced on Monday.', 'be announced'],
    ['Much of the site is to be demolished.', 'be demolished'],
  ])('%s', (text, passive) => {
    expect(spans(text, 'agentless')).toEqual([passive]);
  });
});

describe('`by` and an -ing word with no object of its own may be a cause', () => {
  test.each([
    'The airline has been hit by rising fuel costs.',
    'The gap is too large to be explained by rounding.',
  ])('no agentless in %j', (text) => {
    expect(spans(text, 'agentless')).toEqual([]);
  });
});

describe('un- before a participle makes an adjective, unless the verb undoes', () => {
  test.each([
    'The tally remains unconfirmed, and the hillside villages are uninhabited now.',
    'Investors were unimpressed by the guidance.',
    'Most of the accounts were unaudited.',
    'The striker was unmarked at the far post.',
  ])('a state in %j', (text) => {
    expect(spans(text, 'agentless')).toEqual([]);
  });

  test.each([
    ['The court records were unsealed on Monday.', 'were unsealed'],
    ['A second cache of weapons was unearthed near the border.', 'was unearthed'],
    ['The new model was unveiled at the show.', 'was unveiled'],
    ['The plan was undermined from the start.', 'was undermined'],
  ])('%s', (text, passive) => {
    expect(spans(text, 'agentless')).toEqual([passive]);
  });
});
