/**
 * Whether an article is in English, the one language the engine reads, from
 * what the page declares (`lang`) and a cheap look at its text: the share of
 * common English function words, and the script its letters are written in.
 * The text has the last word, since pages often declare the wrong language.
 */
import type { PageLanguage } from '../shared/messages';

// Frequent in any English prose, rare as words in other languages written in Latin script
// (so no "a", "in", "is", "on", "he", "to", "was": each is a word elsewhere too).
const ENGLISH = new Set([
  'the',
  'and',
  'of',
  'that',
  'for',
  'with',
  'said',
  'by',
  'from',
  'his',
  'her',
  'they',
  'this',
  'not',
  'but',
  'has',
  'were',
  'had',
  'who',
  'would',
  'which',
  'their',
  'it',
  'have',
  'been',
  'are',
  'will',
]);

/** Scripts whose text names its language well enough to say so. */
const SCRIPTS: readonly [RegExp, string | null][] = [
  [/[\p{Script=Hiragana}\p{Script=Katakana}]/u, 'ja'],
  [/\p{Script=Hangul}/u, 'ko'],
  [/\p{Script=Han}/u, 'zh'],
  [/\p{Script=Greek}/u, 'el'],
  [/\p{Script=Hebrew}/u, 'he'],
  [/\p{Script=Thai}/u, 'th'],
  [/\p{Script=Arabic}/u, null],
  [/\p{Script=Cyrillic}/u, null],
  [/\p{Script=Devanagari}/u, null],
];

/** Characters of the article read to decide. */
const SAMPLE = 6000;
/** Words needed before the text outweighs the declared language. */
const ENOUGH_WORDS = 60;

/** The primary subtag of a `lang` value ("en-GB" to "en"), or null. */
export function primaryTag(lang: string | null | undefined): string | null {
  const tag = (lang ?? '').trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return /^[a-z]{2,3}$/.test(tag) ? tag : null;
}

/** The article's language from its declared `lang` and its text. */
export function detectLanguage(declared: string | null | undefined, text: string): PageLanguage {
  const tag = primaryTag(declared);
  const sample = text.slice(0, SAMPLE);
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  const latin = sample.match(/\p{Script=Latin}/gu)?.length ?? 0;
  if (letters > 200 && latin < letters / 2) {
    // Mostly another script: not English, whatever the page says.
    const code = SCRIPTS.find(([pattern]) => pattern.test(sample))?.[1] ?? null;
    return { code: tag !== null && tag !== 'en' ? tag : code, english: false };
  }
  const words = sample.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length < ENOUGH_WORDS) return { code: tag, english: tag === null || tag === 'en' };
  let common = 0;
  for (const w of words) if (ENGLISH.has(w)) common++;
  // English news prose runs at 20–30% of these words; other languages stay under 2%.
  const share = common / words.length;
  if (share >= 0.08) return { code: 'en', english: true };
  if (share < 0.03) return { code: tag === 'en' ? null : tag, english: false };
  return { code: tag, english: tag === null || tag === 'en' };
}
