/**
 * The political and business desk's particle verbs and idioms of saying (session 25's cue probe,
 * scripts/probe-cues.ts): "hit back at", "took aim at", "doubled down on" name their target after
 * a preposition, "shot down" and "walked back" a claim or remarks, in every tense and as a
 * participle; in their physical senses ("hit back with a left hook", "took aim at the car", "shot
 * down a drone") they are no cue. "struck a defiant tone" is decision 148's "struck an optimistic
 * note"; a particle verb in a Title Case headline is a verb, not part of a name ("Minister Weighs
 * In On Bridge Row").
 */
import { describe, expect, test } from 'vitest';
import { seen, spans } from '../test-helpers';

describe('particle verbs of criticism and denial are cues, their subject the source', () => {
  test.each([
    ['The union hit back at the minister over the pay offer.', 'hit back', 'The union'],
    ['Mayor Lena Broch has hit back at her critics.', 'has hit back', 'Mayor Lena Broch'],
    ['Opposition leaders took aim at the budget on Tuesday.', 'took aim', 'Opposition leaders'],
    ['The chancellor has taken aim at the regulator.', 'has taken aim', 'The chancellor'],
    ['The White House doubled down on its tariff threat.', 'doubled down', 'The White House'],
    ['Party chiefs shot down suggestions of a leadership contest.', 'shot down', 'Party chiefs'],
    ['The senator walked back her remarks about the strike.', 'walked back', 'The senator'],
  ])('%s', (text, cue, source) => {
    expect(seen(text, 'attribution').find((s) => s.text === cue)?.source).toBe(source);
  });

  test.each([
    ['Ruiz spoke for an hour, hitting back at the council over the closure.', 'hitting back'],
    ['Ruiz left after taking aim at the council.', 'taking aim'],
    ['The governor ended the call by doubling down on the claim.', 'doubling down'],
    ['The mayor spoke on Monday, hitting out at the transport board.', 'hitting out'],
  ])('as a participle: %s', (text, cue) => {
    expect(spans(text, 'attribution')).toContain(cue);
  });

  test.each([
    'The boxer hit back with a left hook.',
    'The sniper took aim at the car.',
    'Troops shot down a drone over the border.',
    'Air defences shot down two missiles overnight.',
    'The guards walked back to the gate.',
    'The bank had walked back guidance before.',
    'The gambler doubled down on black.',
  ])('no cue in the physical sense: %s', (text) => {
    expect(spans(text, 'attribution')).toEqual([]);
  });
});

test('doubling down on anything but words is no cue', () => {
  expect(
    spans('Analysts said the streamer was "doubling down on proven hits".', 'attribution'),
  ).toEqual(['said']);
});

describe('striking a tone or a note is an expressed stance (decision 148)', () => {
  test.each([
    ['Ana Ruiz struck a defiant tone at the rally.', 'struck a defiant tone', 'Ana Ruiz'],
    [
      'The minister struck an optimistic note in a brief interview.',
      'struck an optimistic note',
      'The minister',
    ],
  ])('%s', (text, cue, source) => {
    expect(seen(text, 'attribution').find((s) => s.text === cue)?.source).toBe(source);
  });

  test.each(['Lightning struck a tree.', 'The striker struck a post twice.'])(
    'no cue in %j',
    (text) => {
      expect(spans(text, 'attribution')).toEqual([]);
    },
  );
});

describe('a particle verb in a Title Case headline', () => {
  test.each([
    ['Minister Weighs In On Bridge Row\n\nThe bridge carries 40,000 vehicles a day.', 'Weighs In'],
    [
      'Council Hits Back At Critics Over Bridge Closure\n\nThe bridge carries 40,000 vehicles a day.',
      'Hits Back',
    ],
    [
      'Mayor Hits Out At Plan To Close Bridge\n\nThe bridge carries 40,000 vehicles a day.',
      'Hits Out',
    ],
    // (a short headline: two capitalised words around capitalised particles and articles)
    ['Officials Brush Off Criticism\n\nThe bridge carries 40,000 vehicles a day.', 'Brush Off'],
    ['Mayor Hits Out At The Plan\n\nThe bridge carries 40,000 vehicles a day.', 'Hits Out'],
  ])('%s', (text, cue) => {
    expect(spans(text, 'attribution')).toContain(cue);
  });
});
