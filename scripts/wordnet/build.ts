/**
 * `tsx scripts/wordnet/build.ts`: writes `src/engine/lexicon/wordnet-actors.json`, the person and
 * organisation nouns WordNet 3.1 has and the hand lists of `actor-nouns.json` lack (see
 * `actor-nouns.ts` for the rule). Run it again after changing the rule or the hand lists; a unit
 * test checks that the committed file is what it writes.
 */
import { writeFileSync } from 'node:fs';
import { format, resolveConfig } from 'prettier';
import { wordnetActors } from './actor-nouns';
import { handListed, wordnetDict, WORDNET_ACTORS_FILE } from './paths';

const actors = wordnetActors(wordnetDict(), handListed());
// (laid out as Prettier lays out the other lexicon files)
const options = { ...(await resolveConfig(WORDNET_ACTORS_FILE)), filepath: WORDNET_ACTORS_FILE };
writeFileSync(WORDNET_ACTORS_FILE, await format(JSON.stringify(actors), options));
console.log(
  `${WORDNET_ACTORS_FILE}: ${actors.person.length} + ${actors.personAsIs.length} person, ${actors.organisation.length} + ${actors.organisationAsIs.length} organisation nouns`,
);
