/**
 * Importing a file the reader picked: its size is checked before it is read,
 * the whole file is checked before anything is sent, the notes travel to the
 * background in chunks, and the background writes them all in one
 * transaction (all or nothing). Progress is reported at every step. Then the
 * reader's phrases and never-run sites the file carries are added to this
 * browser's settings (see `mergeImportedSettings`).
 */
import { LIMITS } from '../../shared/limits';
import type { Decision } from '../../shared/decisions';
import type { ArticleRecord, Snapshot } from '../../shared/export-format';
import type { ImportChunk, ImportReport } from '../../shared/messages';
import { err, ok, type ErrorInfo, type Result } from '../../shared/result';
import { looksLikeW3C, readW3C } from '../../shared/formats/w3c';
import { readWhoSaidExport } from '../../shared/formats/who-said-json';
import { mergeImportedSettings, type ReaderSettings } from '../../shared/settings';
import { checkImportSize } from '../../shared/validate';
import type { Client } from '../messaging';

/** What the page can say while an import runs. */
export interface ImportStep {
  phase: 'reading' | 'sending' | 'writing';
  /** Notes sent or written so far (0 while reading). */
  done: number;
  total: number;
}

/** The part of a `File` an import reads. */
export interface PickedFile {
  size: number;
  text(): Promise<string>;
}

/** Characters of article text sent in one message at most (a message has a size limit). */
const SNAPSHOT_CHARS_PER_CHUNK = 8_000_000;

/** Articles, corrections and article texts in chunks a message can carry. */
function* chunksOf(
  articles: ArticleRecord[],
  decisions: Decision[],
  snapshots: Snapshot[],
): Generator<Pick<ImportChunk, 'articles' | 'decisions' | 'snapshots'>> {
  for (let i = 0; i < articles.length; i += LIMITS.importChunk) {
    yield { articles: articles.slice(i, i + LIMITS.importChunk) };
  }
  for (let i = 0; i < decisions.length; i += LIMITS.importChunk) {
    yield { decisions: decisions.slice(i, i + LIMITS.importChunk) };
  }
  let part: Snapshot[] = [];
  let chars = 0;
  for (const snapshot of snapshots) {
    if (
      part.length > 0 &&
      (part.length >= LIMITS.importSnapshotChunk ||
        chars + snapshot.text.length > SNAPSHOT_CHARS_PER_CHUNK)
    ) {
      yield { snapshots: part };
      part = [];
      chars = 0;
    }
    part.push(snapshot);
    chars += snapshot.text.length;
  }
  if (part.length > 0) yield { snapshots: part };
}

/** What an import did: the notes' report, and what it added to the reader's settings. */
export interface ImportOutcome extends ImportReport {
  /** The reader's phrases and never-run sites the file added. */
  phrases: number;
  sites: number;
  /** Why the file's settings could not be added, when the notes were imported all the same. */
  settingsProblem?: string;
}

/** Adds a file's phrases and sites to the stored settings; what was added, or why not. */
async function addSettings(
  client: Client,
  file: ReaderSettings | undefined,
): Promise<Pick<ImportOutcome, 'phrases' | 'sites' | 'settingsProblem'>> {
  const none = { phrases: 0, sites: 0 };
  if (file === undefined) return none;
  const current = await client.request('settings.get', {});
  if (!current.ok) return { ...none, settingsProblem: current.error.message };
  const merged = mergeImportedSettings(current.value, file);
  if (merged.phrases === 0 && merged.sites === 0) return none;
  const stored = await client.request('settings.set', { settings: merged.settings });
  if (!stored.ok) return { ...none, settingsProblem: stored.error.message };
  return { phrases: merged.phrases, sites: merged.sites };
}

/** What to do about the words of the export buttons. */
const EXPORT_AGAIN = 'Choose a file saved with one of the Export buttons on this page.';

/**
 * Why a file that is not JSON cannot be imported, and what to do: an empty file, one that starts
 * as JSON but was cut off (a download or a copy that did not finish), or another kind of file.
 */
export function notJson(text: string): string {
  const t = text.trim();
  if (t === '') return `This file is empty. ${EXPORT_AGAIN}`;
  if (t.startsWith('{') || t.startsWith('['))
    return 'This file is cut off or damaged: it starts as JSON but does not end as JSON. Export again where it was made, then import the new file.';
  return `This file isn’t a Who Said export (it isn’t JSON). ${EXPORT_AGAIN}`;
}

/** A file that is JSON but not ours: what went wrong, then which file to choose instead. */
function withWhatToDo(error: ErrorInfo): Result<never> {
  return err(
    error.code,
    error.code === 'not-an-export' ? `${error.message} ${EXPORT_AGAIN}` : error.message,
  );
}

/** How often the page asks how far the writing is. */
const POLL_MS = 150;

/** Imports `file`; `onStep` hears every step. */
export async function importFile(
  client: Client,
  file: PickedFile,
  onStep: (step: ImportStep) => void,
  pollMs = POLL_MS,
): Promise<Result<ImportOutcome>> {
  const size = checkImportSize(file.size);
  if (!size.ok) return size;
  onStep({ phase: 'reading', done: 0, total: 0 });
  let data: unknown;
  const text = await file.text();
  try {
    data = JSON.parse(text);
  } catch {
    return err('not-an-export', notJson(text));
  }
  // The whole file is checked here first (ours of any version, or our W3C export), so a bad
  // note is named in the reader's words before anything is sent; the background checks
  // each chunk again.
  const checked = looksLikeW3C(data) ? readW3C(data, new Date()) : readWhoSaidExport(data);
  if (!checked.ok) return withWhatToDo(checked.error);
  const { notes, sites, articles, decisions, snapshots, settings } = checked.value;
  const total = notes.length;

  const begun = await client.request('import.begin', {
    notes: total,
    sites,
    // Only what the file has: a file of notes alone (versions 1 and 2) announces notes alone.
    ...(articles.length > 0 ? { articles: articles.length } : {}),
    ...(decisions.length > 0 ? { decisions: decisions.length } : {}),
    ...(snapshots.length > 0 ? { snapshots: snapshots.length } : {}),
  });
  if (!begun.ok) return begun;
  const { importId } = begun.value;
  onStep({ phase: 'sending', done: 0, total });
  for (let start = 0; start < total; start += LIMITS.importChunk) {
    const chunk = notes.slice(start, start + LIMITS.importChunk);
    const sent = await client.request('import.notes', { importId, notes: chunk });
    if (!sent.ok) return sent;
    onStep({ phase: 'sending', done: sent.value.received, total });
  }
  for (const part of chunksOf(articles, decisions, snapshots)) {
    const sent = await client.request('import.notes', { importId, notes: [], ...part });
    if (!sent.ok) return sent;
  }

  onStep({ phase: 'writing', done: 0, total });
  let finished = false;
  const committed = client.request('import.commit', { importId }).finally(() => {
    finished = true;
  });
  while (!finished) {
    await Promise.race([committed, new Promise((resolve) => setTimeout(resolve, pollMs))]);
    if (finished) break;
    const progress = await client.request('import.progress', { importId });
    if (!finished && progress.ok && progress.value.phase === 'writing') {
      onStep({ phase: 'writing', done: progress.value.done, total });
    }
  }
  const report = await committed;
  if (!report.ok) return report;
  return ok({ ...report.value, ...(await addSettings(client, settings)) });
}
