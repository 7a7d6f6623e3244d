import { describe, expect, test } from 'vitest';
import type { Note } from '../shared/notes';
import { NoteIndex } from './search-index';

let n = 0;
const note = (body: string, over: Partial<Note> = {}): Note => ({
  id: `n${++n}`,
  url: 'https://www.news.example/story',
  title: 'Reservoir levels fall',
  body,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: `2026-01-01T00:00:${String(n).padStart(2, '0')}.000Z`,
  version: 1,
  ...over,
});

const A = note('Which officials? None is named.', { tags: ['Sources'] });
const B = note('Compare with the wire copy', {
  url: 'https://other.example/b',
  title: 'Wire story',
  tags: ['follow up', 'sources'],
});
const C = note('The résumé of the engineer', {
  target: { selectors: [{ type: 'TextQuoteSelector', exact: 'a senior engineer said' }] },
});

const ids = (
  index: NoteIndex,
  query: string,
  more: Partial<Parameters<NoteIndex['search']>[0]> = {},
) => index.search({ query, offset: 0, limit: 50, ...more });

describe('NoteIndex', () => {
  const index = NoteIndex.of([A, B, C]);

  test.each([
    ['a word of the text', 'officials', [A.id]],
    ['any case, the last word as a prefix (typing)', 'OFFIC', [A.id]],
    ['a word of the quoted passage', 'senior', [C.id]],
    ['a title word', 'wire story', [B.id]],
    ['accents ignored', 'resume', [C.id]],
    ['a tag', 'follow', [B.id]],
    ['every word must match', 'officials wire', []],
    ['a typo in a long word', 'engineeer', [C.id]],
  ])('%s', (_name, query, expected) => {
    expect(ids(index, query)).toEqual({ ids: expected, total: expected.length });
  });

  test('no query lists the most recently changed first, filtered by tag and site, with a total', () => {
    expect(ids(index, '')).toEqual({ ids: [C.id, B.id, A.id], total: 3 });
    expect(ids(index, '', { tag: 'SOURCES' })).toEqual({ ids: [B.id, A.id], total: 2 });
    expect(ids(index, '', { site: 'news.example' })).toEqual({ ids: [C.id, A.id], total: 2 });
    expect(ids(index, 'the', { site: 'other.example' }).ids).toEqual([B.id]);
  });

  test('paging: the total stays, the page moves', () => {
    expect(ids(index, '', { offset: 1, limit: 1 })).toEqual({ ids: [B.id], total: 3 });
    expect(ids(index, '', { offset: 3, limit: 1 })).toEqual({ ids: [], total: 3 });
  });

  test('kept in step: a changed note is found by its new words only; a removed one not at all', () => {
    const live = NoteIndex.of([A, B]);
    live.put({
      ...A,
      body: 'Named later as the water board chair',
      updatedAt: '2026-02-01T00:00:00.000Z',
    });
    expect(ids(live, 'officials').ids).toEqual([]);
    expect(ids(live, 'chair').ids).toEqual([A.id]);
    expect(ids(live, '').ids).toEqual([A.id, B.id]);
    live.remove(B.id);
    expect(ids(live, 'wire')).toEqual({ ids: [], total: 0 });
    expect(live.size).toBe(1);
    expect(live.tags()).toEqual([{ tag: 'sources', count: 1 }]);
  });

  test('tags and sites with their counts', () => {
    expect(index.tags()).toEqual([
      { tag: 'sources', count: 2 },
      { tag: 'follow up', count: 1 },
    ]);
    expect(index.sites()).toEqual([
      { site: 'news.example', count: 2 },
      { site: 'other.example', count: 1 },
    ]);
  });
});
