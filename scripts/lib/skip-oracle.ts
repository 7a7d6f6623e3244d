/**
 * The oracle of scripts/skip-ceiling.ts: it stands in front of engine functions wrapped by
 * scripts/lib/wrap-functions.ts, notes which calls return nothing, and skips those calls when
 * asked, so that a timed pass shows what a perfect pre-check of those functions would save.
 */

/** Whether `v` is a result that finds nothing: an empty array, null, undefined or false. */
export function empty(v: unknown): boolean {
  return v === null || v === undefined || v === false || (Array.isArray(v) && v.length === 0);
}

/**
 * A call's argument as part of its key: a part's context by where its first token starts, a
 * sentence or a noun phrase by its bounds, a plain value by itself, an array by its length.
 */
export function argKey(a: unknown): string {
  if (a === null || (typeof a !== 'object' && typeof a !== 'function')) return String(a);
  const o = a as Record<string, unknown>;
  if ('tokens' in o && 'sentences' in o) {
    const toks = o.tokens as readonly { start: number }[];
    return `p${toks[0]?.start ?? -1}`;
  }
  if ('first' in o && 'last' in o) return `s${String(o.first)}-${String(o.last)}`;
  if ('head' in o && 'coreEnd' in o)
    return `np${String(o.start)},${String(o.end)},${String(o.head)},${String(o.coreEnd)}`;
  if (Array.isArray(o)) return `[${o.length}]`;
  return '?';
}

/**
 * What the wrapped functions call: in mode `off` it runs them; in `record` it runs them and notes,
 * for each call by its function, text and arguments, whether every such call returned nothing;
 * in `skip` it answers those calls of the `active` functions with that nothing (a new array for
 * an array: a caller may fill the one it gets) without running them.
 */
export class Oracle {
  mode: 'off' | 'record' | 'skip' = 'off';
  /** The functions skipped in `skip` mode. */
  active: ReadonlySet<string> = new Set();
  /** The text being analysed (its index): part of each call's key. */
  text = 0;
  /** By call key: the nothing every call with that key returned, or `SOMETHING`. */
  private readonly noted = new Map<string, unknown>();

  call(name: string, fn: (...a: unknown[]) => unknown, self: unknown, args: unknown[]): unknown {
    // (the key is made in every mode, so that the timed passes pay alike for it)
    const key = `${name}|${this.text}|${args.map(argKey).join('|')}`;
    if (this.mode === 'skip' && this.active.has(name) && this.noted.has(key)) {
      const none = this.noted.get(key);
      if (none !== SOMETHING) return Array.isArray(none) ? [] : none;
    }
    const out = fn.apply(self, args);
    if (this.mode === 'record')
      this.noted.set(key, empty(out) && this.noted.get(key) !== SOMETHING ? out : SOMETHING);
    return out;
  }
}

/** The note of a call key that returned something at least once. */
const SOMETHING = Symbol('something');
