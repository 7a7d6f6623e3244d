import { DOMParser } from 'linkedom';
import { htmlToArticleText, type ArticleText } from '../content/article';

/**
 * Parses `html` with linkedom (a small DOM for Node) and reduces it with the same
 * article extractor the content script uses, so that the CLI's offsets and
 * findings match what the extension highlights on the page (drop the findings in
 * its `quiet` text with `audibleFindings`, as the page does).
 */
export function htmlToArticle(html: string): ArticleText {
  return htmlToArticleText(html, new DOMParser());
}

/** Whether a path names an HTML page, by its extension. */
export function isHtmlPath(path: string): boolean {
  return /\.x?html?$/i.test(path);
}

/** Whether text read from standard input looks like an HTML page rather than prose. */
export function looksLikeHtml(text: string): boolean {
  return /^\s*(<!--[\s\S]*?-->\s*)*<(!doctype\s+html|html[\s>])/i.test(text);
}
