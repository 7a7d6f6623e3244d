/**
 * People whose noun the engine does not count as an actor, who do a deliberate act of a group in
 * the story (group-acts.ts). What the guideline and eval/labelled/DECISIONS.md require:
 * - required `unnamed`: a group that acts in the story (ANNOTATION.md's "acts, speaks or is
 *   relied on"): crowds that chant, boo, sign, organise, film, lay flowers or help lift
 *   (decisions 90, 103, 125, 147), signers of a petition and people who sign up to speak
 *   (decision 162), perpetrators of attacks (decision 103), victims once they act (decision 158);
 *   a specific group of this story, told by a past, perfect or progressive act, a count or an
 *   indefinite, a clause of its own;
 * - never required: victims who only undergo something (decisions 102, 121, 125), the public or an
 *   electorate that only votes, wants or watches (decisions 99, 138), generic classes in general
 *   statements, habits and rules (decision 17), suppositions and acts not done (decision 125's
 *   bodies that do not act), a body's whole membership (decision 91), a person only described in a
 *   scene, and the object of a verb ("let families set limits").
 */
import { describe, expect, test } from 'vitest';
import { spans } from '../test-helpers';

describe('a plural, counted or indefinite group that does a deliberate act is an unnamed actor', () => {
  test.each([
    [
      'More than 1,300 residents signed an online petition supporting the ban.',
      'More than 1,300 residents',
    ],
    ['Several residents are blocking the entrance to the depot.', 'Several residents'],
    ['The match was halted when several pensioners invaded the pitch.', 'several pensioners'],
    ['ORAVA (GWS) — Inmates set fire to mattresses on Sunday.', 'Inmates'],
    // a counted trade-like noun at a group act, in the past progressive
    ['Several pensioners were blocking the bypass on Tuesday.', 'Several pensioners'],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed')).toContain(want);
  });

  test.each([
    // the object of a verb, a scene, a whole membership, a supposition, the public
    ['Apex Mobile has argued that parental controls already let families set limits.', 'families'],
    ['In one corner a woman in her nineties is painting a heron.', 'woman'],
    ['She said all members had signed the township ethics code.', 'members'],
    ['If several residents signed the petition, the council would have to act.', 'residents'],
    ['Voters stormed to the polls in record numbers.', 'Voters'],
    ['Hundreds of users signed up for the service.', 'users'],
    ['Dozens of pensioners were injured when the roof collapsed.', 'pensioners'],
    ['Several pensioners often block the road on market days.', 'pensioners'],
  ])('not: %s', (text, word) => {
    expect(spans(text, 'unnamed').join(' | ')).not.toContain(word);
  });
});

describe('a present in `-eed` is no past act', () => {
  test.each([
    ['Several demonstrators who need help should call the helpline.', 'demonstrators'],
    ['Two mourners who need a lift should ring the parish office.', 'mourners'],
  ])('not: %s', (text, word) => {
    expect(spans(text, 'unnamed').join(' | ')).not.toContain(word);
  });
});

describe('a counted or described `people` is a crowd like any other', () => {
  test.each([
    ['More than 1,100 people signed a petition against the plans.', 'More than 1,100 people'],
    ['More than 40 people signed up to speak at the meeting.', 'More than 40 people'],
    ['Two People Attack Guard Outside Depot', 'Two People'],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed')).toContain(want);
  });

  test.each([
    // a share of everyone is the public; a bare `people` is pronoun-like (decision 176)
    ['Most people voted for change.', 'people'],
    ['Many people signed the petition in the end.', 'people'],
    ['People signed the petition in their thousands.', 'People'],
    ['Around 500 people were evacuated from the estate.', 'people'],
  ])('not: %s', (text, word) => {
    expect(spans(text, 'unnamed').join(' | ')).not.toContain(word);
  });
});
