/**
 * A verb of talking with only a hearer, in advice, an appeal, a shunning or a talk not had:
 * "without speaking to a pharmacist", "urged anyone worried to speak to their doctor", "Please
 * speak to your team lead", "had stopped speaking to her", "had not yet spoken to the woman".
 * Nothing is told: no topic, no content, and the hearer is no outlet (talking to the press, or a
 * named paper or the writer, stays the medium of what is told).
 */
import type { Context } from '../../context';
import { isAdverb, isNegation, isPrep, isPronoun, isPunct, isRelative } from '../../context';
import { ruleWords } from '../../lexicon';
import { phraseStartingAt } from '../../phrase/phrase-starting';
import type { Sentence } from '../../sentences';
import type { Verb } from '../verb-group';

/**
 * Whether talking verb `v` has only a hearer after `to` or `with`, in a form that tells nothing:
 * an infinitive, an -ing form after a preposition or `stop`, an imperative, or a negated talk.
 */
export function hearerOnly(ctx: Context, s: Sentence, v: Verb): boolean {
  const toks = ctx.tokens;
  const to = toks[v.end]?.lower;
  if (v.passive || (to !== 'to' && to !== 'with')) return false;
  if (!untoldForm(ctx, s, v)) return false;
  const h = v.end + 1;
  const w = toks[h];
  if (!w || h >= s.last || ctx.name[h]) return false;
  // (the writer is the press: "could lose her job for speaking to me")
  if (w.lower === 'me' || w.lower === 'us') return false;
  let end = h + 1;
  if (!isPronoun(w)) {
    const np = phraseStartingAt(ctx, h, s.last);
    if (!np || ctx.name[np.head] || PRESS.has(toks[np.head]!.lower)) return false;
    end = np.end;
  }
  // (then the clause ends, or a relative clause, with or without its relative word, or an `and`
  // goes on: "the woman she helped")
  const n = toks[end];
  return !n || end >= s.last || isPunct(n) || isRelative(n) || isPronoun(n) || n.lower === 'and';
}

/**
 * Whether `v` stands in a form that tells nothing: "to speak", "without speaking", "stopped
 * speaking", "Please speak", "have not yet spoken", "had not been able to speak".
 */
function untoldForm(ctx: Context, s: Sentence, v: Verb): boolean {
  const toks = ctx.tokens;
  for (let k = v.g; k < v.i; k++) if (isNegation(toks[k])) return true;
  let b = v.g - 1;
  while (b > s.first && (isAdverb(toks[b]) || isNegation(toks[b]) || toks[b]!.lower === 'yet')) {
    if (isNegation(toks[b])) return true;
    b--;
  }
  const p = toks[b];
  const ing = toks[v.i]!.lower.endsWith('ing');
  if (!p || v.g === s.first) return !ing && v.g === s.first;
  if (p.lower === 'please') return true;
  if (ing) return (isPrep(p) && p.lower !== 'to') || STOPPING.has(p.lower);
  return p.lower === 'to';
}

/** Forms of `stop` before an -ing form: `stopped speaking to her`. */
const STOPPING: ReadonlySet<string> = new Set(['stop', 'stopped', 'stopping', 'stops']);

/** Hearers that are the press: `reporters`, `journalists`, `media`, `newspaper`. */
const PRESS: ReadonlySet<string> = new Set([
  ...ruleWords('outletStaff'),
  'media',
  'newspaper',
  'newspapers',
  'paper',
  'press',
]);
