// @vitest-environment happy-dom
import { afterEach, describe, expect, test } from 'vitest';
import { fingerprintText } from '../../shared/article';
import type { ContentScriptRequest, PageNotes as PageNotesAnswer } from '../../shared/messages';
import type { Note } from '../../shared/notes';
import { describePassage } from '../anchoring/match-quote';
import { extractArticle } from '../article';
import { createAsk } from '../background-client';
import { fakeHighlightEnv, highlightTexts } from '../highlight-fakes';
import { createPageNotes } from './page-notes';

const PARAGRAPHS = [
  'Water levels at the Keld Moor reservoir fell to their lowest point in a decade this week, officials said on Thursday.',
  'A senior engineer, who spoke on condition of anonymity, said the contractor had reportedly asked for more money.',
  'Residents allegedly received no warning of the hosepipe ban, Councillor Ines Barraclough said in a statement.',
];

function page(paragraphs: string[]): void {
  document.body.replaceChildren();
  const article = document.createElement('article');
  const h1 = document.createElement('h1');
  h1.textContent = 'Reservoir levels fall';
  article.append(h1);
  for (const text of paragraphs) {
    const p = document.createElement('p');
    p.textContent = text;
    article.append(p);
  }
  document.body.append(article);
}

/** A note on `words` of the article text as it reads now. */
function noteOn(text: string, words: string, id: string): Note {
  const at = text.indexOf(words);
  const s = describePassage(text, at, at + words.length);
  if (!s) throw new Error('no passage');
  return {
    id,
    url: 'https://news.example/story',
    title: 'Reservoir levels fall',
    body: `About ${words}`,
    target: { selectors: [s.quote, s.position] },
    articleFingerprint: fingerprintText(text),
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    version: 1,
  };
}

