/**
 * Session 31: a claim or a voiced worry waved away in the passive is a cue of dismissing, as it
 * is in the active ("dismissed the allegations"): "concerns were dismissed", "That suggestion
 * was dismissed by the firm"; a court's dismissal and a dismissal from a post are not.
 */
import { describe, expect, test } from 'vitest';
import { spans } from '../test-helpers';

describe('a claim or a worry dismissed in the passive', () => {
  test.each([
    'Staff said concerns about the wiring were dismissed by managers.',
    'Two nurses said their complaints were dismissed whenever they were raised.',
    'That suggestion was dismissed by the operator, which said every check was done.',
  ])('%s', (text) => {
    expect(spans(text, 'attribution').some((w) => w.endsWith('dismissed'))).toBe(true);
  });

  test.each([
    'The charges were dismissed by the judge.',
    'Appeals about the ruling were dismissed.',
    'The case was dismissed on Monday.',
    'He was dismissed from his job in May.',
  ])('no cue in %j', (text) => {
    expect(spans(text, 'attribution').some((w) => w.endsWith('dismissed'))).toBe(false);
  });
});

describe('a claim dismissed after a demonstrative', () => {
  test.each([
    'Engineers at the port dismissed that argument.',
    'The minister dismissed these claims out of hand.',
  ])('%s', (text) => {
    expect(spans(text, 'attribution')).toContain('dismissed');
  });

  test.each(['The club dismissed that coach in May.', 'The court dismissed those charges.'])(
    'no cue in %j',
    (text) => {
      expect(spans(text, 'attribution')).not.toContain('dismissed');
    },
  );
});
