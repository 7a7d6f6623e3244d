/**
 * Imports in steps (see `import.*` in `messages.ts`). A large file cannot
 * travel in one message (browsers cap a message's size, and one huge message
 * freezes the page that sends it), so the options page sends the notes in
 * chunks. They are held here until `commit` writes them all in one
 * transaction: if the worker stops before, nothing was written and the
 * options page says so; the reader's store never holds half a file.
 */
import type { Decision } from '../shared/decisions';
import type { ArticleRecord, Snapshot } from '../shared/export-format';
import type {
  ExtensionPageMessages,
  ImportProgress,
  ImportReport,
  SiteSetting,
} from '../shared/messages';
import type { Note } from '../shared/notes';
import { err, ok, type Result } from '../shared/result';

/** Everything an import brings, once received. */
export interface ImportRecords {
  notes: Note[];
  sites: SiteSetting[];
  articles: ArticleRecord[];
  decisions: Decision[];
  snapshots: Snapshot[];
}

/** How many records of the other kinds an import announced. */
interface Expected {
  articles: number;
  decisions: number;
  snapshots: number;
}

/** One import on its way. */
interface Session {
  total: number;
  expected: Expected;
  sites: SiteSetting[];
  notes: Note[];
  articles: ArticleRecord[];
  decisions: Decision[];
  snapshots: Snapshot[];
  progress: ImportProgress;
  /** Last time the page sent something, for dropping abandoned imports. */
  touched: number;
}

/** An import the page left unfinished this long ago is dropped. */
const ABANDONED_MS = 5 * 60_000;

const GONE = err(
  'import-gone',
  'Who Said was restarted during the import, so nothing was imported. Try again.',
);

type Req<N extends keyof ExtensionPageMessages> = ExtensionPageMessages[N]['req'];

/** The imports on their way, and how they are written. */
export interface ImportSessions {
  begin(req: Req<'import.begin'>): Result<{ importId: string }>;
  add(req: Req<'import.notes'>): Result<{ received: number }>;
  commit(
    importId: string,
    write: (data: ImportRecords, onProgress: (n: number) => void) => Promise<ImportReport>,
  ): Promise<Result<ImportReport>>;
  progress(importId: string): Result<ImportProgress>;
}

/** Creates the holder of imports on their way. `now` and `newId` are replaceable in tests. */
export function importSessions(
  now: () => number = Date.now,
  newId: () => string = () => crypto.randomUUID(),
): ImportSessions {
  const sessions = new Map<string, Session>();
  const find = (id: string): Session | undefined => {
    const session = sessions.get(id);
    if (session) session.touched = now();
    return session;
  };
  return {
    begin({ notes, sites, articles = 0, decisions = 0, snapshots = 0 }) {
      for (const [id, session] of sessions) {
        if (now() - session.touched > ABANDONED_MS) sessions.delete(id);
      }
      const importId = newId();
      sessions.set(importId, {
        total: notes,
        expected: { articles, decisions, snapshots },
        sites,
        notes: [],
        articles: [],
        decisions: [],
        snapshots: [],
        progress: { phase: 'receiving', done: 0, total: notes },
        touched: now(),
      });
      return ok({ importId });
    },

    add({ importId, notes, articles = [], decisions = [], snapshots = [] }) {
      const session = find(importId);
      if (!session || session.progress.phase !== 'receiving') return GONE;
      const over =
        session.articles.length + articles.length > session.expected.articles ||
        session.decisions.length + decisions.length > session.expected.decisions ||
        session.snapshots.length + snapshots.length > session.expected.snapshots;
      if (over || session.notes.length + notes.length > session.total) {
        sessions.delete(importId);
        return err(
          'import-mismatch',
          'The file sent more notes than it announced; nothing was imported.',
        );
      }
      // One by one: spreading a large array into a call can overflow the stack.
      for (const note of notes) session.notes.push(note);
      for (const article of articles) session.articles.push(article);
      for (const decision of decisions) session.decisions.push(decision);
      for (const snapshot of snapshots) session.snapshots.push(snapshot);
      session.progress.done = session.notes.length;
      return ok({ received: session.notes.length });
    },

    async commit(importId, write) {
      const session = find(importId);
      if (!session || session.progress.phase !== 'receiving') return GONE;
      const { expected } = session;
      if (
        session.notes.length !== session.total ||
        session.articles.length !== expected.articles ||
        session.decisions.length !== expected.decisions ||
        session.snapshots.length !== expected.snapshots
      ) {
        sessions.delete(importId);
        return err(
          'import-mismatch',
          'Part of the file did not reach Who Said, so nothing was imported. Try again.',
        );
      }
      session.progress = { phase: 'writing', done: 0, total: session.total };
      try {
        const { notes, sites, articles, decisions, snapshots } = session;
        const report = await write({ notes, sites, articles, decisions, snapshots }, (n) => {
          session.progress.done = n;
        });
        return ok(report);
      } finally {
        sessions.delete(importId);
      }
    },

    progress(importId) {
      const session = find(importId);
      return session ? ok({ ...session.progress }) : GONE;
    },
  };
}