/** Page notes over a fake background that answers `page.notes` with `notes`. */
function setup(notes: Note[]) {
  const env = fakeHighlightEnv();
  const sent: ContentScriptRequest[] = [];
  const answer: PageNotesAnswer = {
    articleUrl: 'https://news.example/story',
    notes,
    snapshots: [],
    prefs: { selectionButton: true },
  };
  const pageNotes = createPageNotes({
    doc: document,
    env,
    uuid: () => '40000000-0000-4000-8000-000000000001',
    ask: createAsk({
      sendMessage: async (message) => {
        sent.push(message);
        return message.type === 'page.notes'
          ? { ok: true, value: answer }
          : { ok: false, error: { code: 'x', message: 'no' } };
      },
    }),
  });
  return { env, sent, pageNotes };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

afterEach(() => document.body.replaceChildren());

describe('notes in the page', () => {
  test('fetched for the article, placed, highlighted; orphans and whole-article notes reported', async () => {
    page(PARAGRAPHS);
    const text = extractArticle(document).map.text;
    const whole: Note = { ...noteOn(text, 'officials said', 'w'), target: undefined };
    const gone = noteOn(text, 'officials said', 'g');
    const quote = gone.target?.selectors[0];
    if (quote?.type === 'TextQuoteSelector') quote.exact = 'a passage that was never there at all';
    const { env, sent, pageNotes } = setup([noteOn(text, 'A senior engineer', 'a'), gone, whole]);
    pageNotes.update(extractArticle(document));
    await settle();
    expect(sent.map((m) => m.type)).toEqual(['page.notes']);
    expect((sent[0]?.payload as { article: { fingerprint: string } }).article.fingerprint).toBe(
      fingerprintText(text),
    );
    expect(highlightTexts(env.registry.get('whosaid-note'))).toEqual(['A senior engineer']);
    expect(env.registry.get('whosaid-note')?.priority).toBe(6);
    const report = pageNotes.report();
    expect(report?.anchors).toEqual([
      { id: 'a', status: 'anchored', method: 'position' },
      { id: 'g', status: 'orphan', current: expect.any(String) },
      { id: 'w', status: 'article' },
    ]);
    expect(report?.anchorMs).toBeGreaterThanOrEqual(0);
    expect(pageNotes.show('g')).toBe(false);
  });

  test('late content: a passage missing at first is placed when its paragraph arrives', async () => {
    page(PARAGRAPHS);
    const full = extractArticle(document).map.text;
    const note = noteOn(full, 'Councillor Ines Barraclough', 'late');
    page(PARAGRAPHS.slice(0, 2));
    const { env, sent, pageNotes } = setup([note]);
    pageNotes.update(extractArticle(document));
    await settle();
    expect(pageNotes.report()?.anchors).toMatchObject([{ id: 'late', status: 'orphan' }]);
    expect(highlightTexts(env.registry.get('whosaid-note'))).toEqual([]);
    // The paragraph loads; the content script reads the article again.
    page(PARAGRAPHS);
    pageNotes.update(extractArticle(document));
    await settle();
    expect(pageNotes.report()?.anchors).toMatchObject([{ id: 'late', status: 'anchored' }]);
    expect(highlightTexts(env.registry.get('whosaid-note'))).toEqual([
      'Councillor Ines Barraclough',
    ]);
    // Placed again from what it knows: no second request.
    expect(sent.filter((m) => m.type === 'page.notes')).toHaveLength(1);
  });

  test('clear takes highlights and UI off the page; dispose forgets the notes', async () => {
    page(PARAGRAPHS);
    const text = extractArticle(document).map.text;
    const { env, pageNotes } = setup([noteOn(text, 'A senior engineer', 'a')]);
    pageNotes.update(extractArticle(document));
    await settle();
    expect(pageNotes.show('a')).toBe(true);
    expect(env.registry.get('whosaid-note-active')).toBeDefined();
    pageNotes.clear();
    expect(env.registry.size).toBe(0);
    expect(document.querySelector('[data-whosaid]')).toBeNull();
    pageNotes.dispose();
    expect(pageNotes.report()).toBeNull();
  });

  test('with nothing selected, "Note this passage" says what to do and opens nothing', async () => {
    page(PARAGRAPHS);
    const { pageNotes } = setup([]);
    pageNotes.update(extractArticle(document));
    await settle();
    expect(pageNotes.noteSelection()).toBe(false);
    // A passage of the article (a finding's card) opens the editor in its closed root.
    expect(pageNotes.notePassage(0, 9, { kind: 'attribution', why: 'said' })).toBe(true);
    expect(document.querySelector('[data-whosaid="notes"]')).not.toBeNull();
  });
});

/** What a browser does for `<form><input name="X">` or `<img name="X">`: the name shadows X. */
function clobber(target: object, name: string, value: unknown): () => void {
  Object.defineProperty(target, name, { value, configurable: true });
  return () => delete (target as Record<string, unknown>)[name];
}

describe('a page whose markup clobbers DOM properties', () => {
  test('notes are still read, placed, selected and written (form controls, named images)', async () => {
    // A page wrapped in one form (as ASP.NET pages are), with controls named after DOM members.
    document.body.replaceChildren();
    const form = document.createElement('form');
    const nav = document.createElement('p');
    nav.textContent = 'Home · World · Local';
    const article = document.createElement('article');
    for (const text of PARAGRAPHS) {
      const p = document.createElement('p');
      p.textContent = text;
      article.append(p);
    }
    form.append(nav, article);
    const link = document.createElement('link');
    link.rel = 'canonical';
    link.href = 'https://news.example/story';
    document.head.append(link);
    document.body.append(form);
    const extracted = extractArticle(document);
    const text = extracted.map.text;

    const undo: (() => void)[] = [];
    for (const name of ['nodeType', 'ownerDocument', 'textContent', 'localName', 'parentNode']) {
      const input = document.createElement('input');
      input.name = name;
      form.append(input);
      undo.push(clobber(form, name, input));
    }
    const img = document.createElement('img');
    // Not createElementNS or createTextNode: happy-dom calls them on the document itself (a
    // browser does not); the script reads them through the prototype like the rest (Chromium:
    // test/e2e/notes.e2e.test.ts).
    const doc = [
      'createElement',
      'createRange',
      'createTreeWalker',
      'getSelection',
      'caretPositionFromPoint',
      'URL',
      'title',
      'defaultView',
      'documentElement',
      'querySelector',
      'querySelectorAll',
      'addEventListener',
    ];
    try {
      for (const name of doc) undo.push(clobber(document, name, img));
      // Built on this page (its UI is made when the script starts), fed the article as read.
      const { env, sent, pageNotes } = setup([noteOn(text, 'A senior engineer', 'a')]);
      pageNotes.update(extracted);
      await settle();
      const asked = sent[0]?.payload as { article: { canonical?: string; title: string } };
      expect(asked.article.canonical).toBe('https://news.example/story');
      expect(highlightTexts(env.registry.get('whosaid-note'))).toEqual(['A senior engineer']);
      expect(pageNotes.show('a')).toBe(true);

      // A selection from the page's furniture into the article: its common ancestor is the form.
      const selection = Document.prototype.getSelection.call(document);
      const range = new Range();
      range.setStart(nav.firstChild as Text, 2);
      range.setEnd(article.children[1]?.firstChild as Text, 'A senior engineer'.length);
      selection?.removeAllRanges();
      selection?.addRange(range);
      expect(range.commonAncestorContainer).toBe(form);
      expect(pageNotes.noteSelection()).toBe(true);
      // The editor opened on the article's words only: from the article's first character.
      const [active] = [...(env.registry.get('whosaid-note-active') as unknown as Set<Range>)];
      expect(active?.startContainer).toBe(article.children[0]?.firstChild);
      expect(active?.startOffset).toBe(0);
      expect(active?.endContainer).toBe(article.children[1]?.firstChild);
      expect(active?.endOffset).toBe('A senior engineer'.length);
    } finally {
      for (const restore of undo.reverse()) restore();
      link.remove();
    }
  });
});
