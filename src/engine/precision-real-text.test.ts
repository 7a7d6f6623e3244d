import { describe, expect, test } from 'vitest';
import { cueSource, spans } from './test-helpers';

// Invented sentences for false positives of real pages: lookalikes that must not fire, beside
// near-misses that must keep firing.

describe('unnamed: researchers and studies the story has named', () => {
  test.each([
    // people named with a researcher's occupation before the titles of their name
    [
      'In 1898 the Scottish chemist Sir Alan Reid isolated a gas. Reid and his colleague Ida Moss named it. In so doing, the scientists gave it a Greek name.',
      [],
    ],
    [
      'The geologist Ana Ruiz and her colleague Tom Park mapped the fault. The researchers then drilled three wells.',
      [],
    ],
    ['Dr. Lena Voss of Harlow University led the work. The researchers tested 40 mice.', []],
    // a bare "the researchers" with nothing before it is a study's authors, known by their work
    // (decision 15; the blind real-page set-real-z leaves three such mentions unlabelled)
    ['The researchers tested 40 mice, and the results were mixed.', []],
    ['Later the scientists gave it a Greek name. The Scottish Sir Alan Reid had found it.', []],
    // near-misses: researchers the text met in another shape, or marked anonymous
    [
      'Researchers at a private lab found the gas. Later the researchers gave it a Greek name.',
      ['Researchers at a private lab', 'the researchers'],
    ],
    ['The scientists, who asked not to be named, said the samples were lost.', ['The scientists']],
  ])('%s', (text, expected) => {
    expect(spans(text, 'unnamed')).toEqual(expected);
  });

  test.each([
    // the study of the researchers the story named
    [
      'The work was led by Dr. Lena Voss of Harlow University, and the findings were published in the journal Brain Letters. The study shows that sleep clears the brain.',
      true,
    ],
    [
      'Professor Omar Haddad and his team tracked 300 patients for a decade. In other words, the study shows that the drug works.',
      true,
    ],
    // near-misses: a study the story brought in without naming it, or no researcher named
    [
      'In a study published last month, researchers tracked 300 patients. Dr. Lena Voss, who was not involved, praised it. The study shows that the drug works, she said.',
      false,
    ],
    ['Sleep may clear the brain. The study shows that the effect is strong.', false],
    // a study the lede brings in, whose team the story then names
    [
      'A new study looks at how the brain decides. A team of researchers at Harlow University led the work. In other words, the study shows that the brain decides early.',
      true,
    ],
    [
      'In a new paper, researchers tracked 300 patients. Dr. Lena Voss, who was involved in the work, called it robust. The study shows that the drug works.',
      true,
    ],
  ])('%s', (text, named) => {
    expect(
      spans(text, 'unnamed').includes('The study') || spans(text, 'unnamed').includes('the study'),
    ).toBe(!named);
    expect(cueSource(text, 'shows')?.[1]).toBe(named);
  });
});

describe('unnamed: people known by their tie to someone, acted on or talked to', () => {
  test.each([
    ['The minister spent the week lobbying colleagues to back the bill.', []],
    ['Both men left amid claims that they had shielded allies of the governor.', []],
    ['It costs me time to stay in touch with my representatives and political allies.', []],
    // near-misses: the same people as subjects, agents or sources
    ['Her allies insist she was misquoted.', ['Her allies']],
    ['The plan was drawn up by allies of the mayor.', ['allies of the mayor']],
    ['He said colleagues had warned him about the contract.', ['colleagues']],
    // critics are named for what they say, acted on or not
    ['The minister answered critics of the plan on Tuesday.', ['critics of the plan']],
  ])('%s', (text, expected) => {
    expect(spans(text, 'unnamed')).toEqual(expected);
  });
});

describe('attribution: foretelling and checking as a capacity', () => {
  test.each([
    ['The team was able to predict the choices of nine of the ten players.', []],
    ['It may be possible to forecast the flood a week ahead.', []],
    ['The Gazette was unable to verify whether any money changed hands.', []],
    ['We were not able to confirm that account independently.', []],
    ['There is no way to predict what the court will decide.', []],
    // a check that could not be made, with a modal of ability
    ['The Courier could not independently verify the video.', []],
    ['Satellite photos alone cannot establish who laid the mines.', []],
    ["Engineers couldn't determine when the valve first failed.", []],
    // near-misses: a forecast made, a check that was done
    ['The inquiry established that the valve had been left open.', ['established']],
    ['A spokesman could not confirm the arrests.', ['could not confirm']],
    ['Analysts predicted that prices would rise by spring.', ['predicted']],
    ['Police were able to confirm that the driver had died.', ['confirm']],
    [
      'Economists expect the bank to hold rates, and several predict a cut by June.',
      ['expect', 'predict'],
    ],
  ])('%s', (text, expected) => {
    expect(spans(text, 'attribution')).toEqual(expected);
  });
});

describe('attribution: `published` as the participle of the noun before it', () => {
  test.each([
    [
      'Walking helps, according to a survey of 5,000 commuters published in the Harbour Health Review.',
      ['according to'],
    ],
    [
      'Members were divided, according to minutes of the session published Friday.',
      ['according to'],
    ],
    ['The forum flagged two charts in papers published six years apart.', ['flagged']],
    // near-misses: someone who publishes something
    ['The researchers published their data in March.', ['published']],
    ['The team published 12 papers on the virus.', ['published']],
  ])('%s', (text, expected) => {
    expect(spans(text, 'attribution')).toEqual(expected);
  });
});

describe('agentless: a standing, and what remains to be seen', () => {
  test.each([
    ['The firm, which is valued at about $2 billion, makes sensors.', []],
    ['The case turns on Delaware law, where the company is incorporated.', []],
    ['The peso is loosely pegged to the dollar.', []],
    ['The lot is zoned for light industry.', []],
    ['The catch is capped at 30 million pounds this year.', []],
    ['It remains to be seen whether the truce will hold.', []],
    ['Critics say the bill is flawed.', []],
    // near-misses: the act of valuing, zoning or capping, placed in time
    ['The start-up was valued at $2 billion in a funding round last year.', ['was valued']],
    ['The land has been rezoned for housing.', ['has been rezoned']],
    ['Bonuses were capped after the scandal.', ['were capped']],
    ['Whether the deal is legal remains to be decided by the court.', []],
  ])('%s', (text, expected) => {
    expect(spans(text, 'agentless')).toEqual(expected);
  });
});

describe("attribution: the writer's or reader's supposition and habit", () => {
  test.each([
    ['But even if we accept that clicking a box is consent, the terms are unfair.', []],
    ['If you believe the brochure, the hotel sits on the beach.', []],
    ['Unless one assumes that prices will fall, the plan fails.', []],
    ['I care about the open web, and I publish most of my own work there.', []],
    // near-misses: a supposition about someone in the story, a source's own acceptance, a
    // publication planned or done by a body
    ['If officials confirm that the dam is safe, residents can return.', ['confirm']],
    ['The council accepted that mistakes were made.', ['accepted']],
    ['They publish a report every year showing that rents rose.', ['publish']],
  ])('%s', (text, expected) => {
    expect(spans(text, 'attribution')).toEqual(expected);
  });
});
