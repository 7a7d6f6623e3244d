/** The agent of a passive or a cue noun: `was disclosed last week by officials`, `assertions by the ministry`. */
import type { Context } from '../context';
import { isAdverb, isOpenQuote, isQuote, isTimeWord } from '../context';
import { agentiveNoun, F, ruleWords } from '../lexicon';
import { headClass } from '../phrase/head-class';
import { namedness } from '../phrase/namedness';
import { phraseStartingAt } from '../phrase/phrase-starting';
import type { Sentence } from '../sentences';
import type { SourcePhrase } from '../subject/result';
import { nameApposition } from '../unnamed/appositions';

/**
 * The length of a repeated adverbial at `k` ("over and over", "again and again", "time and
 * again"), or 0.
 */
export function repeatedAdverbial(ctx: Context, k: number): number {
  const toks = ctx.tokens;
  const w = toks[k]?.lower;
  const last = toks[k + 2]?.lower;
  if (!w || toks[k + 1]?.lower !== 'and' || !last) return 0;
  return (w === last && REPEATED.has(w)) || (w === 'time' && last === 'again') ? 3 : 0;
}

/** Words doubled around `and` for repetition: `over and over`, `again and again`. */
const REPEATED: ReadonlySet<string> = new Set(['again', 'on', 'over']);

