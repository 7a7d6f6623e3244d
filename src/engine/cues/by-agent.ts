/** The agent of a passive or a cue noun: `was disclosed last week by officials`, `assertions by the ministry`. */
import type { Context } from '../context';
import { isAdverb, isTimeWord } from '../context';
import { agentiveNoun, ruleWords } from '../lexicon';
import { headClass } from '../phrase/head-class';
import { namedness } from '../phrase/namedness';
import { phraseStartingAt } from '../phrase/phrase-starting';
import type { Sentence } from '../sentences';
import type { SourcePhrase } from '../subject/result';

/** The agent of a passive: `was disclosed last week by officials`. */
export function byAgent(ctx: Context, s: Sentence, vEnd: number): SourcePhrase | null {
  const toks = ctx.tokens;
  let k = vEnd;
  // whether a prepositional phrase was skipped: then only an actor is the agent
  let skipped = false;
  for (let guard = 0; guard < 5 && k < s.last; guard++) {
    const w = toks[k]!;
    if (w.lower === 'by') {
      const first = toks[k + 1];
      if (!first || isTimeWord(first) || first.kind === 'num') return null;
      // "were told by letter", "notified by email": a means, not an agent
      if (byMeans(ctx, k + 1)) return null;
      if (first.lower === 'the' && toks[k + 2] && isTimeWord(toks[k + 2])) return null;
      const np = phraseStartingAt(ctx, k + 1, s.last, true);
      if (!np) return null;
      // "accused by lawmakers of misleading parliament": the of-gerund is the charge
      for (let q = np.coreEnd; q + 1 < np.end; q++)
        if (
          toks[q]!.lower === 'of' &&
          /[a-z]{3}ing$/.test(toks[q + 1]!.lower) &&
          !ctx.name[q + 1]
        ) {
          np.end = q;
          break;
        }
      if (skipped && !actorHead(ctx, np.head)) return null;
      return { np, named: namedness(ctx, np) };
    }
    // "was confirmed to the Ledger by two employees", "had been told about the sale by
    // journalists": the audience or topic of the cue before its agent
    if (!skipped && PP_BEFORE_AGENT.has(w.lower)) {
      const pp = phraseStartingAt(ctx, k + 1, s.last, false, 3);
      if (pp && toks[pp.end]?.lower === 'by') {
        skipped = true;
        k = pp.end;
        continue;
      }
      return null;
    }
    // "confirmed on Tuesday by", "reported in March by": a time phrase before the agent
    const n = toks[k + 1];
    if (
      (w.lower === 'on' || w.lower === 'in' || w.lower === 'at') &&
      n &&
      (isTimeWord(n) || n.kind === 'num')
    ) {
      k += 2;
      continue;
    }
    if (
      isAdverb(w) ||
      w.lower === 'so' ||
      w.lower === 'too' ||
      isTimeWord(w) ||
      w.lower === 'last' ||
      w.lower === 'this' ||
      w.lower === 'as' ||
      w.lower === 'early'
    ) {
      k++;
      continue;
    }
    break;
  }
  return null;
}

/** Prepositions of a cue's audience or topic, which may stand before its agent. */
const PP_BEFORE_AGENT: ReadonlySet<string> = new Set(['about', 'of', 'to']);

/** Whether token `k` heads a phrase for a person, body or name (`journalists`, `Acme`). */
function actorHead(ctx: Context, k: number): boolean {
  const cls = headClass(ctx, k);
  return (
    ctx.name[k] === 1 ||
    cls === 'role' ||
    cls === 'occupation' ||
    cls === 'person' ||
    cls === 'title' ||
    cls === 'organisation' ||
    agentiveNoun(ctx.tokens[k]!.lower)
  );
}

/** Bare nouns of means and manner after `by`: `by email`, `by phone`, `by hand`. */
const BY_NOT_AGENT = ruleWords('byNotAgent');

/**
 * Whether the word at `k`, after `by`, opens a means, manner or measure (`by email`, `by some
 * 20 percent`, `by some accounts`), not an agent; `some` before an actor is a vague agent: "was
 * criticized by some lawmakers".
 */
export function byMeans(ctx: Context, k: number): boolean {
  const w = ctx.tokens[k];
  if (!w || !BY_NOT_AGENT.has(w.lower)) return false;
  return !(w.lower === 'some' && ctx.tokens[k + 1] && actorHead(ctx, k + 1));
}
