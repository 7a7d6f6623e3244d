import { describe, expect, test } from 'vitest';
import { spans } from '../test-helpers';

// Bodies a count brings in new, in a state the story tells of (reason.ts, organisations after a
// copula): "at least two other water companies are under investigation".

describe('counted bodies in a state', () => {
  test.each([
    [
      'At least three other hospitals are under review, the regulator said.',
      'At least three other hospitals',
    ],
    ['Two rival banks were in talks to buy the unit.', 'Two rival banks'],
    [
      'League sources say at least two other clubs are under investigation.',
      'at least two other clubs',
    ],
    ['A council source said four other councils were close to bankruptcy.', 'four other councils'],
    ['Several other firms are believed to be in breach of the rules.', 'Several other firms'],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed')).toContain(want);
  });

  test.each([
    // a definite body, met before
    ['The two banks were in talks to merge.', 'The two banks'],
    // a bare plural sector
    ['Banks are under pressure to cut fees.', 'Banks'],
    // a body with no count
    ['A bank is a place to keep money.', 'A bank'],
    // the rest of a named set
    ['Those firms were under review last year.', 'Those firms'],
    // not a body
    ['Two other cases are under investigation.', 'Two other cases'],
  ])('not: %s', (text, word) => {
    expect(spans(text, 'unnamed')).not.toContain(word);
  });
});