/** The agent of a passive: `was disclosed last week by officials`. */
export function byAgent(ctx: Context, s: Sentence, vEnd: number): SourcePhrase | null {
  const toks = ctx.tokens;
  let k = vEnd;
  // whether a prepositional phrase was skipped: then only an actor is the agent
  let skipped = false;
  for (let guard = 0; guard < 5 && k < s.last; guard++) {
    const w = toks[k]!;
    // ("has been restated over and over by the sector": a repeated adverbial before the agent)
    const repeated = repeatedAdverbial(ctx, k);
    if (repeated > 0) {
      k += repeated;
      continue;
    }
    // "was accused of “misleading MPs” by the opposition", "was flagged as “high risk” by an
    // inspector": a quoted charge or label before the agent (an actor only)
    const quoted = quotedThenBy(ctx, w.lower === 'of' ? k + 1 : k, s.last);
    if (quoted >= 0) {
      skipped = true;
      k = quoted;
      continue;
    }
    if (w.lower === 'by') {
      const first = toks[k + 1];
      if (!first || isTimeWord(first) || first.kind === 'num') return null;
      // "were told by letter", "notified by email": a means, not an agent; "by some 20
      // percent" a measure (but "by some lawmakers": some people)
      if (byMeans(ctx, k + 1, s.last)) return null;
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
      // "criticised by supporters for a lack of investment", "praised by actors for his style":
      // a `for` with no actor after it gives the reason, not the agent's side ("a lawyer for
      // the family", "a spokesman for Acme" keep theirs)
      for (let q = np.coreEnd; q + 1 < np.end; q++)
        if (toks[q]!.lower === 'for' && reasonFor(ctx, q + 1, np.end)) {
          np.end = q;
          break;
        }
      if (skipped && !actorHead(ctx, np.head)) return null;
      // ("by a consumer group, Datawacht,": a name in apposition names the agent)
      return { np, named: namedness(ctx, np) || nameApposition(ctx, s, np) };
    }
    // "was confirmed to the Ledger by two employees", "had been told about the sale by
    // journalists": the audience or topic of the cue before its agent
    // ("was confirmed to reporters on Tuesday by a spokesman": a time phrase may follow it)
    if (!skipped && PP_BEFORE_AGENT.has(w.lower)) {
      const pp = phraseStartingAt(ctx, k + 1, s.last, false, 3);
      if (pp && (toks[pp.end]?.lower === 'by' || timeThenBy(ctx, pp.end, s.last))) {
        skipped = true;
        k = pp.end;
        continue;
      }
      return null;
    }
    // "were first raised on the forum PubReview by an anonymous user", "was criticised in
    // parliament by opposition MPs": where the cue was made, then its agent (an actor only)
    if (!skipped && PLACE_BEFORE_AGENT.has(w.lower) && !isTimeWord(toks[k + 1])) {
      const pp = phraseStartingAt(ctx, k + 1, s.last, false, 3);
      if (pp && toks[pp.end]?.lower === 'by') {
        skipped = true;
        k = pp.end;
        continue;
      }
    }
    // "confirmed on Tuesday by", "reported in March by": a time phrase before the agent
    const n = toks[k + 1];
    if (
      (w.lower === 'on' || w.lower === 'in' || w.lower === 'at') &&
      n &&
      (isTimeWord(n) || n.kind === 'num')
    ) {
      k += 2;
      // "was put at 61% by the office", "was estimated at 40 percent by analysts": a measure
      while (k < s.last && MEASURE_UNITS.has(toks[k]!.lower)) k++;
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

/**
 * Whether the word at `k`, right after `by`, opens a means, manner or measure (`by email`, `by
 * some 20 percent`, `by excluding councils`), not an agent: one of `byNotAgent`, unless `some`
 * counts people or bodies (`by some lawmakers`), or a gerund. Read by the passive scan too
 * (agentless.ts).
 */
export function byMeans(ctx: Context, k: number, limit: number): boolean {
  return (BY_NOT_AGENT.has(ctx.tokens[k]!.lower) && !someActors(ctx, k, limit)) || byGerund(ctx, k);
}

/**
 * Whether the word at `k` after `by` is a gerund with its object, a means ("will be reduced by
 * excluding such bodies", "was cut by selling two hotels"); not a name, `something`, or a
 * modifier ("hit by rising fuel costs") or noun ("explained by coding") that may be a cause.
 */
function byGerund(ctx: Context, k: number): boolean {
  const w = ctx.tokens[k]!;
  if (w.kind !== 'word' || w.lower.length <= 5 || !w.lower.endsWith('ing') || ctx.name[k])
    return false;
  if (w.lower.endsWith('thing')) return false;
  const o = ctx.tokens[k + 1];
  // (its object opens on a determiner, number or `such`: "by excluding such bodies")
  return (
    !!o && (o.kind === 'num' || (o.f & (F.DET | F.PRON | F.QUANT)) !== 0 || o.lower === 'such')
  );
}

/**
 * Whether `some` at token `k` counts people or bodies: `by some lawmakers`, `by some of the
 * banks`, `by another person familiar with the talks`, `by nearly 40 residents` (not `by some 20
 * percent`, `by some margin`, `by another 5 percent`).
 */
function someActors(ctx: Context, k: number, limit: number): boolean {
  if (!COUNTING_WORDS.has(ctx.tokens[k]!.lower)) return false;
  const np = phraseStartingAt(ctx, k, limit, true);
  return !!np && actorHead(ctx, np.head);
}

/**
 * Prepositions of a cue's audience or topic, which may stand before its agent ("was grilled over
 * the losses by MPs"; `on` is `PLACE_BEFORE_AGENT`'s, which keeps a time apart).
 */
const PP_BEFORE_AGENT: ReadonlySet<string> = new Set(['about', 'for', 'of', 'over', 'to']);

/** Words of `byNotAgent` that may count people: `by another official`, `by more than 200 MPs`. */
const COUNTING_WORDS: ReadonlySet<string> = new Set([
  'about',
  'another',
  'half',
  'more',
  'nearly',
  'roughly',
  'some',
]);

/** Prepositions of where a cue was made, which may stand before its agent. */
const PLACE_BEFORE_AGENT: ReadonlySet<string> = new Set(['at', 'during', 'in', 'on']);

/** Units of a measure after its number: `at 61% by`, `at 40 percent by`. */
const MEASURE_UNITS: ReadonlySet<string> = new Set(['%', 'billion', 'million', 'percent']);

/** How many tokens a quoted charge or label before an agent may hold. */
const QUOTED_REACH = 12;

/**
 * Where `by` stands when a quotation opening at `k` closes right before it (`“high risk” by`,
 * within `QUOTED_REACH` tokens), or -1.
 */
function quotedThenBy(ctx: Context, k: number, limit: number): number {
  const toks = ctx.tokens;
  if (!isOpenQuote(toks[k])) return -1;
  for (let q = k + 1; q < limit && q <= k + QUOTED_REACH; q++) {
    const t = toks[q]!;
    if (isQuote(t) && !isOpenQuote(t)) return toks[q + 1]?.lower === 'by' ? q + 1 : -1;
    if (isOpenQuote(t)) return -1;
  }
  return -1;
}

/** Whether a time phrase (`on Tuesday`, `last week`) at `k` runs up to `by`. */
function timeThenBy(ctx: Context, k: number, limit: number): boolean {
  const toks = ctx.tokens;
  let q = k;
  if (['at', 'in', 'on'].includes(toks[q]?.lower ?? '')) q++;
  if (toks[q]?.lower === 'last' || toks[q]?.lower === 'this') q++;
  if (q >= limit || !isTimeWord(toks[q])) return false;
  return toks[q + 1]?.lower === 'by';
}

/**
 * Whether the phrase opening at `k` (inside an agent ending at `end`) is a reason after `for`:
 * a gerund (`for making relations partisan`) or a phrase whose head is no actor (`for a lack of
 * investment`, `for his collaborative style`).
 */
function reasonFor(ctx: Context, k: number, end: number): boolean {
  const w = ctx.tokens[k]!;
  if (w.kind === 'word' && !ctx.name[k] && w.lower.length > 5 && w.lower.endsWith('ing'))
    return true;
  const pp = phraseStartingAt(ctx, k, end, false, 3);
  return !!pp && !actorHead(ctx, pp.head) && headClass(ctx, pp.head) !== 'name';
}

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
