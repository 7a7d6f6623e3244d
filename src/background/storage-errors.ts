/**
 * What can go wrong with the notes' storage, in the reader's words. IndexedDB
 * reports failures as `DOMException`s with a name; the store turns the ones a
 * reader can act on into a `StorageError` (or the router recognises them as
 * they pass), so the popup and options page never just say "Something went
 * wrong" when the disk is full or the browser keeps no storage for add-ons.
 */
import type { ErrorInfo } from '../shared/result';

/** A storage failure with a message for the reader. */
export class StorageError extends Error {
  readonly info: ErrorInfo;
  constructor(info: ErrorInfo) {
    super(info.message);
    this.name = 'StorageError';
    this.info = info;
  }
}

/**
 * Firefox in private browsing ("Never remember history", which makes every
 * window private) gives add-ons no IndexedDB: opening it throws or fails with
 * `InvalidStateError` (or `SecurityError` in some versions).
 */
export const NOTES_UNAVAILABLE: ErrorInfo = {
  code: 'notes-unavailable',
  message:
    'Notes are off here: in private browsing (a private window, or Firefox set to “Never remember history”) the browser gives add-ons no storage. Highlights work as usual; notes, export and import need a normal window.',
};

export const STORAGE_FULL: ErrorInfo = {
  code: 'storage-full',
  message:
    'The browser has no room left to store notes, so this wasn’t saved. Free some disk space (or export and delete old notes), then try again.',
};

export const STORAGE_BLOCKED: ErrorInfo = {
  code: 'storage-blocked',
  message:
    'Who Said is updating where it keeps your notes, but an older Who Said page still has them open. Close the other Who Said tabs and windows, then try again.',
};

export const STORAGE_NEWER: ErrorInfo = {
  code: 'storage-newer',
  message:
    'Your notes were last opened by a newer version of Who Said. Update the extension to reach them.',
};

export const STORAGE_FAILED: ErrorInfo = {
  code: 'storage-failed',
  message:
    'The browser couldn’t open the storage that holds your notes. Restart the browser and try again.',
};

/** The name of a `DOMException` (or anything with a string `name`), else undefined. */
function errorName(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const name = (error as { name?: unknown }).name;
  return typeof name === 'string' ? name : undefined;
}

/** Why opening the database failed, for the reader. */
export function openFailure(error: unknown): StorageError {
  switch (errorName(error)) {
    case 'InvalidStateError':
    case 'SecurityError':
      return new StorageError(NOTES_UNAVAILABLE);
    case 'VersionError':
      return new StorageError(STORAGE_NEWER);
    case 'QuotaExceededError':
      return new StorageError(STORAGE_FULL);
    default:
      return new StorageError(STORAGE_FAILED);
  }
}

/**
 * The reader's words for a storage failure thrown while answering a request,
 * or null when the error is not one the reader can do anything about.
 */
export function storageFailure(error: unknown): ErrorInfo | null {
  if (error instanceof StorageError) return error.info;
  if (errorName(error) === 'QuotaExceededError') return STORAGE_FULL;
  return null;
}
