import { describe, expect, test } from 'vitest';
import { spans } from '../test-helpers';

describe('a person phrase whose apposition names its holder at once ("a Y named Z")', () => {
  test.each([
    'Its current champion, a schoolteacher named Ruth Penhallow, won again on Saturday.',
    'The new manager, a former striker called Ivo Marsh, took charge in March.',
    'Their spokesman, an economist named Dara Quill, told reporters the plan was sound.',
  ])('not: %s', (text) => {
    expect(spans(text, 'unnamed')).toEqual([]);
  });

  test.each([
    // the apposition is a description only, or what follows "named" is a place
    ['An informant, a former guard, told investigators the cells were searched.', 'An informant'],
    ['A witness, a driver named in court papers, told police he saw the car.', 'A witness'],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed')).toContain(want);
  });
});
