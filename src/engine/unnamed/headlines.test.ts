import { describe, expect, test } from 'vitest';
import { spans } from '../test-helpers';

const found = (text: string) => spans(text, 'unnamed').join(' | ');

const story = (headline: string) =>
  `${headline}\n\nThe attack happened on Monday night, the regional governor said.`;

describe("a headline's bare offenders who act are unnamed (decisions 3, 70, 88)", () => {
  test.each([
    ['Raiders storm warehouse in Delmont, seizing cigarettes', 'Raiders'],
    ['Looters ransack shops as floodwater recedes', 'Looters'],
    ['Curfew in Port Ely as militants seize town hall', 'militants'],
    ['Masked trio held staff at knifepoint in bank raid', 'Masked trio'],
    ['Hooded gunman robs petrol station on ring road', 'Hooded gunman'],
    ['Prisoners Riot at Halden Jail; Ministry Says Order Restored', 'Prisoners'],
  ])('%s', (headline, want) => {
    expect(found(story(headline))).toContain(want);
  });

  test.each([
    // a passive, other groups the story places, a bare singular after `as`, not a headline
    ['Soldiers injured in blast near border post', 'Soldiers'],
    ['Nurses strike over pay at Delmont hospital', 'Nurses'],
    ['Thieves raid shop as owner fights back', 'owner'],
  ])('not: %s', (headline, word) => {
    expect(found(story(headline))).not.toContain(word);
  });
});

describe("a headline's bare plural of placed people who act in the present (decisions 72, 124)", () => {
  const body = (headline: string) =>
    `${headline}\n\nThe meeting was held on Tuesday night at the town hall.`;

  test.each([
    ['Villagers object to quarry plan on Holm Edge', 'Villagers'],
    ['Commuters demand refunds after week of cancellations', 'Commuters'],
    ['Ferry fares rise again as passengers fight back', 'passengers'],
    ['Neighbours block lane in protest at depot', 'Neighbours'],
    // (a trade in a headline that names no body: decision 65, trade-headlines.test.ts)
    ['Pilots vote to strike over rosters', 'Pilots'],
  ])('%s', (headline, want) => {
    expect(found(body(headline))).toContain(want);
  });

  test.each([
    // a body's own people, a market crowd, a headline's passive, an act with nothing after it
    ['Workers walk out at Delmont plant', 'Workers'],
    ['Lottery sales jump as punters chase jackpot', 'punters'],
    ['Passengers Hurt After Coach Slides Off Road', 'Passengers'],
    ['Deadline nears as contenders circle', 'contenders'],
  ])('not: %s', (headline, word) => {
    expect(found(body(headline))).not.toContain(word);
  });
});
