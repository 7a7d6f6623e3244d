/**
 * How a claim reached the article when the article did not hear it itself: the outlet or person
 * its source told it to (`a senior official told Reuters`), or the outlet that reported it
 * (`Lind told the Gazette, according to the Kessel Times`). A fact-checker weighs such a claim as
 * second-hand; both ledgers show it beside the source, in the story's own words. Pure.
 */
import type { Finding } from '../engine/types';
import { squash } from './squash';

/**
 * A word of a name: capitalised, of letters, digits, `&` and `-`, or an abbreviation with its full
 * stops (`U.N.`).
 */
const NAME_WORD = String.raw`\p{Lu}[\p{L}\p{N}&-]*(?:(?:\.\p{Lu}[\p{L}\p{N}&-]*)+\.?)?`;

/**
 * The name right after `told`, with its article: `Reuters`, `the BBC`, `The Harbour Gazette`,
 * `the Office of Budget Review` (`of`, `for` and `&` between capitalised words).
 */
const TOLD_NAME = new RegExp(
  String.raw`^\s+((?:[Tt]he\s+)?${NAME_WORD}(?:\s+(?:(?:of|for|and|&)\s+)?${NAME_WORD})*)`,
  'u',
);

/** Capitalised words after `told` that name nobody: the writer, a day, a month. */
const NO_NAME =
  /^(?:I|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/;

/** What may follow a phrase that ends its sentence: punctuation, closing quotes, space. */
const CLOSING = /^[\s.!?,;:"'\u201d\u2019)]*$/;

/**
 * Whom the source of attribution `f` told the claim to, when a name follows its `told` (`told
 * Reuters`): `told Reuters`; null otherwise (`told reporters`, `told the committee`: no name; a
 * source after the cue, `told Lind`, is the one speaking).
 */
function toldTo(f: Finding, text: string): string | null {
  const source = f.source;
  if (!source || source.end > f.start || text.slice(f.start, f.end).toLowerCase() !== 'told')
    return null;
  const m = TOLD_NAME.exec(text.slice(f.end, f.end + 120));
  const name = m?.[1];
  if (name === undefined || NO_NAME.test(name)) return null;
  return `told ${squash(name)}`;
}

/**
 * The outlet that reports the claim of attribution `f` (`Lind told the Gazette, according to the
 * Kessel Times`): an `according to` of another source that closes the sentence after `f`'s cue;
 * null when there is none. `peers` are the attributions of `f`'s sentence.
 */
function reportedBy(
  f: Finding,
  peers: readonly Finding[],
  text: string,
  end: number,
): string | null {
  for (const g of peers) {
    const by = g.source;
    if (g === f || !by || g.start < f.end || by.start < g.end) continue;
    if (!/^according to$/i.test(squash(text.slice(g.start, g.end)))) continue;
    if (!CLOSING.test(text.slice(by.end, end))) continue;
    const mine = f.source?.entity?.id;
    if (mine !== undefined && mine === by.entity?.id) continue;
    return `according to ${squash(text.slice(by.start, by.end))}`;
  }
  return null;
}

/**
 * How the claim of attribution `f` reached the article (`told Reuters`, `according to the Kessel
 * Times`), or null when the article heard it first-hand as far as its sentence says. `peers` are
 * the attributions of `f`'s sentence, which ends at offset `end`.
 */
export function relayOf(
  f: Finding,
  peers: readonly Finding[],
  text: string,
  end: number,
): string | null {
  const told = toldTo(f, text);
  const reported = reportedBy(f, peers, text, end);
  // ("told the Gazette, according to the Kessel Times": both, as the sentence says them)
  if (told !== null && reported !== null) return `${told}, ${reported}`;
  return told ?? reported;
}

/**
 * `relayOf` for attribution `i` of `inOrder` (an article's attributions in text order; `starts`:
 * where each one's sentence starts), its peers the attributions around it in the same sentence,
 * which ends at offset `end`.
 */
export function relayInSentence(
  inOrder: readonly Finding[],
  starts: readonly number[],
  i: number,
  text: string,
  end: number,
): string | null {
  let a = i;
  while (a > 0 && starts[a - 1] === starts[i]) a--;
  let b = i + 1;
  while (b < inOrder.length && starts[b] === starts[i]) b++;
  return relayOf(inOrder[i]!, inOrder.slice(a, b), text, end);
}
