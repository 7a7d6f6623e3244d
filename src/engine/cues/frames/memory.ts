/**
 * Remembering and regretting, the wrong senses of verbs of memory: a stated regret ("the force
 * deeply regrets the failings"), a stated memory (not "Remember that the vote is on Tuesday"),
 * the recollections of feature writing ("A neighbour recalls the day"), not a product or an
 * envoy recalled. A new rule about `remember`, `recall` or `regret` goes here.
 */
import type { Context } from '../../context';
import { isDet, isQuant, isWord } from '../../context';
import { headClass, isPersonClass } from '../../phrase/head-class';
import { isPronounToken } from '../../phrase/namedness';
import { phraseStartingAt } from '../../phrase/phrase-starting';
import { isPlaceName } from '../../phrase/places';
import type { Sentence } from '../../sentences';
import type { SubjectResult } from '../../subject/result';
import { isPronounSubject } from '../../subject/result';
import { complementAfterThat } from '../clause-follows';
import type { Verb } from '../verb-group';
import { bareIng, subjectOf } from '../verb-group';
import { PERSON_PRONOUNS } from './speakers';

/**
 * Whether `regret` states a third party's regret: with a clause in any tense, else the present
 * `regrets`, no auxiliary, not `regrets to` (the formula "regrets to announce"); and a subject
 * who can regret: a name, a person or a body
 * ("the force 'deeply regrets' the failings", "The company regrets any distress"), not a
 * document or a thing ("of the 2004 letter and regrets").
 */
export function statedRegret(ctx: Context, s: Sentence, v: Verb): boolean {
  const toks = ctx.tokens;
  const clause = regretWithClause(ctx, s, v);
  if (!clause && (toks[v.i]!.lower !== 'regrets' || v.sawAux || v.next?.lower === 'to'))
    return false;
  // ("has no recollection of the 2004 letter and regrets": after `and`, a document ending the
  // first verb's object would read as the one who regrets)
  if (toks[v.g - 1]?.lower === 'and' && headClass(ctx, v.g - 2) === 'document') return false;
  const subject = subjectOf(ctx, s, v);
  if (!subject || isPronounSubject(subject)) return true;
  const cls = headClass(ctx, subject.np.head);
  return cls !== 'nonAgent' && cls !== 'document';
}

/**
 * A regret with what is regretted as a clause, in any tense (DECISIONS points 240 and 313: a
 * stance verb with a clause, a gerund being one): "regretted that the council had not acted",
 * "regrets that", "later regretted saying", "regretted not acting sooner". Not the formula
 * "regret to announce", a regret with a noun object ("He regretted the decision": optional) or
 * one that no one states ("You will regret it").
 */
function regretWithClause(ctx: Context, s: Sentence, v: Verb): boolean {
  const toks = ctx.tokens;
  if (v.passive || bareIng(ctx, v) || toks[v.g - 1]?.lower === 'to') return false;
  let k = v.end;
  if (toks[k]?.lower === 'that') return complementAfterThat(ctx, k + 1);
  // (a negated or perfect gerund: "regretted not acting", "regrets having signed")
  if (toks[k]?.lower === 'not' || toks[k]?.lower === 'never') k++;
  if (toks[k]?.lower === 'having') k++;
  const w = toks[k];
  return (
    k <= s.last && isWord(w) && /^[a-z]{2,}ing$/.test(w.lower) && !INDEFINITE_THINGS.has(w.lower)
  );
}

/** Indefinite pronouns that end like a gerund: "regrets nothing". */
const INDEFINITE_THINGS: ReadonlySet<string> = new Set([
  'anything',
  'everything',
  'nothing',
  'something',
]);

/**
 * `remember` states a memory only when someone states it: not an instruction ("Remember that the
 * vote is on Tuesday"), a failure or a forecast ("could not remember who", "voters will remember
 * in November", "as long as anyone can remember"), a wish ("how she wanted to be remembered") or
 * nobody's ("something nobody remembers").
 */
export function statedMemory(ctx: Context, s: Sentence, v: Verb): boolean {
  const toks = ctx.tokens;
  if (v.passive || bareIng(ctx, v) || toks[v.g - 1]?.lower === 'to') return false;
  for (let k = v.g; k < v.i; k++) if (UNSTATED_MEMORY.has(toks[k]!.lower)) return false;
  const subject = subjectOf(ctx, s, v);
  if (!subject) return false;
  if (isPronounSubject(subject)) return !UNSTATED_MEMORY.has(toks[subject.pronoun]!.lower);
  return !UNSTATED_MEMORY.has(toks[subject.np.head]!.lower);
}

