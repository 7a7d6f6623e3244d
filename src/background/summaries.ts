/**
 * The last summary of each tab, kept in `storage.session` so the popup can
 * show it after the service worker restarted. Session storage lives only
 * while the browser runs and is not readable by content scripts by default.
 * Without `storage.session` nothing is kept and callers ask the page again.
 */
import type { PageSummary } from '../shared/messages';
import { validatePageSummary } from '../shared/validate';
import type { BackgroundBrowser } from './browser-api';

/** Per-tab summaries that survive the service worker. */
export interface SummaryStore {
  get(tabId: number): Promise<PageSummary | null>;
  set(tabId: number, summary: PageSummary): Promise<void>;
  remove(tabId: number): Promise<void>;
}

const keyOf = (tabId: number): string => `summary:${tabId}`;

/** A summary store over `storage.session`, or one that keeps nothing if it is missing. */
export function sessionSummaries(area: BackgroundBrowser['storage']['session']): SummaryStore {
  if (!area) {
    return { get: async () => null, set: async () => undefined, remove: async () => undefined };
  }
  return {
    async get(tabId) {
      const key = keyOf(tabId);
      const stored: Record<string, unknown> = await area.get(key);
      const checked = validatePageSummary(stored[key], 'summary');
      return checked.ok ? checked.value : null;
    },
    async set(tabId, summary) {
      await area.set({ [keyOf(tabId)]: summary });
    },
    async remove(tabId) {
      await area.remove(keyOf(tabId));
    },
  };
}
