/**
 * The full-text index over every note (MiniSearch), so a search as the reader
 * types looks up terms instead of scanning every note. It indexes a note's
 * text, quoted passage, article title and tags, and keeps beside it what the
 * filters and the recent-first listing need (tags, site, time of change).
 *
 * The index lives in memory and is rebuilt from the store the first time it
 * is needed after the background starts (the service worker may be stopped at
 * any time); every write made through the background updates it after the
 * write committed, so it stays in step with the store.
 */
import MiniSearch from 'minisearch';
import { siteOf } from '../shared/article';
import { quoteOf, type Note } from '../shared/notes';

/** What the options page asks for. */
export interface SearchRequest {
  query: string;
  /** Only notes with this tag (any case). */
  tag?: string;
  /** Only notes on articles of this site (`siteOf`). */
  site?: string;
  offset: number;
  limit: number;
}

/** One page of matches, best first (or most recently changed first, without a query). */
export interface SearchHits {
  ids: string[];
  /** Every match, not only this page. */
  total: number;
}

interface Facets {
  tags: string[];
  site: string;
  updatedAt: string;
}

interface IndexedNote {
  id: string;
  body: string;
  quote: string;
  title: string;
  tags: string;
}

/** Lower case without accents, so "resume" finds "Résumé". */
export function foldTerm(term: string): string {
  return term
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
}

const toDocument = (note: Note): IndexedNote => ({
  id: note.id,
  body: note.body,
  quote: quoteOf(note)?.exact ?? '',
  title: note.title,
  tags: (note.tags ?? []).join(' '),
});

const facetsOf = (note: Note): Facets => ({
  tags: (note.tags ?? []).map(foldTerm),
  site: siteOf(note.url),
  updatedAt: note.updatedAt,
});

const newestFirst = (a: [string, Facets], b: [string, Facets]): number =>
  a[1].updatedAt < b[1].updatedAt ? 1 : a[1].updatedAt > b[1].updatedAt ? -1 : a[0] < b[0] ? -1 : 1;

/** The notes index: add, replace, remove, search. */
export class NoteIndex {
  private readonly index = new MiniSearch<IndexedNote>({
    fields: ['body', 'quote', 'title', 'tags'],
    idField: 'id',
    processTerm: (term) => {
      const folded = foldTerm(term);
      return folded === '' ? null : folded;
    },
    searchOptions: {
      boost: { tags: 2, quote: 1.5, body: 1.2, title: 1 },
      combineWith: 'AND',
      // As the reader types, the last word is still being written.
      prefix: (_term, i, terms) => i === terms.length - 1,
      fuzzy: (term) => (term.length > 5 ? 0.15 : false),
    },
  });
  private readonly facets = new Map<string, Facets>();

  /** An index of `notes`. */
  static of(notes: Iterable<Note>): NoteIndex {
    const index = new NoteIndex();
    const documents: IndexedNote[] = [];
    for (const note of notes) {
      documents.push(toDocument(note));
      index.facets.set(note.id, facetsOf(note));
    }
    index.index.addAll(documents);
    return index;
  }

  get size(): number {
    return this.facets.size;
  }

  /** Adds a note, or replaces the indexed copy of it. */
  put(note: Note): void {
    if (this.facets.has(note.id)) this.index.discard(note.id);
    this.index.add(toDocument(note));
    this.facets.set(note.id, facetsOf(note));
  }

  remove(id: string): void {
    if (!this.facets.has(id)) return;
    this.index.discard(id);
    this.facets.delete(id);
  }

  /** Every tag with its number of notes, most used first (for the tag filter). */
  tags(): { tag: string; count: number }[] {
    const counts = new Map<string, number>();
    for (const f of this.facets.values())
      for (const t of f.tags) counts.set(t, (counts.get(t) ?? 0) + 1);
    return [...counts]
      .map(([tag, count]) => ({ tag, count }))
      .sort((a, b) => b.count - a.count || (a.tag < b.tag ? -1 : 1));
  }

  /** Every site with its number of notes, most used first (for the site filter). */
  sites(): { site: string; count: number }[] {
    const counts = new Map<string, number>();
    for (const f of this.facets.values()) counts.set(f.site, (counts.get(f.site) ?? 0) + 1);
    return [...counts]
      .map(([site, count]) => ({ site, count }))
      .sort((a, b) => b.count - a.count || (a.site < b.site ? -1 : 1));
  }

  /** The ids of one page of matches and the number of all matches. */
  search(request: SearchRequest): SearchHits {
    const tag = request.tag ? foldTerm(request.tag) : null;
    const site = request.site ?? null;
    const keep = (f: Facets | undefined): boolean =>
      f !== undefined &&
      (tag === null || f.tags.includes(tag)) &&
      (site === null || f.site === site);
    const query = request.query.trim();
    let ids: string[];
    if (query === '') {
      ids = [...this.facets]
        .filter(([, f]) => keep(f))
        .sort(newestFirst)
        .map(([id]) => id);
    } else {
      ids = this.index
        .search(query, { filter: (r) => keep(this.facets.get(r.id as string)) })
        .map((r) => r.id as string);
    }
    return { ids: ids.slice(request.offset, request.offset + request.limit), total: ids.length };
  }
}
