import { describe, expect, test } from 'vitest';
import { seen, spans } from '../test-helpers';

describe('a new, indefinite mention of a title credited with a claim names no holder', () => {
  test.each([
    ['A deputy minister said the plan had been shelved.', 'A deputy minister'],
    ['One rival general manager told the station the pick was on the market.', 'general manager'],
    ['An executive director at a rival charity said the merger made sense.', 'executive director'],
    ['A senior vice president who left in March said the audit was rushed.', 'vice president'],
    ['Another chief executive in the sector warned that prices would rise.', 'chief executive'],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed').join(' | ')).toContain(want);
  });

  test.each([
    // the holder the story means, or a title given
    ['The general manager said the club would appeal the ban.', 'general manager'],
    ['The chief executive told staff the plant would close.', 'chief executive'],
    ['She was named deputy director of the museum in 2019.', 'deputy director'],
    ['The board hired a chief financial officer from a rival bank.', 'financial officer'],
  ])('not: %s', (text, word) => {
    expect(spans(text, 'unnamed').join(' | ')).not.toContain(word);
  });
});

describe('a reporting verb right after a name is the verb of its clause', () => {
  test.each([
    [
      'A memo obtained by the Gazette shows county officials knew about the leak.',
      'county officials',
    ],
    ['Internal emails reviewed by the Journal show executives knew of the defect.', 'executives'],
    ['A filing seen by Reuters showed investigators had traced the payments.', 'investigators'],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed')).toContain(want);
  });

  test('not: a noun after a name', () => {
    expect(spans('The Netflix show producers said the finale was rewritten.', 'unnamed')).toEqual(
      [],
    );
  });
});

describe('a group with a counted part after `including` acts', () => {
  test.each([
    [
      'Creditors including at least two pension funds have rejected the offer, a person briefed on the talks said.',
      'Creditors',
    ],
    [
      'Private equity firms including at least one based in Vessing have held early talks, one of the people said.',
      'Private equity firms',
    ],
    [
      'Hedge funds including two based in Lisbon have built short positions, according to people familiar with the trades.',
      'Hedge funds',
    ],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed')).toContain(want);
  });

  test('not: a group whose members are named', () => {
    expect(
      spans('Retailers including Acme and Borden have raised prices, the report said.', 'unnamed'),
    ).not.toContain('Retailers');
  });
});

describe('those who investigate act, whoever cooperates with them', () => {
  test.each([
    [
      'The former aide has been cooperating with prosecutors since May, two people said.',
      'prosecutors',
    ],
    [
      'Sources tell the station the ex-treasurer is cooperating with federal prosecutors.',
      'federal prosecutors',
    ],
    ['The utility said it was cooperating with investigators.', 'investigators'],
    [
      'The ex-banker has been cooperating with detectives since his arrest, a source said.',
      'detectives',
    ],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed')).toContain(want);
  });

  test.each([
    // partners in a task, or the authorities in general
    ['The company said it was working with salvage experts to refloat the vessel.', 'experts'],
    ['The board said it was reviewing the matter with legal advisers.', 'advisers'],
    ['The hospital said it would cooperate fully with the authorities.', 'authorities'],
    ['A spokeswoman said the bank was cooperating with regulators.', 'regulators'],
  ])('not: %s', (text, word) => {
    expect(spans(text, 'unnamed').join(' | ')).not.toContain(word);
  });
});

describe('a phrase a cue credits, unnamed, is flagged even when no list knows its head', () => {
  test.each([
    ['Deficit hawks have warned that the package is too large.', 'Deficit hawks'],
    ['Hardliners in the party said the deal was a betrayal.', 'Hardliners in the party'],
    [
      'The House is the obstacle; conservatives there have vowed to block it.',
      'conservatives there',
    ],
    ['An unidentified poster wrote that the file was genuine.', 'An unidentified poster'],
    ['An irrigator downstream said the river had run dry.', 'An irrigator'],
    ['A minority of members warned that inflation could return.', 'A minority of members'],
    [
      'At least one director has discussed the matter with outside investors, people close to the board said.',
      'At least one director',
    ],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed')).toContain(want);
  });

  test.each([
    // evidence has no speaker; a party by its members is the party
    ['Prices suggest demand is falling.', 'Prices'],
    ['The caucus met late, and Republicans tell reporters the bill is dead.', 'Republicans'],
    ['Doubts remain about the plan, the minister admitted.', 'Doubts'],
  ])('not: %s', (text, word) => {
    expect(spans(text, 'unnamed').join(' | ')).not.toContain(word);
  });
});

describe('whom an accusation names acts', () => {
  test.each([
    [
      'Rights groups have accused pro-government militias of carrying out executions.',
      'pro-government militias',
    ],
    ['The minister accused rival gangs of stoking the unrest.', 'rival gangs'],
    ['Villagers blamed an armed group for the attack.', 'an armed group'],
    ['Officials blame an armed group that has been active in the region.', 'an armed group'],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed')).toContain(want);
  });

  test.each([
    // a known body, a person, a cause, a bloc of countries
    ['The union accused the company of lying.', 'company'],
    ['The report blamed poor weather for the delays.', 'weather'],
    ['Several delegations accused wealthy nations of stalling the talks.', 'nations'],
  ])('not: %s', (text, word) => {
    expect(spans(text, 'unnamed').join(' | ')).not.toContain(word);
  });
});

