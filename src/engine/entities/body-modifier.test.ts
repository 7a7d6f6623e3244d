/**
 * A person of a body named only by a common noun before the person noun (`a company spokesperson`,
 * `A studio spokeswoman`): the noun refers back to the body the story named, as `the company`
 * would, and the source is a person of a named body (`'partial'`, decision 5 of the labelled
 * sets). With no such body named, or a body of another kind, it stays unnamed. Every sentence is
 * invented.
 */
import { describe, expect, test } from 'vitest';
import { cueSource } from '../test-helpers';

describe('a body noun before a person noun refers back to the named body', () => {
  test.each([
    // a one-word name of no known kind that spoke, then `company`
    [
      'Brisklane denied that drivers had been fined. "Our targets are fair," a company spokesperson said.',
      'said',
      'a company spokesperson',
    ],
    // a company's name, then `firm`, after another sentence
    [
      'Ostrava Freight Holdings cut 200 jobs in March. The cuts hit the northern yards hardest. A firm spokeswoman told the Courier the decision was final.',
      'told',
      'A firm spokeswoman',
    ],
    // a film studio's name, then `studio`
    [
      'Marlow Pictures, which is backing the film, confirmed the delay. A studio spokesman added that shooting would resume in June.',
      'added',
      'A studio spokesman',
    ],
    // a bank, plural people, present tense
    [
      'Kellerby Bank raised its fees again this week. Bank officials say the rise covers new fraud checks.',
      'say',
      'Bank officials',
    ],
    // a union named by its name, then `union` with a rank
    [
      'Members of the Harbour Dockers Union voted to strike on Monday. A senior union official warned that talks had collapsed.',
      'warned',
      'A senior union official',
    ],
  ])('%s', (text, cue, source) => {
    expect(cueSource(text, cue)?.slice(0, 2)).toEqual([source, 'partial']);
  });
});

describe('a body noun with no body of its kind named stays unnamed', () => {
  test.each([
    // no company named at all
    [
      'Drivers said the targets were impossible. A company spokesperson said the targets were fair.',
      'said',
      1,
      'A company spokesperson',
    ],
    // a body of another kind named: a union is no company
    [
      'The Harbour Dockers Union called a strike on Monday. A company spokesperson said the offer stood.',
      'said',
      0,
      'A company spokesperson',
    ],
    // a company named, but the person is of a union
    [
      'Brisklane cut overtime pay in May. A union spokesman said members would ballot.',
      'said',
      0,
      'A union spokesman',
    ],
    // a place and its officials (the settled case)
    [
      'Flooding closed roads across Darnley on Sunday. City officials said the pumps had failed.',
      'said',
      0,
      'City officials',
    ],
    // a country's institution by a common noun (decision 62)
    [
      'Vessia Air said the crash was under review. Military officials said the jet had been cleared to land.',
      'said',
      1,
      'Military officials',
    ],
    // a kind of the body noun: a law firm is no firm the story named
    [
      'Ostrava Freight Holdings cut 200 jobs in March. A law firm partner said the cuts were lawful.',
      'said',
      0,
      'A law firm partner',
    ],
    // another body of the kind named: a rival team
    [
      'Ashbury Rovers sacked their manager on Sunday. One rival team boss said the job had been offered around.',
      'said',
      0,
      'One rival team boss',
    ],
  ])('%s', (text, cue, nth, source) => {
    expect(cueSource(text, cue, nth)?.slice(0, 2)).toEqual([source, false]);
  });
});

