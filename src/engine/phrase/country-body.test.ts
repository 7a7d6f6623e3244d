/**
 * Session 41: a country's possessive before one of its unique bodies names the body (`Germany's
 * foreign ministry`, `Spain's central bank`), whether or not the engine knows the country for a
 * place (decisions 21 and 62 of the labelled sets); police, people and a common noun's possessive
 * stay unnamed. Every sentence is invented, in the shapes of wire and diplomatic news.
 */
import { describe, expect, test } from 'vitest';
import { cueSource } from '../test-helpers';

describe("a country's possessive names its one body of a kind", () => {
  test.each([
    ["Germany's foreign ministry said the envoy had been recalled.", "Germany's foreign ministry"],
    [
      "Officials met on Monday. Russia's defence ministry said the drill was over.",
      "Russia's defence ministry",
    ],
    ["France's government said the tax would stay.", "France's government"],
    ["Spain's central bank said inflation had peaked.", "Spain's central bank"],
    ["China's commerce ministry said talks would resume.", "China's commerce ministry"],
    ["Italy's navy said two boats had been intercepted.", "Italy's navy"],
    [
      "A trader was jailed in Vessaly. Vessaly's justice ministry said he had been pardoned.",
      "Vessaly's justice ministry",
    ],
    [
      'The swap was brokered by Orrin, whose foreign ministry said the talks had lasted a year.',
      'whose foreign ministry',
    ],
  ])('%s', (text, source) => {
    expect(cueSource(text, 'said')).toEqual([source, 'partial', source]);
  });
});

describe('near misses stay unnamed', () => {
  test.each([
    ["Germany's diplomats said the envoy had been recalled.", "Germany's diplomats"],
    ["Germany's police said the suspect had fled.", "Germany's police"],
    ["The city's fire department said two people were hurt.", "The city's fire department"],
    ["Spain's biggest bank said profits had fallen.", "Spain's biggest bank"],
    [
      'The swap was brokered by Orrin, whose diplomats said the talks had lasted a year.',
      'whose diplomats',
    ],
  ])('%s', (text, source) => {
    const got = cueSource(text, 'said');
    expect(got?.[0]).toBe(source);
    expect(got?.[1]).not.toBe('partial');
  });
});
