/**
 * One article's notes as Markdown, for pasting into a story draft: the
 * article's title, publication, byline and address, then each note with its
 * quoted passage, its text and tags.
 */
import type { ArticleRecord } from '../export-format';
import { quoteOf, type Note } from '../notes';

const day = (iso: string): string => iso.slice(0, 10);

/** Characters that would start Markdown formatting in a one-line value. */
const escapeInline = (s: string): string => s.replace(/([\\`*_[\]<>#|])/g, '\\$1');

/** Every line of `text` quoted. */
const blockquote = (text: string): string =>
  text
    .split('\n')
    .map((line) => (line.trim() === '' ? '>' : `> ${line}`))
    .join('\n');

/** The notes of one article, oldest first, as a Markdown document. */
export function articleNotesMarkdown(
  article: Pick<ArticleRecord, 'url' | 'title'> & Partial<ArticleRecord>,
  notes: readonly Note[],
): string {
  const lines: string[] = [];
  lines.push(`# Notes on “${escapeInline(article.title || article.url)}”`, '');
  const about = [
    article.site,
    article.byline ? `by ${article.byline}` : '',
    article.published ? `published ${day(article.published)}` : '',
  ]
    .filter((s): s is string => Boolean(s))
    .map(escapeInline);
  if (about.length > 0) lines.push(about.join(' · '), '');
  lines.push(`<${article.url.replace(/[<>\s]/g, encodeURIComponent)}>`, '');
  const sorted = [...notes].sort((a, b) =>
    a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0,
  );
  for (const note of sorted) {
    lines.push('---', '');
    const quote = quoteOf(note);
    if (quote) lines.push(blockquote(quote.exact), '');
    lines.push(note.body, '');
    const meta = [`Noted ${day(note.createdAt)}`];
    if (note.updatedAt.slice(0, 10) !== note.createdAt.slice(0, 10))
      meta.push(`changed ${day(note.updatedAt)}`);
    if (note.tags && note.tags.length > 0)
      meta.push(`tags: ${note.tags.map(escapeInline).join(', ')}`);
    lines.push(`_${meta.join(' · ')}_`, '');
  }
  if (sorted.length === 0) lines.push('_No notes._', '');
  return lines.join('\n');
}
