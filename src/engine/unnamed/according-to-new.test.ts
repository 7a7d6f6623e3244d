import { describe, expect, test } from 'vitest';
import { spans } from '../test-helpers';

describe('a new mention of a noun no list knows, relied on by `according to`', () => {
  test.each([
    ['The depot was shut for the weekend, according to a notice pinned to the gate.', 'a notice'],
    [
      'The college will close four departments, according to a draft list obtained by the Courier.',
      'a draft list',
    ],
    [
      'Drivers were told to stop using the app, according to an internal circular shared with Trackside.',
      'an internal circular',
    ],
    [
      'Fees rose by a fifth, according to contract terms circulated among agents this month.',
      'contract terms',
    ],
    ['The ward was closed twice in May, according to a hospital rota update.', 'update'],
    ['The district leaned towards the mayor, according to early counts.', 'counts'],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed').join(' | ')).toContain(want);
  });

  test.each([
    // a norm or a manner: a definite or a bare singular
    ['The vote was held according to the rules.', 'rules'],
    ['Everything went according to plan.', 'plan'],
    ['The dead are buried within a day, according to local custom.', 'custom'],
    // a post-modifier that names or points to the issuer
    ['According to a notice on the Varden Exchange website, trading was halted.', 'notice'],
    ['Deliveries were cut, according to a notice posted on its customer board.', 'notice'],
    ['Deliveries were cut, according to a notice from Acme.', 'notice'],
  ])('not: %s', (text, word) => {
    expect(spans(text, 'unnamed').join(' | ')).not.toContain(word);
  });
});
