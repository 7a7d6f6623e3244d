/**
 * The popup's data hook: loads the tab, its analysis, its notes and the site
 * setting, and exposes the actions. Display components only receive its
 * state and callbacks.
 */
import { useCallback, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { FINDING_KINDS, type FindingKind } from '../../engine/types';
import type { Decision } from '../../shared/decisions';
import { articleNotesMarkdown } from '../../shared/formats/markdown';
import { toW3C } from '../../shared/formats/w3c';
import { DEFAULT_SCHEME, type SchemeName, type StyleVariant } from '../../shared/highlight-styles';
import type { PageLedger } from '../../shared/ledger';
import type { NoteAnchorState, PageSummary, SiteSetting, TabNotes } from '../../shared/messages';
import { positionOf, quoteOf, type Note } from '../../shared/notes';
import { onNeverRunSite } from '../../shared/settings';
import { isPageUrl, webOrigin } from '../../shared/url';
import { slug } from '../download';
import type { Revealed } from './ledger';
import { errorStatus, useDeleteNote, useEditNote } from '../note-edit';
import type { PopupEnv, TabInfo } from './popup-env';

/** A line of feedback for the reader, with an action such as Undo. */
export interface Status {
  tone: 'info' | 'error';
  text: string;
  action?: { label: string; run(): void };
  /**
   * The part of a long page where the reader acted, when the line should show there rather than
   * at the top (the options page's export and import buttons sit below 50 notes).
   */
  near?: 'backup';
}

/** Characters of the old text shown on each side of a passage as it was. */
const WAS_CONTEXT = 90;

/** The passage in an old copy of the article, with a little of what stood around it. */
export function passageAsItWas(text: string, note: Note): string | null {
  const quote = quoteOf(note);
  const position = positionOf(note);
  if (quote === undefined) return null;
  const start =
    position && text.slice(position.start, position.end) === quote.exact
      ? position.start
      : text.indexOf(quote.exact);
  if (start < 0) return quote.exact;
  const end = start + quote.exact.length;
  const from = Math.max(0, start - WAS_CONTEXT);
  const to = Math.min(text.length, end + WAS_CONTEXT);
  const clip = text.slice(from, to).replace(/\s+/g, ' ').trim();
  return `${from > 0 ? '…' : ''}${clip}${to < text.length ? '…' : ''}`;
}

export interface PopupState {
  /** Still finding the tab. */
  loading: boolean;
  tab: TabInfo | null;
  summary: PageSummary | null;
  running: boolean;
  /** The article the notes belong to, once known. */
  articleUrl: string | null;
  title: string;
  /** What is known of the article (site, byline), once notes were asked for. */
  article: TabNotes['article'] | null;
  notes: Note[];
  /** Where each note stands in the page now. */
  anchors: ReadonlyMap<string, NoteAnchorState>;
  /** The article text's fingerprint in the page now. */
  fingerprint: string | null;
  /** The site setting; null when the page is not a web page. */
  site: SiteSetting | null;
  status: Status | null;
  /** The article's sources, once the page is analysed. */
  ledger: PageLedger | null;
  /** The claim the page shows after a click in the ledger. */
  revealed: Revealed | null;
  /** The reader's corrections on this article. */
  decisions: Decision[];
  /** Kinds switched off in the options. */
  off: FindingKind[];
  /** The reader's colour scheme, for the legend. */
  scheme: SchemeName;
  /** The reader asked Who Said never to run on this site. */
  blocked: boolean;
  /** Why notes cannot be kept for this page (private browsing, an address too long), if so. */
  notesOff: string | null;
  /** How this browser paints highlights, for the legend; null until known. */
  variant: StyleVariant | null;
}

export interface PopupActions {
  run(): void;
  toggleHighlights(): void;
  /** Call straight from the change handler: turning on asks the browser for access. */
  setAlwaysOn(on: boolean): void;
  /** Resolves true when saved, so the form can clear itself. */
  saveNote(body: string, tags: string[]): Promise<boolean>;
  /** Resolves true when saved; a stale edit is refused in words and resolves false. */
  editNote(note: Note, body: string, tags: string[]): Promise<boolean>;
  deleteNote(note: Note): void;
  showNote(note: Note): void;
  loadOriginal(note: Note): Promise<string | null>;
  /** Copies this article's notes as Markdown. */
  copyMarkdown(): void;
  /** Downloads this article's notes: Who Said JSON, W3C Web Annotation or Markdown. */
  exportArticle(format: 'json' | 'w3c' | 'markdown'): void;
  /** Shows a source's next claim in the page (or its claim number `claim`). */
  reveal(entry: string, claim?: number): void;
  /** Undoes a correction, on the page at once. */
  undoDecision(key: string): void;
  /** Takes this site off the "never run" list and reads the page. */
  allowHere(): void;
}

const count = new Intl.NumberFormat();

function doneText(summary: PageSummary): string {
  if (summary.textLength === 0) return 'No article text found on this page.';
  const read = `Read ${count.format(summary.textLength)} characters of article text.`;
  if (summary.painted === undefined) return read;
  // A very long page: only so many highlights are painted at once (src/content/painter.ts).
  const total = Object.values(summary.counts).reduce((a, b) => a + b, 0);
  return (
    `${read} This page is very long, so only part of it is highlighted: ` +
    `${count.format(summary.painted)} of ${count.format(total)} findings, from where you were reading.`
  );
}

/** Errors that mean no note can be kept for this page at all. */
const NOTES_OFF = new Set(['notes-unavailable', 'url-too-long']);

/** Loads everything the popup shows and returns it with the actions. */
export function usePopup(env: PopupEnv): PopupState & PopupActions {
  const { client } = env;
  const [state, setState] = useState<PopupState>({
    loading: true,
    tab: null,
    summary: null,
    running: false,
    articleUrl: null,
    title: '',
    article: null,
    notes: [],
    anchors: new Map(),
    fingerprint: null,
    site: null,
    status: null,
    ledger: null,
    revealed: null,
    decisions: [],
    off: [],
    scheme: DEFAULT_SCHEME,
    blocked: false,
    notesOff: null,
    variant: null,
  });
  // The latest state, updated synchronously with every change, so async actions
  // read what is true now rather than what the last render saw.
  const current = useRef(state);
  const update = useCallback((patch: Partial<PopupState>) => {
    current.current = { ...current.current, ...patch };
    setState(current.current);
  }, []);

  /** This article's notes and where each stands in the page (asked again after each analysis). */
  const loadNotes = useCallback(async () => {
    const tab = current.current.tab;
    if (!tab) return;
    const result = await client.request('tab.notes', { tabId: tab.id });
    if (!result.ok) {
      // Notes that cannot be kept here are said in the notes section, not as a failure.
      if (NOTES_OFF.has(result.error.code)) update({ notesOff: result.error.message });
      return;
    }
    const { article, notes, anchors, fingerprint } = result.value;
    update({
      notesOff: null,
      articleUrl: article.url,
      article,
      notes,
      fingerprint,
      anchors: new Map(anchors.map((a) => [a.id, a])),
    });
  }, [client, update]);

  const loadArticle = useCallback(
    async (url: string) => {
      // Browser pages and the like have no notes and no site setting.
      if (!isPageUrl(url)) return;
      // The page's address at once, so a note can be written while its notes load; the
      // article's own key (its canonical address) replaces it when they arrive.
      if (current.current.articleUrl === null) update({ articleUrl: url });
      const origin = webOrigin(url);
      const [, site] = await Promise.all([
        loadNotes(),
        origin ? client.request('site.get', { origin }) : Promise.resolve(null),
      ]);
      update({
        articleUrl: current.current.articleUrl ?? url,
        site: site?.ok ? site.value : origin ? { origin, alwaysOn: false } : null,
      });
    },
    [client, update, loadNotes],
  );

  /** The ledger, the corrections and the kinds switched off: extras that never block the counts. */
  const loadExtras = useCallback(
    async (tabId: number, url: string) => {
      const [ledger, decisions, settings] = await Promise.all([
        client.request('tab.ledger', { tabId }),
        isPageUrl(url) ? client.request('decisions.list', { url }) : Promise.resolve(null),
        client.request('settings.get', {}),
      ]);
      update({
        ledger: ledger.ok ? ledger.value : null,
        revealed: null,
        ...(decisions?.ok ? { decisions: decisions.value } : {}),
        ...(settings.ok
          ? {
              off: FINDING_KINDS.filter((k) => !settings.value.kinds[k]),
              scheme: settings.value.scheme,
            }
          : {}),
      });
    },
    [client, update],
  );

  const analyse = useCallback(
    async (tabId: number) => {
      update({ running: true, status: { tone: 'info', text: 'Reading the article…' } });
      const result = await client.request('tab.run', { tabId });
      if (!result.ok) {
        update({
          running: false,
          status: errorStatus(result.error),
          blocked: result.error.code === 'never-run',
        });
        return;
      }
      const summary = result.value;
      update({
        running: false,
        blocked: false,
        summary,
        title: summary.title || current.current.title,
        status: { tone: 'info', text: doneText(summary) },
      });
      if (current.current.articleUrl === null) await loadArticle(summary.url);
      // Where the notes stand after this analysis, and the ledger of what it found.
      await Promise.all([
        current.current.articleUrl === null ? loadArticle(summary.url) : loadNotes(),
        loadExtras(tabId, summary.url),
      ]);
    },
    [client, update, loadArticle, loadNotes, loadExtras],
  );

  // A layout effect: it runs right after the first render, not after the first paint, and
  // the analysis a toolbar click asks for starts here.
  useLayoutEffect(() => {
    let cancelled = false;
    void env.highlightVariant().then((variant) => {
      if (!cancelled) update({ variant });
    });
    void (async () => {
      const tab = await env.currentTab();
      if (cancelled) return;
      if (!tab) {
        update({
          loading: false,
          status: { tone: 'error', text: 'Who Said couldn’t find the tab to work on.' },
        });
        return;
      }
      update({ loading: false, tab, title: tab.title ?? '' });
      // Notes and the site setting load meanwhile; the analysis (what the click waits for)
      // waits only for the tab's last summary, a read of session storage.
      const article = tab.url ? loadArticle(tab.url) : Promise.resolve();
      const previous = await client.request('tab.summary', { tabId: tab.id });
      if (cancelled) return;
      // The reader turned the highlights off earlier: show the counts, keep them off.
      if (previous.ok && previous.value && !previous.value.highlighted) {
        update({
          summary: previous.value,
          title: previous.value.title || current.current.title,
          status: { tone: 'info', text: 'Highlights are off.' },
        });
        if (!tab.url) await loadArticle(previous.value.url);
        await loadExtras(tab.id, previous.value.url);
        return;
      }
      // Show what is known at once; the fresh analysis replaces it in a moment.
      if (previous.ok && previous.value) update({ summary: previous.value });
      await Promise.all([analyse(tab.id), article]);
    })();
    return () => {
      cancelled = true;
    };
  }, [env, client, update, loadArticle, loadExtras, analyse]);

  const run = useCallback(() => {
    const { tab, running } = current.current;
    if (tab && !running) void analyse(tab.id);
  }, [analyse]);

  const toggleHighlights = useCallback(() => {
    const { tab, summary, running } = current.current;
    if (!tab || running) return;
    if (summary?.highlighted) {
      void (async () => {
        const result = await client.request('tab.clear', { tabId: tab.id });
        if (!result.ok) return update({ status: errorStatus(result.error) });
        const latest = current.current.summary;
        update({
          summary: latest ? { ...latest, highlighted: false } : null,
          status: { tone: 'info', text: 'Highlights are off.' },
        });
      })();
    } else {
      void analyse(tab.id);
    }
  }, [client, update, analyse]);

  const setAlwaysOn = useCallback(
    (on: boolean) => {
      const site = current.current.site;
      if (!site) return;
      // Asked first and synchronously: the browser only shows its prompt during the click.
      const access = on ? env.requestSiteAccess(site.origin) : Promise.resolve(true);
      void (async () => {
        let granted: boolean;
        try {
          granted = await access;
        } catch {
          granted = false;
        }
        if (!granted) {
          update({
            site: { ...site, alwaysOn: false },
            status: {
              tone: 'error',
              text: 'Access to this site wasn’t given, so Who Said won’t start by itself here.',
            },
          });
          return;
        }
        const result = await client.request('site.set', { origin: site.origin, alwaysOn: on });
        if (!result.ok) {
          update({ status: errorStatus(result.error) });
          return;
        }
        const host = new URL(site.origin).host;
        update({
          site: result.value,
          status: {
            tone: 'info',
            text: result.value.alwaysOn
              ? `Who Said will run by itself on ${host}.`
              : `Who Said will only run on ${host} when you ask.`,
          },
        });
      })();
    },
    [env, client, update],
  );

  /** Tells the page its notes changed here, so its highlights follow. */
  const syncPage = useCallback(() => {
    const tab = current.current.tab;
    if (tab) void client.request('tab.syncNotes', { tabId: tab.id }).then(() => loadNotes());
  }, [client, loadNotes]);

  // The id of the note being written, chosen before its first save attempt and kept
  // until one succeeds: a retry after a lost answer is the same write, never a second note.
  const draftId = useRef<string | null>(null);

  const saveNote = useCallback(
    async (body: string, tags: string[]): Promise<boolean> => {
      const { articleUrl, title } = current.current;
      if (!articleUrl) {
        update({
          status: { tone: 'error', text: 'Run Who Said on the page before adding a note.' },
        });
        return false;
      }
      draftId.current ??= env.newId();
      const result = await client.request('notes.save', {
        note: { id: draftId.current, url: articleUrl, title, body, tags },
      });
      if (!result.ok) {
        update({ status: errorStatus(result.error) });
        // The first attempt went through after all: show what is stored.
        if (result.error.code === 'stale') await loadNotes();
        return false;
      }
      draftId.current = null;
      update({
        notes: [result.value, ...current.current.notes.filter((n) => n.id !== result.value.id)],
        status: { tone: 'info', text: 'Note saved.' },
      });
      return true;
    },
    [env, client, update, loadNotes],
  );

  const editNote = useEditNote(client, current, update, syncPage);

  const deleteNote = useDeleteNote(
    client,
    current,
    update,
    syncPage,
    useCallback(
      (note: Note) => {
        update({
          notes: [note, ...current.current.notes.filter((n) => n.id !== note.id)].sort((a, b) =>
            a.createdAt < b.createdAt ? 1 : -1,
          ),
        });
        syncPage();
      },
      [update, syncPage],
    ),
  );

  const showNote = useCallback(
    (note: Note) => {
      const tab = current.current.tab;
      if (!tab) return;
      void client.request('tab.showNote', { tabId: tab.id, id: note.id }).then((result) => {
        if (!result.ok) update({ status: errorStatus(result.error) });
      });
    },
    [client, update],
  );

  const loadOriginal = useCallback(
    async (note: Note): Promise<string | null> => {
      const quote = quoteOf(note)?.exact ?? null;
      if (!note.articleFingerprint) return quote;
      const result = await client.request('article.snapshot', {
        url: note.url,
        fingerprint: note.articleFingerprint,
      });
      if (!result.ok || result.value === null) return quote;
      return passageAsItWas(result.value.text, note);
    },
    [client],
  );

  const markdown = useCallback((): string | null => {
    const { article, articleUrl, title, notes } = current.current;
    const url = article?.url ?? articleUrl;
    if (!url) return null;
    return articleNotesMarkdown({ ...(article ?? {}), url, title: article?.title || title }, notes);
  }, []);

  const copyMarkdown = useCallback(() => {
    const text = markdown();
    if (text === null) return;
    void env.copy(text).then(
      () => update({ status: { tone: 'info', text: 'Notes copied as Markdown.' } }),
      () =>
        update({
          status: { tone: 'error', text: 'The notes couldn’t be copied. Try Download instead.' },
        }),
    );
  }, [env, update, markdown]);

  const exportArticle = useCallback(
    (format: 'json' | 'w3c' | 'markdown') => {
      const { article, articleUrl, title } = current.current;
      const url = article?.url ?? articleUrl;
      if (!url) return;
      const name = `who-said-${slug(article?.title || title)}`;
      if (format === 'markdown') {
        env.download(`${name}.md`, markdown() ?? '', 'text/markdown');
        return;
      }
      void (async () => {
        const result = await client.request('data.export', { url });
        if (!result.ok) return update({ status: errorStatus(result.error) });
        const body =
          format === 'w3c'
            ? toW3C(result.value, `Who Said notes on ${article?.title || title}`)
            : result.value;
        env.download(
          `${name}${format === 'w3c' ? '.jsonld' : '.json'}`,
          `${JSON.stringify(body, null, 2)}\n`,
          format === 'w3c' ? 'application/ld+json' : 'application/json',
        );
      })();
    },
    [env, client, update, markdown],
  );

  const reveal = useCallback(
    (entry: string, claim?: number) => {
      const { tab, revealed } = current.current;
      if (!tab) return;
      const next =
        claim ?? (revealed?.entry === entry ? (revealed.claim + 1) % revealed.claims : 0);
      void (async () => {
        const result = await client.request('tab.reveal', { tabId: tab.id, entry, claim: next });
        if (!result.ok) return update({ status: errorStatus(result.error) });
        update({ revealed: { entry, ...result.value } });
      })();
    },
    [client, update],
  );

  const undoDecision = useCallback(
    (key: string) => {
      // Corrections are kept by the page's address (the notes by the article's canonical one).
      const { tab, summary } = current.current;
      const url = summary?.url ?? tab?.url;
      if (!tab || !url) return;
      void (async () => {
        const result = await client.request('decisions.delete', { url, key });
        if (!result.ok) return update({ status: errorStatus(result.error) });
        update({
          decisions: current.current.decisions.filter((d) => d.key !== key),
          status: { tone: 'info', text: 'Correction undone.' },
        });
        // The page shows the finding again at once; the counts follow.
        const refreshed = await client.request('tab.refresh', { tabId: tab.id });
        if (refreshed.ok && refreshed.value) update({ summary: refreshed.value });
        await loadExtras(tab.id, url);
      })();
    },
    [client, update, loadExtras],
  );

  const allowHere = useCallback(() => {
    const { tab } = current.current;
    const url = tab?.url ?? current.current.summary?.url;
    if (!tab) return;
    void (async () => {
      const settings = await client.request('settings.get', {});
      if (!settings.ok) return update({ status: errorStatus(settings.error) });
      const neverRun = url
        ? settings.value.neverRun.filter((host) => !onNeverRunSite([host], url))
        : settings.value.neverRun;
      const saved = await client.request('settings.set', {
        settings: { ...settings.value, neverRun },
      });
      if (!saved.ok) return update({ status: errorStatus(saved.error) });
      update({ blocked: false });
      await analyse(tab.id);
    })();
  }, [client, update, analyse]);

  return {
    ...state,
    run,
    toggleHighlights,
    setAlwaysOn,
    saveNote,
    editNote,
    deleteNote,
    showNote,
    loadOriginal,
    copyMarkdown,
    exportArticle,
    reveal,
    undoDecision,
    allowHere,
  };
}
