/**
 * Facts about a word that take a scan of the whole text part (`the council` speaks somewhere in
 * it; `Republicans` is never written in lowercase in it): computed once per part and word, since
 * a part asks about the same words again and again.
 */
import type { Context } from './context';

/** One kind of fact, by text part and word. */
export class WordFacts {
  private readonly byPart = new WeakMap<Context, Map<string, boolean>>();

  /** The fact about `word` in `ctx`: `scan()` the first time it is asked, the kept answer after. */
  get(ctx: Context, word: string, scan: () => boolean): boolean {
    let known = this.byPart.get(ctx);
    if (!known) this.byPart.set(ctx, (known = new Map()));
    let fact = known.get(word);
    if (fact === undefined) {
      fact = scan();
      known.set(word, fact);
    }
    return fact;
  }
}