describe('a school district is a body once the story names its school board or schools', () => {
  test.each([
    [
      'The Harlan Township Board of Education voted to close Birch Lane Elementary. A district employee said the vote was rushed.',
      'said',
      ['A district employee', 'partial'],
    ],
    [
      'Members of the Corran Valley School Board clashed over the budget on Tuesday. Two district staffers who asked not to be named said cuts were coming.',
      'said',
      ['Two district staffers', 'partial'],
    ],
    // no school body named: a district of the state, one of many
    [
      'The governor vetoed the funding bill on Friday. A district administrator in the north said layoffs were likely.',
      'said',
      ['A district administrator in the north', false],
    ],
    // no school body named: officials of a district in another sense
    [
      'Floods closed roads across Marlow County on Monday. District officials said the bridge would stay shut.',
      'said',
      ['District officials', false],
    ],
  ])('%s', (text, cue, expected) => {
    expect(cueSource(text, cue)?.slice(0, 2)).toEqual(expected);
  });
});

describe("a named person's team speaks for that person", () => {
  test.each([
    [
      'Climber Ana Ruiz has failed a drugs test, her team confirmed on Friday.',
      'confirmed',
      'partial',
    ],
    [
      'Driver Tom Hale crashed on the second lap. His team said the brakes had failed.',
      'said',
      'partial',
    ],
    // the owner is no one named
    ['A rider was pulled from the race on Sunday. His team said he was unwell.', 'said', false],
  ])('%s', (text, cue, named) => {
    expect(cueSource(text, cue)?.[1]).toBe(named);
  });
});

describe("a person at a named body's workplace is of that body", () => {
  test.each([
    [
      'Kelmore Foods shut its Ashby plant in May. A former supervisor at the plant said the ovens had been unsafe for years.',
      'said',
      ['A former supervisor at the plant', 'partial'],
    ],
    [
      'Ridgeway Care Group was fined last year over staffing. A former manager at the home warned that staff were exhausted.',
      'warned',
      ['A former manager at the home', 'partial'],
    ],
    [
      'Brentwick Mining denies the claims. Two engineers at the mine told the inquiry the alarms had failed.',
      'told',
      ['Two engineers at the mine', 'partial'],
    ],
    // no body named: a site of no one the story names
    [
      'A fire broke out at a warehouse in Kelm on Sunday. A worker at the site said the alarms had failed.',
      'said',
      ['A worker at the site', false],
    ],
    // a name in its own sentence only saw the documents
    [
      'According to emails seen by The Capital Post, two managers at the depot said the logs were altered.',
      'said',
      ['two managers at the depot', false],
    ],
    // people the body serves, not its staff
    [
      'Ridgeway Care Group was fined last year over staffing. Residents at the home said meals were often cold.',
      'said',
      ['Residents at the home', false],
    ],
  ])('%s', (text, cue, expected) => {
    expect(cueSource(text, cue)?.slice(0, 2)).toEqual(expected);
  });
});

describe('a body noun before a person noun, of the body that speaks in the story', () => {
  test.each([
    // the council speaks later (a live blog runs backwards)
    [
      '11.40pm: Security staff were called to the hall, a council spokesman confirmed.\n\n10.05pm: Turnout was low in the east, the council said.',
      'confirmed',
      ['a council spokesman', 'partial'],
    ],
    [
      'Plans for 40 homes were recommended for approval by council planning officers. The council has said a decision will come in May.',
      'were recommended',
      ['council planning officers', 'partial'],
    ],
    [
      'The agency confirmed the office would close. Agency officials told staff the move was temporary.',
      'told',
      ['Agency officials', 'partial'],
    ],
  ])('%s', (text, cue, expected) => {
    expect(cueSource(text, cue)?.slice(0, 2)).toEqual(expected);
  });

  test.each([
    // the body never speaks
    [
      'Bin collections were cut again. Council officials said the new rota would save money.',
      'said',
      0,
      'Council officials',
    ],
    // a country's institution (decision 62), though it speaks
    [
      'The military said the strike hit a depot. Military officials said two soldiers were hurt.',
      'said',
      1,
      'Military officials',
    ],
    // a place's officials (the settled case), though the city speaks
    [
      'The city said the pumps had failed. City officials said repairs would take a week.',
      'said',
      1,
      'City officials',
    ],
  ])('%s', (text, cue, nth, source) => {
    expect(cueSource(text, cue, nth)?.slice(0, 2)).toEqual([source, false]);
  });
});
