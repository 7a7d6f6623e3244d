/**
 * The reader's corrections of findings, per article, in the `decisions` store
 * (keyed [article URL, anchor key], so one article's corrections are one key
 * range). One decision per finding: deciding again replaces it.
 */
import { decisionKey, type Decision, type DecisionInput } from '../shared/decisions';
import { err, ok, type Result } from '../shared/result';
import { normalizeUrl } from '../shared/url';
import { articleUrl, LIMITS } from '../shared/validate';
import { articleRange, type Clock, type WhoSaidDb } from './db';

const systemClock: Pick<Clock, 'now'> = { now: () => new Date() };

/** The corrections on one article, oldest first. */
export async function listDecisions(db: WhoSaidDb, url: string): Promise<Decision[]> {
  const decisions = await db.getAll('decisions', articleRange(normalizeUrl(url)));
  return decisions.sort((a, b) =>
    a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0,
  );
}

/**
 * Keeps a correction (already validated) on the article at `url`, replacing
 * an earlier one on the same finding. An article holds at most
 * `LIMITS.decisionsPerArticle` corrections.
 */
export async function putDecision(
  db: WhoSaidDb,
  url: string,
  input: DecisionInput,
  clock: Pick<Clock, 'now'> = systemClock,
): Promise<Result<Decision>> {
  // The limits an import applies, so every export imports again.
  const checked = articleUrl(url);
  if (!checked.ok) return checked;
  const article = checked.value;
  const key = decisionKey(input.anchor);
  const decision: Decision = { ...input, url: article, key, createdAt: clock.now().toISOString() };
  const tx = db.transaction('decisions', 'readwrite');
  const replacing = (await tx.store.getKey([article, key])) !== undefined;
  if (!replacing && (await tx.store.count(articleRange(article))) >= LIMITS.decisionsPerArticle) {
    tx.abort();
    await tx.done.catch(() => undefined);
    return err(
      'too-many-decisions',
      `This article already holds ${LIMITS.decisionsPerArticle} corrections; undo some first.`,
    );
  }
  await tx.store.put(decision);
  await tx.done;
  return ok(decision);
}

/** Removes a correction; returns whether it existed. */
export async function deleteDecision(db: WhoSaidDb, url: string, key: string): Promise<boolean> {
  const tx = db.transaction('decisions', 'readwrite');
  const id: [string, string] = [normalizeUrl(url), key];
  const existed = (await tx.store.getKey(id)) !== undefined;
  if (existed) await tx.store.delete(id);
  await tx.done;
  return existed;
}