test('a cue that takes the participle after a person for the head credits the person', () => {
  expect(
    spans(
      'Several states are weighing bans, according to a person tracking the legislation.',
      'unnamed',
    ).join(' | '),
  ).toContain('a person');
});

describe('a document that lays out content is credited with it (decision 34)', () => {
  test.each([
    ['An internal memo laid out the costs of each route.', 'An internal memo'],
    ['A memo circulated among committee members lays out three options.', 'A memo'],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed')).toContain(want);
    expect(spans(text, 'attribution').join(' ')).toMatch(/lays? out|laid out/);
  });

  test.each([
    'Workers laid out the tables for the banquet.',
    // (a person who lays out a plan presents it, decision 128's "unveiled a plan": a cue, see
    // cues/set-out-brief-against.test.ts)
    'She laid out her clothes for the trip.',
    'The road crews lay out cones every morning.',
  ])('not: %s', (text) => {
    expect(spans(text, 'attribution')).toEqual([]);
  });
});

describe('the audience of a call is no actor', () => {
  test.each([
    ['On a call with analysts, the chief executive said prices had risen twice.', 'analysts'],
    [
      'The finance chief told investors on the earnings call that margins would recover.',
      'investors',
    ],
    [
      '"We are disappointed," the medical officer said on a conference call with analysts.',
      'analysts',
    ],
  ])('not: %s', (text, word) => {
    expect(spans(text, 'unnamed').join(' | ')).not.toContain(word);
  });

  test('but analysts who speak are', () => {
    expect(
      spans('Analysts on the call said the guidance was too rosy.', 'unnamed').join(' | '),
    ).toContain('Analysts');
  });
});

describe('tabloid verbs of saying with a quotation, and mates who speak', () => {
  test.each([
    ['One furious punter fumed: "I paid for a ticket and saw nothing."', 'One furious punter'],
    ['"It is a disgrace," one fan fumed.', 'one fan'],
    ['A neighbour raged: "They have ruined the street."', 'A neighbour'],
    ['One insider gushed that the pair were "inseparable".', 'One insider'],
    ['Mates of the footballer say he is ready to quit the club.', 'Mates of the footballer'],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed')).toContain(want);
    expect(seen(text, 'attribution').some((a) => a.source === want)).toBe(true);
  });

  test.each([
    'Fires raged across the hills for a week.',
    'The storm raged on Tuesday before the river rose.',
    'He praised "a disciplined campaign" and said she had called him.',
  ])('not a cue: %s', (text) => {
    expect(spans(text, 'attribution').join(' ')).not.toMatch(/raged|called/);
  });
});

describe('an unpublished document that tells something withholds its issuer', () => {
  test.each([
    [
      'Lawyers for the families say an internal review, which was never published, found the ward was understaffed.',
      'an internal review',
    ],
    [
      'A source said a confidential assessment concluded the dam could fail.',
      'a confidential assessment',
    ],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed')).toContain(want);
  });

  test.each([
    ['The internal review will be published next month.', 'review'],
    ['The company said its internal review had found no wrongdoing.', 'review'],
  ])('not: %s', (text, word) => {
    expect(spans(text, 'unnamed').join(' | ')).not.toContain(word);
  });
});

describe('a bare group with an act of its own ahead, planned or on the calendar (decision 125)', () => {
  test.each([
    ['The inquiry resumes next week. Objectors are due to call three more witnesses.', 'Objectors'],
    [
      'The route will close in May. Villagers are preparing to march on the town hall.',
      'Villagers',
    ],
    ['The vote was delayed again. Tenants are set to occupy the office on Monday.', 'Tenants'],
    [
      'The park will be sold. Neighbours are planning to challenge the sale in court.',
      'Neighbours',
    ],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed')).toContain(want);
  });

  test.each([
    // a wait or a receipt, a class in general, a body's own people
    'The bridge will reopen in May. Residents are due to receive letters next week.',
    'Parents are expected to sign the form before the trip.',
    'The plant will close. Staff are due to leave at the end of June.',
  ])('not: %s', (text) => {
    expect(spans(text, 'unnamed')).toEqual([]);
  });
});

describe('a word of intent right after a group, before `to` and a verb, is its verb', () => {
  test.each([
    ['Fans plan to protest outside the ground before the match.', 'Fans'],
    ['Residents vow to fight the closure in the courts.', 'Residents'],
    ['Parents pledge to keep the school open.', 'Parents'],
    ['Tenants plan to appeal the ruling.', 'Tenants'],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed')).toContain(want);
  });

  test.each([
    // a noun compound, and a market crowd (decisions 90, 99)
    ['The council plan to close the library was dropped.', 'council'],
    ['Investors plan to sell.', 'Investors'],
  ])('not: %s', (text, word) => {
    expect(spans(text, 'unnamed').join(' | ')).not.toContain(word);
  });
});
