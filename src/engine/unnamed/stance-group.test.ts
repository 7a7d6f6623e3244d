import { describe, expect, test } from 'vitest';
import { spans } from '../test-helpers';

describe('a group relied on for a stance is an actor (decision 72)', () => {
  test.each([
    ['Some fishermen were angry about the new quotas.', 'Some fishermen'],
    ["Several pupils' parents are worried about the closure.", "Several pupils' parents"],
    ['The landlord’s family is reluctant to sell the building.', 'The landlord’s family'],
    ['Some nurses remain deeply unhappy with the rota.', 'Some nurses'],
    ["Growers' groups are divided over the subsidy.", "Growers' groups"],
    ['Local shopkeepers were furious when the road closed for a month.', 'Local shopkeepers'],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed')).toContain(want);
  });

  test.each([
    // a class in general, market crowds and the public
    'Parents are often anxious about exam results.',
    'Teachers are usually wary of new apps.',
    'Investors are worried about the rate rise.',
    'Voters are angry about the price of fuel.',
    // a group the next sentence names as a body
    "Anglers are furious about the plan. The Kessel Anglers' Association said it would appeal.",
    // the victims themselves stay unlabelled
    'Survivors were angry at the response.',
  ])('not: %s', (text) => {
    expect(spans(text, 'unnamed')).toEqual([]);
  });
});

describe('a stance after a perfect, a change, a denial or a comparison (decisions 72, 146)', () => {
  test.each([
    ['The vote was moved to June. Members have been split over the date.', 'Members'],
    ['The mill will close in May. Workers are growing anxious about their pensions.', 'Workers'],
    [
      'The plan was published on Friday. Local farmers have grown wary of the scheme.',
      'Local farmers',
    ],
    ['The mayor apologised on Monday. Residents were unmoved.', 'Residents'],
    ['The coach defended the tactics. Some players were not impressed.', 'Some players'],
    ["The board explained the delay. Some tenants weren't convinced.", 'Some tenants'],
    ['The chef has said sorry. Some diners are less forgiving.', 'Some diners'],
    [
      'The minister welcomed the deal. Opposition lawmakers were more cautious.',
      'Opposition lawmakers',
    ],
    ['Nobody has been charged. Neighbours are no longer sympathetic.', 'Neighbours'],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed')).toContain(want);
  });

  test.each([
    // a modal is a guess, not a stance the story reports
    'The plan was published on Friday. Farmers could be wary of it.',
    // approval that is neither denied nor graded is no stance word of its own
    'The coach defended the tactics. Some players were impressed by the stadium.',
    // a class in general and market crowds stay out
    'Investors have grown wary of the sector.',
    'Parents are often less forgiving than teachers.',
  ])('not: %s', (text) => {
    expect(spans(text, 'unnamed')).toEqual([]);
  });
});

describe('a stance after the clause that picks the group out', () => {
  test.each([
    [
      'The inquiry heard from the chief executive. Families who sat through the hearing were not impressed.',
      'Families',
    ],
    ['The depot will open in May. Residents who live beside the site are furious.', 'Residents'],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed')).toContain(want);
  });
});

// A stance an event left a group in, and the idiom "up in arms" (stance-group.ts).
describe('a group left in a stance, or up in arms', () => {
  test.each([
    ['Teammates were left stunned by the decision, one coach said.', 'Teammates'],
    ['Allotment holders are up in arms over the new fees.', 'Allotment holders'],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed')).toContain(want);
  });

  test.each([
    // left in a plight, not a stance
    ['Holidaymakers were left stranded at the airport for a day.', 'Holidaymakers'],
    ['Tenants were left without heating for a week.', 'Tenants'],
  ])('%s', (text, not) => {
    expect(spans(text, 'unnamed')).not.toContain(not);
  });
});

describe('disgust, fury and fright as a stance; staff as a group', () => {
  test.each([
    ['One cleaner said: "Porters are disgusted by the new rota."', 'Porters'],
    ['Some councillors are fuming over the parking charges.', 'Some councillors'],
    ['Several governors were appalled by the inspection report.', 'Several governors'],
    // a fright in the present is a stance on what is coming
    ['A source said: "Producers are terrified the footage will leak."', 'Producers'],
    ['An insider said: "Staff are terrified of the next round of cuts."', 'Staff'],
    ['One nurse said staff are horrified at the plan.', 'staff'],
    // a bare workforce stands for several people, as a group does
    ['A porter said staff were furious about the pay offer.', 'staff'],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed')).toContain(want);
  });

  test.each([
    // a fright in a past tale is what the people went through
    ['Passengers were terrified as the plane dropped.', 'Passengers'],
    ['Diners were horrified when the ceiling fell in.', 'Diners'],
    // one person's fright, and a body's staff under a possessive
    ['She is terrified of heights.', 'She'],
    ['His staff are furious about the leak.', 'His staff'],
  ])('not: %s', (text, word) => {
    expect(spans(text, 'unnamed')).not.toContain(word);
  });
});

describe("bare plural bodies' mood at the time of the story's event", () => {
  test.each([
    ['The ferry timetable was cut on Monday. Hauliers were dismayed.', 'Hauliers'],
    ['The card network failed for six hours. Banks were furious about the outage.', 'Banks'],
    ['The levy doubled overnight. Airlines were privately uneasy.', 'Airlines'],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed')).toContain(want);
  });

  test.each([
    // a sector's standing mood in the present
    'Unions are angry about the pension age.',
    'Airlines remain wary of the levy.',
    // a bare plural body not linked to a stance
    'Banks were closed on Monday.',
  ])('not: %s', (text) => {
    expect(spans(text, 'unnamed')).toEqual([]);
  });
});

describe("a stance past the writer's adverb aside or an adverb after the perfect", () => {
  test.each([
    ['The levy will double in May. Innkeepers, unsurprisingly, are furious.', 'Innkeepers'],
    ['The results were wrong. Parents have also been left fuming.', 'Parents'],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed')).toContain(want);
  });

  test.each([
    // past the aside no stance; left in a plight, not a stance
    ['The levy will double in May. Innkeepers, unsurprisingly, are busy in summer.', 'Innkeepers'],
    ['The ferry broke down. Passengers have also been left stranded.', 'Passengers'],
  ])('not: %s', (text, not) => {
    expect(spans(text, 'unnamed')).not.toContain(not);
  });
});

describe('scorn and criticism as a stance', () => {
  test.each([
    ['The marks were wrong. Examiners were scathing.', 'Examiners'],
    ['The fares rose again. Some commuters were irate.', 'Some commuters'],
    ['The route was cut. Local cyclists have been critical of the plan.', 'Local cyclists'],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed')).toContain(want);
  });

  test.each([
    // a condition, not a judgement
    [
      'The bus overturned on the motorway. Two passengers remain critical in hospital.',
      'Two passengers',
    ],
  ])('not: %s', (text, not) => {
    expect(spans(text, 'unnamed')).not.toContain(not);
  });
});

describe('a side taken quickly is a reaction', () => {
  test.each([
    [
      'The spill was reported on Monday. Other growers were quick to denounce the firm.',
      'Other growers',
    ],
    ['The recall hit the shelves. Other bakers were quick to distance themselves.', 'Other bakers'],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed')).toContain(want);
  });

  test.each([
    // speed at an act, not a side taken
    ['The alarm sounded at noon. Other tenants were quick to leave.', 'Other tenants'],
  ])('not: %s', (text, not) => {
    expect(spans(text, 'unnamed')).not.toContain(not);
  });
});
