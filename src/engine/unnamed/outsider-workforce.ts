/**
 * A body's people in the words of someone who does not speak for it: "A nurse, who asked not to be
 * named, said staff had been told to keep quiet", "One whistleblower said trustees 'buried their
 * heads in the sand'", "Another source said producers were 'in a complete panic'". A bare role or
 * workforce noun carries no body (decision 65 of the labelled sets), and in the content of an
 * anonymous or outside speaker's cue it is required whatever the clause then does with it: told,
 * paid, angry or acting (decision 140: "nurses" in a hospital whistleblower's words, "crews told"
 * in a steward's, decision 219). Only the body, a named person or a spokesperson speaks for it,
 * and their staff are their own ("The union said members had voted", "Ann Roe said crews had
 * found": `personSpeaker`).
 *
 * Not a phrase that carries a body or a count ("its staff", "Acme staff", "two engineers": other
 * checks weigh those), a victim ("said workers had been injured": decision 102), what people may
 * or must do in general ("said nurses can apply", "said staff should report it"), people at large
 * or households ("said residents were moved", "said families had refused": no workforce), nor a
 * speaker who is a body, a document or a named person.
 */
import type { Context } from '../context';
import { isAdverb, isAux, isPunct, isWord } from '../context';
import { BE_FORMS, F, IRREGULAR_PAST, ruleWords } from '../lexicon';
import { headClass } from '../phrase/head-class';
import type { NounPhrase } from '../phrase/noun-phrase';
import type { Sentence } from '../sentences';
import { inContent, personSpeaker } from './content-subject';

/** A body's people named as one: `staff`, `crews`, `employees`, and `members` of one. */
export const WORKFORCE: ReadonlySet<string> = new Set([
  'crew',
  'crews',
  'employees',
  'members',
  'personnel',
  'staff',
  'staffers',
  'workers',
]);

/** Words that open a clause of time or reason: `when`, `after`, `because`. */
const SUBORDINATORS = ruleWords('eventSubordinators');

/** Progressives of what befalls someone: `struggling`, `dying`, `missing`. */
const UNDERGOING_ING = ruleWords('undergoingProgressives');

/** Whether `np` is a bare workforce or occupation plural in an outside speaker's content. */
export function outsiderWorkforce(ctx: Context, s: Sentence, np: NounPhrase): boolean {
  if (!bareWorkforce(ctx, np)) return false;
  // (the content's own subject: not a clause of time or reason inside it, "spoke on condition of
  // anonymity because staff are barred from speaking", which tells why, not what)
  const b = ctx.tokens[np.start - 1];
  if (!b || isPunct(b) || SUBORDINATORS.has(b.lower)) return false;
  if (!inContent(ctx, s, np.start) || !personSpeaker(ctx, s, np.start)) return false;
  return clauseVerb(ctx, s, np.end);
}

/**
 * Past forms that open a verb group: `was`, `were`, `had`, and a past in `-ed` (not a present in
 * `-eed`: "staff need") or an irregular one ("staff wore body cameras").
 */
const PAST_OPENERS: ReadonlySet<string> = new Set(['had', 'was', 'were']);

/** Whether the verb group at `k` opens in the past. */
function pastVerb(ctx: Context, k: number): boolean {
  const v = ctx.tokens[k]?.lower ?? '';
  return PAST_OPENERS.has(v) || (/[a-z]ed$/.test(v) && !v.endsWith('eed')) || IRREGULAR_PAST.has(v);
}

/**
 * Whether `np` is a workforce noun or an occupation in the plural with nothing before it that
 * picks or counts them: no determiner, number, possessive or name ("junior staff", "night staff",
 * "senior civil servants", "producers"; not "the staff", "two nurses", "Acme's engineers").
 */
function bareWorkforce(ctx: Context, np: NounPhrase): boolean {
  const toks = ctx.tokens;
  const head = toks[np.head]!;
  const occupation = headClass(ctx, np.head) === 'occupation' && /[a-z]s$/.test(head.lower);
  if (!WORKFORCE.has(head.lower) && !occupation) return false;
  if ((toks[np.start]!.f & (F.DET | F.QUANT)) !== 0) return false;
  for (let k = np.start; k < np.end; k++) {
    const t = toks[k]!;
    if (ctx.name[k] || t.kind === 'pos' || t.kind === 'num') return false;
  }
  // (`members` only of a workforce or alone: not "party members", "club members", whom a body
  // only places, decision 91)
  return (
    head.lower !== 'members' || np.head === np.start || WORKFORCE.has(toks[np.head - 1]!.lower)
  );
}

/**
 * Whether a verb group of the phrase's own clause follows `k` (past adverbs and quote marks) in
 * which the people act or are in a state: an active verb ("trustees buried the report"), a copula
 * ("producers were furious"), a progressive ("crews were working") or a raising passive ("nurses
 * were expected to cover two wards"). Not a passive, whose people are only told, hired, paid or
 * counted ("staff had been told", "drivers were recruited": decisions 71 and 227), a progressive
 * of what befalls them ("were struggling"), nor a modal of a rule or a chance.
 */
function clauseVerb(ctx: Context, s: Sentence, k: number): boolean {
  const toks = ctx.tokens;
  while (k < s.last && (isAdverb(toks[k]) || toks[k]!.kind === 'quote')) k++;
  const v = toks[k];
  // (a past: not a present, which tells of a trend or a class, "Security experts say ambassadors
  // are among the most targeted officials", "said teachers are leaving the profession", nor a
  // modal's forecast or rule, "said crews will work through the night", "staff can claim")
  if (!v || k >= s.last || !isWord(v) || !pastVerb(ctx, k)) return false;
  if (!isAux(v)) return true;
  // the word after the auxiliaries: a participle after `be` makes a passive
  let q = k;
  let last = v;
  while (q < s.last && (isAux(toks[q]) || isAdverb(toks[q]) || toks[q]!.kind === 'quote')) {
    if (isAux(toks[q])) last = toks[q]!;
    q++;
  }
  const p = toks[q];
  if (!p || q >= s.last || !BE_FORMS.has(last.lower) || !isWord(p)) return true;
  if (UNDERGOING_ING.has(p.lower)) return false;
  const participle = /[a-z]ed$/.test(p.lower) || (p.f & F.IRREGULAR) !== 0;
  return (
    !participle ||
    (((p.f & F.RAISING) !== 0 || p.lower === 'expected') && toks[q + 1]?.lower === 'to')
  );
}
