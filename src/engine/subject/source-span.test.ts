/**
 * The span of a source: the whole noun phrase the guideline defines as the source (ANNOTATION.md
 * §1: "the span of who is credited"), neither a fragment of it nor more than it. Each block is one
 * construction that cut or stretched sources across many writers' sets (session 18); every
 * sentence is invented.
 */
import { describe, expect, test } from 'vitest';
import { cueSource } from '../test-helpers';

/** The source words of the first cue reading `cue`, or null when it has none. */
function sourceOf(text: string, cue: string): string | null {
  return cueSource(text, cue)?.[0] ?? null;
}

describe('a contact relative clause after a noun of what is said', () => {
  // "a claim Northline denied": the subject of the relative clause starts after `a claim`
  test.each([
    [
      'The agency said the ferry had been overloaded, a claim Harbourline denied.',
      'denied',
      'Harbourline',
    ],
    [
      'Rebels were accused of shelling the market, an accusation Kessel rejected.',
      'rejected',
      'Kessel',
    ],
    [
      'The mayor is said to be leaving, a rumour town officials denied on Friday.',
      'denied',
      'town officials',
    ],
    [
      'Stores have been rationing stock, a practice critics describe as hoarding.',
      'describe',
      'critics',
    ],
    [
      'The sample was never dated, a point geologists say undermines the study.',
      'say',
      'geologists',
    ],
    [
      'It sold its shipping arm, a move industry analysts say was overdue.',
      'say',
      'industry analysts',
    ],
    [
      "The bank had cut rates too early, a claim the governor's office rejected.",
      'rejected',
      "the governor's office",
    ],
  ])('%s', (text, cue, source) => {
    expect(sourceOf(text, cue)).toBe(source);
  });

  // a noun that is not what is said keeps its phrase: a compound, a document
  test.each([
    ['A claims adjuster said the damage was severe.', 'said', 'A claims adjuster'],
    ['The move coordinator said the boxes were lost.', 'said', 'The move coordinator'],
  ])('%s', (text, cue, source) => {
    expect(sourceOf(text, cue)).toBe(source);
  });
});

describe('a reason after the agent of a passive judging verb', () => {
  // "criticised by supporters for a lack of investment": `for` gives the reason
  test.each([
    [
      'The coach has been criticised by supporters for a lack of ambition.',
      'has been criticised',
      'supporters',
    ],
    [
      'The director has been praised by actors for his patience on set.',
      'has been praised',
      'actors',
    ],
    ['The ruling was condemned by lawyers for its haste.', 'was condemned', 'lawyers'],
    [
      'The plan was criticised by the opposition for raising taxes on pensioners.',
      'was criticised',
      'the opposition',
    ],
    [
      'The insurer was criticised by regulators for its slow payouts.',
      'was criticised',
      'regulators',
    ],
  ])('%s', (text, cue, source) => {
    expect(sourceOf(text, cue)).toBe(source);
  });

  // a `for` of whom a person speaks for stays in the phrase
  test.each([
    [
      'The deal was criticised by a lawyer for the family.',
      'was criticised',
      'a lawyer for the family',
    ],
    [
      'The delay was condemned by a spokesman for Harbourline.',
      'was condemned',
      'a spokesman for Harbourline',
    ],
  ])('%s', (text, cue, source) => {
    expect(sourceOf(text, cue)).toBe(source);
  });
});

describe('a passive agent after a place, an audience and a time, or counted', () => {
  test.each([
    // where the cue was made, then the agent
    [
      'Doubts about the data were first raised on the forum LabTalk by an anonymous reader.',
      'Doubts about the data were first raised',
      'an anonymous reader',
    ],
    [
      'The budget was criticised in parliament by opposition MPs.',
      'was criticised',
      'opposition MPs',
    ],
    [
      'The closure was confirmed at a meeting by the head teacher.',
      'was confirmed',
      'the head teacher',
    ],
    // an audience, then a time, then the agent
    [
      'The figure was confirmed to reporters on Tuesday by a spokesman for the ministry.',
      'was confirmed',
      'a spokesman for the ministry',
    ],
    // a measure, then the agent
    ['Turnout was put at 58% by the electoral commission.', 'was put', 'the electoral commission'],
    ['Losses were estimated at 40 percent by the insurers.', 'were estimated', 'the insurers'],
    // `another` and `nearly` count people here, not an amount
    [
      'The board was described by another person close to it as divided.',
      'was described',
      'another person close to it',
    ],
    ['The claim was disputed by nearly 40 residents.', 'was disputed', 'nearly 40 residents'],
  ])('%s', (text, cue, source) => {
    expect(sourceOf(text, cue)).toBe(source);
  });

  // a means or a measure is still no agent
  test.each([
    ['Prices were cut by another 5 percent, the retailer said.', 'said', 'the retailer'],
    ['The result was confirmed by email on Friday.', 'was confirmed', null],
  ])('%s', (text, cue, source) => {
    expect(sourceOf(text, cue)).toBe(source);
  });
});

