/**
 * A verb of saying in the infinitive of a request reports no act, only one asked for: "the
 * ombudsman has asked the council to explain the delays", "donors were invited to raise their
 * problems", "urged the minister to disclose the figures" (the guideline's requests are optional
 * at most, and the speech act requested has not happened). The request itself stays its own,
 * optional cue.
 */
import type { Context } from '../../context';
import { isAdverb, isPunct, isQuote } from '../../context';
import { reportingVerb } from '../../lexicon';
import type { Sentence } from '../../sentences';
import type { Verb } from '../verb-group';

/** Whether active verb `v` is the infinitive of a request: `asked the council to explain`. */
export function requestedAct(ctx: Context, s: Sentence, v: Verb): boolean {
  if (v.passive || v.sawAux) return false;
  const toks = ctx.tokens;
  let k = v.g - 1;
  while (k > s.first && isAdverb(toks[k])) k--;
  if (toks[k]?.lower !== 'to') return false;
  // the request, right before `to` or past its object ("asked Helvar's board to")
  for (let q = k - 1; q >= s.first && q >= k - 5; q--) {
    const t = toks[q]!;
    if (isPunct(t) || isQuote(t)) return false;
    if (t.lower === 'on' && CALL_FORMS.has(toks[q - 1]?.lower ?? '')) return true;
    const lemma = reportingVerb(t)?.lemma;
    if (lemma && REQUESTS.has(lemma)) return true;
  }
  return false;
}

/** Verbs of asking someone to act: `asked`, `urged`, `invited`, `pressed`, `challenged`. */
const REQUESTS: ReadonlySet<string> = new Set([
  'ask',
  'beg',
  'challenge',
  'encourage',
  'implore',
  'invite',
  'press',
  'request',
  'urge',
]);

/** Forms of `call` before `on` in a request: `called on the mayor to`. */
const CALL_FORMS: ReadonlySet<string> = new Set(['call', 'called', 'calling', 'calls']);
