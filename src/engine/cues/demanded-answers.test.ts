/**
 * `demanded to know why` is a reported question like `wanted to know whether`, credited to its
 * subject; and a plain phrase after auxiliaries (`has declined to comment`, `have demanded to
 * know`) keeps the subject before them. Every sentence is invented.
 */
import { describe, expect, test } from 'vitest';
import { seen } from '../test-helpers';

const phrase = (text: string, words: string) =>
  seen(text, 'attribution').find((s) => s.text.endsWith(words));

describe('demanded to know', () => {
  test.each([
    ['Angry parents demanded to know why the school had not warned them.', 'Angry parents'],
    ['Shareholders have demanded to know who approved the bonus.', 'Shareholders'],
    [
      'Hundreds of fans wrote to the club, with some demanding to know whether tickets would be refunded.',
      undefined,
    ],
    ['The harbour board has declined to comment.', 'The harbour board'],
  ])('%s', (text, source) => {
    const found = phrase(text, text.includes('comment') ? 'to comment' : 'to know');
    expect(found).toBeDefined();
    if (source) expect(found!.source).toBe(source);
  });

  test.each([
    // a wish for more, not a question
    'The union demanded to know more about the plan.',
    'Residents demand to know the truth.',
  ])('not: %s', (text) => {
    expect(phrase(text, 'to know')).toBeUndefined();
  });
});
