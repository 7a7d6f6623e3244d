/**
 * A verb of talking that ends a contact clause inside a subject, its relative word left out:
 * "Some parents KBN News spoke to said", "Residents we talked with say", "Officials the paper
 * spoke to last week told". The talking is how the story met the people, not a claim: the verb
 * right after its preposition is the subject's own, and the cue.
 */
import type { Context } from '../../context';
import { isAdverb, isTimeWord } from '../../context';
import { F } from '../../lexicon';
import type { Sentence } from '../../sentences';
import type { Verb } from '../verb-group';

/** Prepositions that end a contact clause: `spoke to`, `talked with`. */
const CONTACT_PREPS: ReadonlySet<string> = new Set(['to', 'with']);

/**
 * Whether the talking verb `v` ends a contact clause: a past form, then `to` or `with`, then (past
 * a time or adverbs, "spoke to last week") a reporting verb with no subject of its own, which the
 * clause's head takes ("spoke to said", "talked with say").
 */
export function endsContactClause(ctx: Context, s: Sentence, v: Verb): boolean {
  const toks = ctx.tokens;
  if (v.sawAux || !CONTACT_PREPS.has(toks[v.end]?.lower ?? '')) return false;
  let k = v.end + 1;
  while (k < s.last && (isAdverb(toks[k]) || isTimeWord(toks[k]))) k++;
  const w = toks[k];
  return !!w && k < s.last && w.kind === 'word' && !ctx.name[k] && (w.f & F.REPORT) !== 0;
}

/** Past forms of talking that end a contact clause before `to` / `with`. */
const TALKED: ReadonlySet<string> = new Set(['chatted', 'corresponded', 'spoke', 'talked']);

/**
 * Whether the verb at `i` comes right after a contact clause's `spoke to` / `talked with`: the
 * subject's own verb ("Some parents KBN News spoke to said"), not an infinitive or a
 * preposition's object.
 */
export function afterContactClause(ctx: Context, i: number): boolean {
  const toks = ctx.tokens;
  return (
    CONTACT_PREPS.has(toks[i - 1]?.lower ?? '') &&
    TALKED.has(toks[i - 2]?.lower ?? '') &&
    !ctx.name[i]
  );
}
