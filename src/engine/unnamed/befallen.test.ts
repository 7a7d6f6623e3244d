import { describe, expect, test } from 'vitest';
import { spans } from '../test-helpers';

describe('a staffing count is no actor (decision 71)', () => {
  test.each([
    'The ward was run by two nurses instead of the required five.',
    'On Sunday night the prison was short by six officers.',
    'The home was at times left with one aide to 31.',
    'Only three officers reported for the night shift.',
    'Extra officers were on duty at the stadium.',
    'Additional officers reported for work at the port on Monday.',
    'The checks were done by one engineer rather than two.',
  ])('not: %s', (text) => {
    expect(spans(text, 'unnamed')).toEqual([]);
  });

  test.each([
    // the same counts acting or speaking
    ['Two officers reported the assault to their superiors.', 'Two officers'],
    ['One guard told the inquiry the wing was short by four officers.', 'One guard'],
    ['Extra officers searched the woods overnight.', 'Extra officers'],
    ['Three nurses, rather than the manager, signed the letter.', 'Three nurses'],
    ['One carer said she looked after 14 residents alone.', 'One carer'],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed')).toContain(want);
  });
});

describe('people an illness or accident befalls are victims, not actors', () => {
  test.each([
    'The study was stopped after four volunteers developed severe symptoms.',
    'Two officers fell ill during the shift.',
    'A woman in her 60s is believed to have been swept away by the river.',
    'Three climbers went missing on the mountain on Sunday.',
    'Two engineers became unwell after the leak.',
    'A contractor was taken ill at the site.',
    'Two soldiers were washed out to sea.',
  ])('not: %s', (text) => {
    expect(spans(text, 'unnamed')).toEqual([]);
  });

  test.each([
    // a death, falling ill in the perfect, going overboard
    ['A woman has died after a wall collapsed onto her car, police said.', 'A woman'],
    ['Four men have died in custody at the jail since March.', 'Four men'],
    ['Survivors said two men had gone overboard when the engine failed.', 'two men'],
  ])('not: %s', (text, victims) => {
    expect(spans(text, 'unnamed')).not.toContain(victims);
  });

  test.each([
    // the same subjects acting or speaking
    ['Several residents developed a plan to block the road.', 'Several residents'],
    ['Two engineers developed the software in secret.', 'Two engineers'],
    ['Four volunteers said they had developed severe symptoms.', 'Four volunteers'],
    ['A woman in her 60s swept the leaves from the path and called police.', 'A woman in her 60s'],
    ['Two passengers complained to the crew about the delay.', 'Two passengers'],
    // a role that acted, then died
    ['Police said two gunmen had died in the exchange of fire.', 'two gunmen'],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed')).toContain(want);
  });
});

describe('a crowd counted in figures is a statistic, not withheld people', () => {
  test.each([
    'More than 1,400 nurses in the region walked out on Monday.',
    'More than 180 drivers and loaders voted for strike action last month.',
    'More than 500 teachers walked off the job on Friday.',
    'Some 150 drivers walked off the job at dawn.',
    'At least 120 pupils are believed to have seen the paper.',
  ])('not: %s', (text) => {
    expect(spans(text, 'unnamed')).toEqual([]);
  });

  test.each([
    // small counts, credited crowds and a document's authors stay
    ['About 40 protesters blocked the road.', 'About 40 protesters'],
    ['More than 300 doctors said the plan was unsafe.', 'More than 300 doctors'],
    [
      'The warning came in an assessment drawn up by more than 200 scientists.',
      'more than 200 scientists',
    ],
    ['Twelve nurses walked out on Monday.', 'Twelve nurses'],
    [
      'More than 1,400 nurses signed a letter warning that wards were unsafe.',
      'More than 1,400 nurses',
    ],
    [
      'More than 300 nurses have signed an open letter warning that wards are unsafe.',
      'More than 300 nurses',
    ],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed')).toContain(want);
  });
});