/** Auxiliaries and subjects of a memory no one states: modals, negation, nobody, imperatives. */
const UNSTATED_MEMORY: ReadonlySet<string> = new Set([
  "can't",
  'anybody',
  'anyone',
  'can',
  'cannot',
  'could',
  "couldn't",
  "didn't",
  "don't",
  "doesn't",
  'i',
  'may',
  'might',
  'must',
  'never',
  'no one',
  'nobody',
  'none',
  'not',
  'should',
  'we',
  'will',
  "won't",
  'would',
  "wouldn't",
  'you',
]);

/**
 * The recollections of feature writing: a person who recalls or remembers someone or something
 * ("A neighbour recalls the day he first walked into the yard", "Colleagues remember a negotiator
 * who", "Friends remember him as a quiet man", "remembers visiting one Sunday"), told the writer
 * as an account; not a product or an envoy recalled ("Nordeva recalls 180,000 phones", "recalled
 * its ambassador"), which has a body or a thing for subject, a count or an official for object.
 */
export function recollection(ctx: Context, s: Sentence, v: Verb, subject: SubjectResult): boolean {
  const toks = ctx.tokens;
  if (v.passive || bareIng(ctx, v) || !subject) return false;
  // ("the second recall involving": the noun after a determiner)
  if (!v.sawAux && isDet(toks[v.i - 1])) return false;
  if (isPronounSubject(subject)) {
    if (!PERSON_PRONOUNS.has(toks[subject.pronoun]!.lower)) return false;
  } else if (!rememberer(ctx, subject.np.head)) return false;
  const next = toks[v.end];
  if (!next) return false;
  // "remembers visiting one Sunday", "recalls being told": one's own account of an act
  if (isWord(next) && /^[a-z]{3,}ing$/.test(next.lower) && !ING_THINGS.has(next.lower)) return true;
  // "remember him as a quiet man": a characterisation
  if (isPronounToken(ctx, v.end) && toks[v.end + 1]?.lower === 'as') return true;
  const np = phraseStartingAt(ctx, v.end, s.last);
  if (!np || np.start !== v.end) return false;
  // "remember Marsh as a gentle giant", "recalls her father as": a characterisation
  if (toks[np.end]?.lower === 'as' && toks[np.start]!.kind !== 'num') return true;
  if (ctx.name[np.head]) return false;
  if (toks[np.start]!.kind === 'num' || isQuant(toks[np.start])) return false;
  const w = toks[np.head]!.lower;
  if (RECALLED_OFFICIALS.has(w)) return false;
  // what is remembered is a person or an occasion ("a woman on an LGP-30", "the day he", "the
  // night the lights went out"), never a product a maker calls back
  // ("a boy who never stopped drawing": `who` makes any head a person)
  return (
    isPersonClass(headClass(ctx, np.head)) ||
    REMEMBERED_OCCASIONS.has(w) ||
    toks[np.end]?.lower === 'who'
  );
}

/**
 * Whether head `h` of a subject can remember: a person noun or a name that is not a place nor a
 * body; a singular common head the lexicon does not know must look like an agent noun (in "A
 * voluntary recall affecting 2,000 units" the subject search takes "A voluntary" for a subject).
 */
function rememberer(ctx: Context, h: number): boolean {
  const cls = headClass(ctx, h);
  if (isPersonClass(cls)) return true;
  if (cls === 'organisation' || cls === 'document' || isPlaceName(ctx, h)) return false;
  const w = ctx.tokens[h]!;
  return w.cap || w.lower.endsWith('s') || /(?:er|or|ist|ent|ant|ian)$/.test(w.lower);
}

/** -ing words that are things, not acts: `nothing`, `everything`, `morning`. */
const ING_THINGS: ReadonlySet<string> = new Set([
  'anything',
  'building',
  'ceiling',
  'clothing',
  'evening',
  'everything',
  'morning',
  'nothing',
  'something',
  'spring',
  'string',
  'thing',
  'things',
  'wedding',
]);

/** People a government recalls from a post: `ambassador`, `envoy`, `troops`. */
const RECALLED_OFFICIALS: ReadonlySet<string> = new Set([
  'ambassador',
  'ambassadors',
  'envoy',
  'envoys',
  'troops',
]);

/** Occasions and impressions one remembers: `day`, `moment`, `night`, `first time`. */
const REMEMBERED_OCCASIONS: ReadonlySet<string> = new Set([
  'afternoon',
  'atmosphere',
  'conversation',
  'conversations',
  'day',
  'days',
  'evening',
  'evenings',
  'game',
  'match',
  'moment',
  'moments',
  'morning',
  'night',
  'nights',
  'occasion',
  'smell',
  'sound',
  'summer',
  'time',
  'times',
  'way',
  'winter',
  'year',
  'years',
]);
