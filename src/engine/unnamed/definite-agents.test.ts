import { describe, expect, test } from 'vitest';
import { spans } from '../test-helpers';

const found = (text: string) => spans(text, 'unnamed').join(' | ');

describe('a definite group met for the first time as the agent of a past passive acts', () => {
  test.each([
    ['Two guards were later found to have been beaten by the rioters.', 'the rioters'],
    ['The goalkeeper was confronted by the supporters after the final whistle.', 'the supporters'],
  ])('%s', (text, want) => {
    expect(found(text)).toContain(want);
  });

  // the group the story has already met, to which the definite refers back
  test.each([
    "The bank's customers lost their savings. The bank said every transfer had been approved by the customers.",
  ])('%s', (text) => {
    expect(found(text)).toBe('');
  });
});
