// The CLI reads .html files with linkedom: the article finder and text map must
// give the same text there as on a live page (see article.test.ts, happy-dom).
import { DOMParser } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { extractArticleText, htmlToArticleText } from './article';
import {
  ARTICLE_PAGE,
  DIV_SOUP_PAGE,
  FURNITURE_WRAPPER_PAGE,
  ITEMPROP_PAGE,
  STORY,
  ARTICLE_PAGE_TEXT,
  TEASERS_PAGE,
} from './test-pages';

const parse = (html: string): Document =>
  // linkedom declares its own Document type; it implements the subset the extractor reads.
  new DOMParser().parseFromString(html, 'text/html') as unknown as Document;

describe('article text under linkedom', () => {
  test('gives exactly the text a reader sees', () => {
    expect(extractArticleText(parse(ARTICLE_PAGE)).text).toBe(ARTICLE_PAGE_TEXT);
  });

  test.each([
    ['article', ARTICLE_PAGE],
    ['itemprop', ITEMPROP_PAGE],
    ['teasers', TEASERS_PAGE],
    ['div soup', DIV_SOUP_PAGE],
    ['furniture wrapper', FURNITURE_WRAPPER_PAGE],
  ])('%s page keeps the story and drops the furniture', (_name, html) => {
    const { text } = htmlToArticleText(html, new DOMParser());
    for (const p of STORY) expect(text).toContain(p);
    for (const junk of ['Opinion officials said', 'Copyright', 'Reader one said', 'window.said']) {
      expect(text).not.toContain(junk);
    }
  });

  test('reads a page whose content precedes <head> (linkedom opens a second body)', () => {
    const html = `<html><div style="visibility:hidden"></div><head><title>T</title></head><body>${STORY.map((p) => `<p>${p}</p>`).join('')}</body></html>`;
    const { text } = extractArticleText(parse(html));
    for (const p of STORY) expect(text).toContain(p);
  });
});
