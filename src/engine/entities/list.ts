/** The entities of a list of findings, for grouping a text's sources. */
import type { Finding, SourceEntity } from '../types';
import { compareEntityIds } from './ids';

/** The distinct source entities of `findings`, in order of first mention (ids ascending). */
export function sourceEntities(findings: readonly Finding[]): SourceEntity[] {
  const seen = new Set<SourceEntity>();
  for (const f of findings) if (f.source?.entity) seen.add(f.source.entity);
  return [...seen].sort((a, b) => compareEntityIds(a.id, b.id));
}