describe('modifiers at the left edge of a source', () => {
  test.each([
    // a plural noun that modifies another (`human rights`, `corrections`, `admissions`)
    ['Human rights advocates welcomed the verdict.', 'welcomed', 'Human rights advocates'],
    [
      'The inmates escaped overnight, state corrections officials said.',
      'said',
      'state corrections officials',
    ],
    [
      'On Monday, university admissions officers said the grades were late.',
      'said',
      'university admissions officers',
    ],
    [
      'Last year weapons inspectors reported that the site was empty.',
      'reported',
      'weapons inspectors',
    ],
    [
      'In March civil liberties groups warned that the law was too broad.',
      'warned',
      'civil liberties groups',
    ],
    // an -ing adjective of people after a verb (`neighbouring`, `striking`, `grieving`)
    [
      'She said neighbouring farmers had told her about the spraying.',
      'had told',
      'neighbouring farmers',
    ],
    [
      'He said striking workers had warned that the strike would spread.',
      'had warned',
      'striking workers',
    ],
    [
      'The chaplain said grieving families had complained about the delays.',
      'had complained',
      'grieving families',
    ],
    [
      'The minister said leading economists had predicted a recession.',
      'had predicted',
      'leading economists',
    ],
    [
      'Officials said remaining residents had complained about the water.',
      'had complained',
      'remaining residents',
    ],
    [
      "A nurse at the town's only functioning clinic said the wards were full.",
      'said',
      "A nurse at the town's only functioning clinic",
    ],
    // a hyphenated participle compound (`ship-tracking`, `state-owned`, `London-based`)
    [
      'But ship-tracking data suggest that the tanker turned back.',
      'suggest',
      'ship-tracking data',
    ],
    [
      'The broadcaster said state-owned media reported the arrests.',
      'reported',
      'state-owned media',
    ],
    [
      'In a post, London-based analyst Ruth Vane wrote that the deal was dead.',
      'wrote',
      'London-based analyst Ruth Vane',
    ],
    [
      'And government-backed researchers found that the river was clean.',
      'found',
      'government-backed researchers',
    ],
    ['Yet flight-tracking records show the jet never landed.', 'show', 'flight-tracking records'],
    // the title adjective of a named person after a comma
    [
      'In a statement, managing director Ola Berg said the recall was a precaution.',
      'said',
      'managing director Ola Berg',
    ],
  ])('%s', (text, cue, source) => {
    expect(sourceOf(text, cue)).toBe(source);
  });
});

describe('the head of a phrase whose `of` attachment owns it', () => {
  // "the secretary of state's office" is an office, not a person: a pronoun does not take it
  test.each([
    "Turnout was put at 61% by the secretary of state's office. Ostrander won easily. She told supporters they had won.",
    "The count was confirmed by the minister of justice's office. Lund lost narrowly. She told reporters she would not appeal.",
  ])('%s', (text) => {
    const s = cueSource(text, 'told');
    expect(String(s?.[2] ?? '')).not.toMatch(/office/);
  });
});

describe('a demonstrative repeat mention as a subject', () => {
  // "That person, who spoke on condition of anonymity, said": `that` opens no clause here
  test.each([
    [
      'That person, who spoke on condition of anonymity, said the talks had stalled.',
      'said',
      'That person',
    ],
    [
      'That official, who asked not to be named, said the vote would slip.',
      'said',
      'That official',
    ],
    ['That source, who has seen the contract, said the fee was lower.', 'said', 'That source'],
    ['That memo, which was leaked on Friday, says the plan is dead.', 'says', 'That memo'],
    // after a comma, before its verb
    ['So far, no offer has come close, that person said.', 'said', 'that person'],
    ['The deal is off, that official told reporters.', 'told', 'that official'],
  ])('%s', (text, cue, source) => {
    expect(sourceOf(text, cue)).toBe(source);
  });

  // a time stays what it was
  test.each([
    ['That night, officials said the talks had stalled.', 'said', 'officials'],
    ['That morning, the minister said the talks had stalled.', 'said', 'the minister'],
  ])('%s', (text, cue, source) => {
    expect(sourceOf(text, cue)).toBe(source);
  });
});

describe('a body or a person after a subordinator that follows an intransitive past', () => {
  // "Shares slumped after the bank confirmed": the actor after `after` is the subject of its own
  // clause, not the object inside a reduced relative of the phrase before it
  test.each([
    [
      'Shares in Tarrow slumped after the Harbour Bank confirmed on Monday that profits would fall.',
      'confirmed',
      'the Harbour Bank',
    ],
    [
      'The row erupted after the boxing board announced that the card had been withdrawn.',
      'announced',
      'the boxing board',
    ],
    [
      'Prices surged when a ministry spokesman said the pipeline had been shut.',
      'said',
      'a ministry spokesman',
    ],
  ])('%s', (text, cue, want) => {
    expect(sourceOf(text, cue)).toBe(want);
  });

  // a reduced relative: what follows the subordinator is an event, not the speaker
  test('Passengers interviewed after the crash described the fire.', () => {
    expect(
      sourceOf('Passengers interviewed after the crash described the fire.', 'described'),
    ).toBe('Passengers interviewed after the crash');
  });
});
