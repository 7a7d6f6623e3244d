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
