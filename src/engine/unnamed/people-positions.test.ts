import { describe, expect, test } from 'vitest';
import { spans } from '../test-helpers';

// Session 26: people in positions other than the speaker's subject (scripts/probe-unnamed.ts).

describe('a clause of time that `as` opens at the start of the sentence (decisions 103, 125)', () => {
  test.each([
    ['As senators debated the bill late into the night, protesters gathered outside.', 'senators'],
    ['As several residents searched the riverbank, police closed the road.', 'several residents'],
    ['As masked men smashed the windows, shoppers ran for the exits.', 'masked men'],
    ['As two gunmen opened fire, the crowd scattered.', 'two gunmen'],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed')).toContain(want);
  });

  test.each([
    // `as` of a role, a measure or a result: no clause of time
    ['As parents, we objected to the plan from the start.', 'parents'],
    ['As many as 40 residents signed the letter.', 'residents'],
    ['As a teacher, she knew the risks of the trip.', 'teacher'],
    // a crowd that only comes or leaves
    ['As fans streamed out of the stadium, police closed the road.', 'fans'],
  ])('not: %s', (text, head) => {
    expect(spans(text, 'unnamed').filter((w) => w.includes(head))).toEqual([]);
  });
});

describe('a count in digits that opens a clause of an act (decisions 125, 162)', () => {
  test.each([
    ['2,000 residents signed an open letter against the plant.', '2,000 residents'],
    ['40 volunteers searched the woods through the night.', '40 volunteers'],
    ['60 volunteers blocked the road outside the school.', '60 volunteers'],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed')).toContain(want);
  });

  test.each([
    // people at large, people who only come, undergo or are counted, and a year
    ['200 people had arrived by noon.', 'people'],
    ['40 residents arrived at the hall before the meeting.', 'residents'],
    ['12 officers were injured in the clashes.', 'officers'],
    ['2019 volunteers backed the plan, the council said.', 'volunteers'],
  ])('not: %s', (text, head) => {
    expect(spans(text, 'unnamed').filter((w) => w.includes(head))).toEqual([]);
  });
});

describe('a feeling the story finds among a group is its stance (decision 72)', () => {
  test.each([
    ['There is growing anger among residents over the decision.', 'residents'],
    ['Frustration is mounting among parents at the school.', 'parents at the school'],
    ['There is widespread unease among local shopkeepers about the plan.', 'local shopkeepers'],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed')).toContain(want);
  });

  test.each([
    // no feeling, the dead, and a market crowd (optional at most: decisions 90, 136)
    ['Among the dead were three residents of the block.', 'residents'],
    ['The plan is popular among residents of the old town.', 'residents'],
    ['There is concern among investors about the debt.', 'investors'],
  ])('not: %s', (text, head) => {
    expect(spans(text, 'unnamed').filter((w) => w.includes(head))).toEqual([]);
  });
});

describe('people told to act, in the words of an unnamed source after it (decision 138)', () => {
  test.each([
    ['Residents had been told not to speak to the press, one of them said.', 'Residents'],
    ['Nurses were told to stop logging the errors, one nurse said.', 'Nurses'],
    ['Players had been told to stay away from the protest, a club source said.', 'Players'],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed')).toContain(want);
  });

  test.each([
    // a named or institutional speaker's instruction: recipients (decisions 121, 138)
    ['Residents were told to leave their homes, the council said.', 'Residents'],
    // a present rule
    ['Staff are told to wash their hands, one nurse said.', 'Staff'],
  ])('not: %s', (text, head) => {
    expect(spans(text, 'unnamed').filter((w) => w.includes(head))).toEqual([]);
  });
});

describe('a part of an unnamed crowd that acts (decisions 103, 147)', () => {
  test.each([
    ['Part of the crowd invaded the pitch after the final whistle.', 'Part of the crowd'],
    ['Sections of the crowd booed the anthem before kick-off.', 'Sections of the crowd'],
    ['On Sunday, part of the crowd threw bottles at the away end.', 'part of the crowd'],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed')).toContain(want);
  });

  test.each([
    // a part that only undergoes, or is acted on
    ['Part of the crowd was injured in the crush.', 'crowd'],
    ['Police dispersed part of the crowd outside the ground.', 'crowd'],
    ['Part of the problem is the crowd.', 'crowd'],
  ])('not: %s', (text, head) => {
    expect(spans(text, 'unnamed').filter((w) => w.includes(head))).toEqual([]);
  });
});

describe('an apposition that describes an unnamed group whole (decision 78)', () => {
  test.each([
    [
      'Two men, both teachers from the town, were arrested on Monday.',
      'both teachers from the town',
    ],
    [
      'Three women, all nurses at the clinic, said they had been threatened.',
      'all nurses at the clinic',
    ],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed')).toContain(want);
  });

  test.each([
    // no description of people, or a host that is no unnamed person
    ['Two men, both in their twenties, were arrested on Monday.', 'twenties'],
    ['The two companies, both suppliers to the army, were fined.', 'suppliers'],
  ])('not: %s', (text, head) => {
    expect(spans(text, 'unnamed').filter((w) => w.includes(head))).toEqual([]);
  });
});
