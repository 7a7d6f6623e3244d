/**
 * People at a named airport, port or racecourse are placed by it, not named by it: many
 * employers and users share such a place (decision 187 of the labelled sets). People at a named firm
 * stay named. Every sentence is invented.
 */
import { describe, expect, test } from 'vitest';
import { cueSource, spans } from '../test-helpers';

describe('people placed at a shared place', () => {
  test.each([
    [
      "Two baggage handlers at Orsby International Airport stole jewellery from passengers' cases, police said.",
      'Two baggage handlers at Orsby International Airport',
    ],
    [
      'Trainers at the Kelham racecourse complained that the going had been ruined by overnight watering.',
      'Trainers at the Kelham racecourse',
    ],
    // a workforce's labour act, its employer not named by the place
    [
      'Baggage handlers at Orsby International Airport have voted to strike over pay.',
      'Baggage handlers at Orsby International Airport',
    ],
    ['Dockers at Vanmouth port refused to unload the ship on Tuesday.', 'Dockers at Vanmouth port'],
  ])('%s', (text, span) => {
    expect(spans(text, 'unnamed')).toContain(span);
  });

  test('a source at the airport is unnamed', () => {
    expect(
      cueSource('A pilot at Orsby Airport said the runway lights had failed twice.', 'said')?.slice(
        0,
        2,
      ),
    ).toEqual(['A pilot at Orsby Airport', false]);
  });

  test('people at a named firm stay its people', () => {
    expect(
      cueSource('Engineers at Tavish Motors said the gearbox had failed.', 'said')?.[1],
    ).toBeTruthy();
  });
});
