/**
 * The article texts of saved news pages (`NAME/source.html` folders, as in ../shared/pages),
 * extracted as the content script extracts them, for the scripts that run the engine on them
 * (golden record, benchmarks). Not part of `npm test`: the project must not depend on that folder.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { DOMParser } from 'linkedom';
import { extractArticle } from '../../src/content/article';
import { generateProse } from './prose';

/** One saved page: its folder's name, its `source.html` and the article's text. */
export interface PageText {
  name: string;
  file: string;
  text: string;
}

/** Every `NAME/source.html` of `dir`, in name order, with its article's text; none if no `dir`. */
export function savedPageTexts(dir: string): PageText[] {
  const out: PageText[] = [];
  if (!existsSync(dir)) return out;
  for (const name of readdirSync(dir).sort()) {
    const file = join(dir, name, 'source.html');
    if (!existsSync(file)) continue;
    const doc = new DOMParser().parseFromString(readFileSync(file, 'utf8'), 'text/html');
    out.push({ name, file, text: extractArticle(doc as unknown as Document).map.text });
  }
  return out;
}

/**
 * The texts a measuring script runs on: `proseKiB` KiB of generated prose when above 0, else the
 * article texts of the saved pages in `pagesDir`. Throws when there are none, suggesting
 * `--prose hintKiB`.
 */
export function measuredTexts(proseKiB: number, pagesDir: string, hintKiB: number): string[] {
  const texts =
    proseKiB > 0
      ? [generateProse(Math.ceil(proseKiB * 1024))]
      : savedPageTexts(pagesDir).map((p) => p.text);
  if (texts.length === 0)
    throw new Error(`no texts: ${pagesDir} is missing (try --prose ${hintKiB})`);
  return texts;
}
