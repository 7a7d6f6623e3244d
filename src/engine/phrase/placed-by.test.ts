import { describe, expect, test } from 'vitest';
import { sourceText, spans } from '../test-helpers';

describe('people placed by across, along, around, outside or throughout keep the place', () => {
  test.each([
    [
      'The river flooded in March. Farmers along the river have blamed the dam.',
      'Farmers along the river',
    ],
    [
      'The talks failed on Monday. Bus drivers across Vellmark will walk out on Friday.',
      'Bus drivers across Vellmark',
    ],
    [
      'The gates opened late. Fans outside the ground had chanted for an hour.',
      'Fans outside the ground',
    ],
    [
      'The plant closed in May. Residents around the site have complained of the smell.',
      'Residents around the site',
    ],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed')).toContain(want);
  });

  test.each([
    // everyone anywhere, a body, a spread over a bare noun
    ['The app was launched in 2019 by developers around the world.', 'developers around the world'],
    [
      'An assessment found that a militant group along the border posed no threat.',
      'a militant group along the border',
    ],
    ['The memo was sent to staff across departments.', 'staff across departments'],
  ])('not: %s', (text, unwanted) => {
    expect(spans(text, 'unnamed')).not.toContain(unwanted);
  });
});

describe('a placed group that speaks is the whole source, not the place', () => {
  test.each([
    [
      'Growers along the Tarrow River say the board cut their water without notice.',
      'say',
      'Growers along the Tarrow River',
    ],
    [
      'Shopkeepers across the city say trade has fallen since the road closed.',
      'say',
      'Shopkeepers across the city',
    ],
    [
      'Traders outside the station said rents had doubled in a year.',
      'said',
      'Traders outside the station',
    ],
    [
      'Dairy farmers throughout Kestland told the inquiry that prices were too low.',
      'told',
      'Dairy farmers throughout Kestland',
    ],
    [
      'Crews around the harbour complained that the new rota was unsafe.',
      'complained',
      'Crews around the harbour',
    ],
  ])('%s', (text, cue, want) => {
    expect(sourceText(text, cue)).toBe(want);
  });

  test.each([
    // a thing or a body before the preposition keeps the place as its own phrase
    [
      'Signs along the Tarrow River say the water is unsafe.',
      'say',
      'Growers along the Tarrow River',
    ],
  ])('not: %s', (text, cue, unwanted) => {
    expect(sourceText(text, cue)).not.toBe(unwanted);
  });
});
