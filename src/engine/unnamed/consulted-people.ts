/**
 * People the story (or a source in it) talked to and relies on, counted or bare: "The Gazette
 * spoke to eleven residents over three days", "a charity that spoke to relatives", "Residents I
 * spoke to were not convinced", "The Standard has verified the document with two people who have
 * seen it". What they said reaches the reader through the telling, and the story does not name
 * them: they are unnamed sources however the sentence goes on (decision 85 of the labelled sets:
 * people relied on for what they told; decision 90: "people a reporter spoke to"). Not whom a
 * speaker addresses as an audience ("Speaking to reporters", "spoke to the families of both":
 * the press, or people the story has met), nor a hearer picked by a possessive ("spoke to his
 * lawyer").
 */
import type { Context } from '../context';
import { isAdverb, isPunct } from '../context';
import { F } from '../lexicon';
import type { NounPhrase } from '../phrase/noun-phrase';
import type { Sentence } from '../sentences';
import { counted } from './words';

/** Forms of talking to someone, before `to` or `with`: `spoke`, `talked`, `speaking`. */
const TALKING: ReadonlySet<string> = new Set([
  'speak',
  'speaking',
  'spoke',
  'spoken',
  'talk',
  'talked',
  'talking',
]);
/** Verbs of checking a claim, before `with` and whom it was checked with: `confirmed`. */
const CHECKING: ReadonlySet<string> = new Set(['checked', 'confirmed', 'corroborated', 'verified']);
/** Determiners of people not met before: `some`, `several`, `a few`. */
const SOME: ReadonlySet<string> = new Set(['a', 'another', 'many', 'several', 'some']);
/** Pronouns of the writer or the outlet, whose talking after a noun picks out whom: `I`, `we`. */
const WRITERS: ReadonlySet<string> = new Set(['i', 'we']);
/** The press or the public as hearers, whom no one relies on: `reporters`, `the public`. */
const HEARERS: ReadonlySet<string> = new Set([
  'audience',
  'audiences',
  'crowd',
  'crowds',
  'journalists',
  'media',
  'press',
  'public',
  'reporters',
]);

/** Whether `np` is whom the story or a source talked to and relies on (see the file's head). */
export function consultedPeople(ctx: Context, s: Sentence, np: NounPhrase): boolean {
  const toks = ctx.tokens;
  const head = toks[np.head]!.lower;
  if (HEARERS.has(head)) return false;
  return talkedAfter(ctx, s, np) || (newPeople(ctx, np) && talkedBefore(ctx, s, np));
}

/**
 * Whether `np` is a count, an indefinite or a bare plural (`eleven residents`, `two people`,
 * `relatives`): people the story has not met before; not `the` or a possessive.
 */
function newPeople(ctx: Context, np: NounPhrase): boolean {
  const toks = ctx.tokens;
  const first = toks[np.start]!;
  if (counted(first)) return true;
  for (let k = np.start; k < np.head; k++) if (toks[k]!.kind === 'pos') return false;
  if ((first.f & (F.DET | F.QUANT)) !== 0) return SOME.has(first.lower);
  const h = toks[np.head]!.lower;
  return h.endsWith('s') || h === 'people' || h.endsWith('men');
}

/**
 * "spoke to eleven residents", "had spoken with people inside the compound", "verified the
 * document's authenticity with two people who have seen it" (not "Speaking to relatives, she
 * said": the participle's subject is the speaker, who addresses them).
 */
function talkedBefore(ctx: Context, s: Sentence, np: NounPhrase): boolean {
  const toks = ctx.tokens;
  const prep = toks[np.start - 1]?.lower;
  if (prep !== 'to' && prep !== 'with') return false;
  let k = np.start - 2;
  while (k > s.first && isAdverb(toks[k])) k--;
  const v = toks[k];
  if (k >= s.first && v && TALKING.has(v.lower))
    // (an opening "Speaking to ..." addresses them)
    return !(v.lower === 'speaking' && k === s.first);
  if (prep !== 'with') return false;
  for (let q = np.start - 2; q >= s.first && q >= np.start - 8; q--) {
    if (isPunct(toks[q]) || toks[q]!.kind === 'quote') return false;
    if (CHECKING.has(toks[q]!.lower)) return true;
  }
  return false;
}

/** "Residents I spoke to were not convinced", "the players we interviewed", "people I talked with". */
function talkedAfter(ctx: Context, s: Sentence, np: NounPhrase): boolean {
  const toks = ctx.tokens;
  let k = np.end;
  if (!WRITERS.has(toks[k]?.lower ?? '')) return false;
  k++;
  if (toks[k]?.lower === 'have' || toks[k]?.lower === 'had') k++;
  const v = toks[k]?.lower ?? '';
  if (k >= s.last) return false;
  if (v === 'interviewed') return true;
  const p = toks[k + 1]?.lower;
  return TALKING.has(v) && (p === 'to' || p === 'with');
}
