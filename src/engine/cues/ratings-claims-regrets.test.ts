/**
 * Session 22's cue constructions, each on invented sentences: rating and regarding with a grade
 * or `as` (decision 128 of the labelled sets), `claim` with a plain object that asserts a holding,
 * a third party's stated regret; and stative participles made acts by what follows them.
 */
import { describe, expect, test } from 'vitest';
import { sourceText, spans } from '../test-helpers';

describe('rating and regarding with a grade or `as`', () => {
  test.each([
    ['Inspectors graded the hospital "poor" after a visit in May.', 'graded', 'Inspectors'],
    ['The audit rated the council\'s finances as "weak".', 'rated', 'The audit'],
    ['A 2019 survey rated the bridge "high risk".', 'rated', 'A 2019 survey'],
    ['Auditors rated the scheme inadequate in every category.', 'rated', 'Auditors'],
    ['The ward was rated unsafe by inspectors in March.', 'was rated', 'inspectors'],
    [
      'She is regarded by colleagues as the best surgeon in the region.',
      'is regarded',
      'colleagues',
    ],
    ['The fault was logged as "minor" by an engineer.', 'was logged', 'an engineer'],
    ['Economists regard the tax as a drag on growth.', 'regard', 'Economists'],
    ['The device was deemed unsafe by regulators.', 'was deemed', 'regulators'],
  ])('%s', (text, cue, source) => {
    expect(sourceText(text, cue)).toBe(source);
  });

  test.each([
    ['Westfield Academy rated "inadequate" after inspection', 'rated'],
    ['The nursery has been rated outstanding for the third time.', 'rated'],
    ['The care home, which was rated "good" two years ago, has closed.', 'rated'],
    ['When it was last inspected in 2020, it was rated good.', 'rated'],
    ['Her call was logged as "non-urgent" and no ambulance came.', 'logged'],
  ])('a rating passive with no agent has no source: %s', (text, cue) => {
    expect(sourceText(text, cue)).toBeNull();
  });

  test.each([
    'The engine is rated at 200 horsepower.',
    'A highly rated midfielder joined the club on Friday.',
    'The pipe is rated to withstand high pressure.',
    'He logged 74 cases in his first month.',
    'Interest rates rose for the third time this year.',
    'Call logs show the line was busy.',
    'Pupils sat their grades in June.',
    'The committee deemed it necessary to meet again.',
    'Regarding the plan, the mayor said nothing new.',
  ])('no rating: %s', (text) => {
    const cues = spans(text, 'attribution');
    for (const w of ['rated', 'logged', 'rates', 'logs', 'grades', 'deemed', 'Regarding'])
      expect(cues).not.toContain(w);
  });
});

describe('`claim` with a plain object asserts a holding', () => {
  test.each([
    ['Both sides claimed progress after the first day of talks.', 'claimed'],
    ['The rebels claimed control of the northern district on Tuesday.', 'claimed'],
    ['Several growers claimed losses of more than half their crop.', 'claimed'],
    ['Two rival bakeries claim descent from the original shop.', 'claim'],
    ['Opposition leaders claimed gains in three of the four regions.', 'claimed'],
  ])('%s', (text, cue) => {
    expect(spans(text, 'attribution')).toContain(cue);
  });

  test.each([
    'The flood claimed three lives in the valley.',
    'She claimed the title in 2019 after a five-set final.',
    'The school claimed the county award last spring.',
    'He claimed asylum on arrival.',
    'The striker claimed a hat-trick on Saturday.',
    'The bowler claimed 5 for 40 in the second innings.',
    'The MP claimed more than £4,000 in travel expenses.',
    "Driver Lucas Ferro, who claimed the team's last victory, has left.",
  ])('no claim of fact: %s', (text) => {
    expect(spans(text, 'attribution')).not.toContain('claimed');
    expect(spans(text, 'attribution')).not.toContain('claim');
  });
});

describe("a third party's stated regret", () => {
  test.each([
    ['The company regrets any distress caused to customers.', 'regrets'],
    ['A spokesman said the force "deeply regrets" the failings.', 'regrets'],
    ['The hospital deeply regrets the death of the patient, the trust said.', 'regrets'],
    ['The ministry said that it "regrets the loss of life".', 'regrets'],
    ['Mayor Alda Venn regrets the timing of the announcement, her office said.', 'regrets'],
    // a clause or a gerund in any tense (DECISIONS points 240 and 313)
    ['The mayor regretted that the council had not acted sooner.', 'regretted'],
    ['She regretted leaving the band in 2010.', 'regretted'],
    ['The coach said he regretted not starting the captain.', 'regretted'],
    ['The firm regrets having signed the contract.', 'regrets'],
    ['The minister, who regretted that the talks had failed, left early.', 'regretted'],
  ])('%s', (text, cue) => {
    expect(spans(text, 'attribution')).toContain(cue);
  });

  test.each([
    'The club regrets to announce the death of its founder.',
    'He has regretted the move ever since.',
    'The report regrets the delay in publishing the figures.',
    'The minutes regret that no vote was taken.',
    'She has no memory of the 2019 report and regrets any errors in it.',
    'He regretted nothing about the campaign.',
    'The party bitterly regretted the loss of the seat.',
    'You will regret voting for this.',
  ])('no stated regret: %s', (text) => {
    const cues = spans(text, 'attribution');
    expect(cues).not.toContain('regrets');
    expect(cues).not.toContain('regretted');
  });
});

describe('a stative participle made an act by what follows it', () => {
  test.each([
    ['His condition was listed as critical on Sunday night.', 'was listed'],
    ['Dozens of flats were wrongly listed as vacant.', 'were wrongly listed'],
    ['Some of the fires were set deliberately, police believe.', 'were set'],
    ['Emergency shelters were set up in two schools.', 'were set'],
    ['Two cars were set on fire overnight.', 'were set'],
    ['The hall was used as a polling station for years.', 'was used'],
    ['The fence was set alight shortly after midnight.', 'was set'],
  ])('%s', (text, passive) => {
    expect(spans(text, 'agentless')).toContain(passive);
  });

  test.each([
    'He is known as a quiet and careful judge.',
    'Prices were set to rise again in the spring.',
    'The office is located in the old town hall.',
    'The table was set for twelve guests.',
    'She was dressed as a pirate for the parade.',
  ])('still a state: %s', (text) => {
    expect(spans(text, 'agentless')).toEqual([]);
  });
});
