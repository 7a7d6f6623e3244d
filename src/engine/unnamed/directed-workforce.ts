/**
 * A body's workforce directed by those over it: "managers had told staff to record the assaults
 * as minor", "supervisors instructed staff to play down the reports", "pressured crews to spray",
 * "ordered the crew to keep lifting". The object of a past verb of directing before an infinitive
 * does what the infinitive says at someone's word, as the subject of the passive does ("staff had
 * been instructed to delete the records": `madeToAct`), and a bare workforce carries no body
 * (decisions 65 and 79 of the labelled sets): an unnamed group that acts.
 *
 * Not a rule or a plan ("tells staff to wash their hands", "will ask staff to", "plans to tell
 * crews to"), advice that may go unheeded ("urged staff to", "advised crews to": decision 121's
 * recipients), a workforce the phrase ties to a body ("told its staff to", "told Acme staff to"),
 * the heads of a body ("directors"), people at large ("told residents to leave": no workforce),
 * nor an infinitive of a state or a wait ("told staff to expect delays").
 */
import type { Context } from '../context';
import { isAdverb, isHeadline } from '../context';
import { F, ruleWords, TITLE_PLURALS } from '../lexicon';
import type { NounPhrase } from '../phrase/noun-phrase';
import type { Sentence } from '../sentences';
import { ownWorkforce } from './content-subject';

/** Past forms of directing someone to act: `told`, `instructed`, `ordered`, `pressured`. */
const DIRECTED: ReadonlySet<string> = new Set([
  'asked',
  'directed',
  'forced',
  'instructed',
  'ordered',
  'pressed',
  'pressured',
  'pressurised',
  'pressurized',
  'pushed',
  'told',
]);

/** Words before the verb that make it no past act of directing: `to tell`, `will`, `would`, `can't`. */
const MODAL_VERBS = ruleWords('modalVerbs');

/**
 * Infinitives of a state, a wait or a receipt, not an act: "told staff to expect delays", "asked
 * crews to be patient".
 */
const NOT_ACTS: ReadonlySet<string> = new Set([
  'accept',
  'be',
  'expect',
  'get',
  'have',
  'hope',
  'receive',
  'remain',
  'stay',
  'wait',
]);

/** Whether `np`, a body's workforce, is directed to act by a past verb before it (file head). */
export function directedWorkforce(ctx: Context, s: Sentence, np: NounPhrase): boolean {
  const toks = ctx.tokens;
  const verb = toks[np.start - 1];
  if (!verb || !DIRECTED.has(verb.lower) || isHeadline(ctx, s)) return false;
  // (not the heads of a body: "urged directors to test the market", a board, not its workforce)
  if (!ownWorkforce(ctx, np) || TITLE_PLURALS.has(toks[np.head]!.lower)) return false;
  // bare ("staff", "career staff") or `the` ("the crew"), not tied to a body by a possessive
  const first = toks[np.start]!;
  if ((first.f & (F.DET | F.QUANT)) !== 0 && first.lower !== 'the') return false;
  for (let k = np.start; k < np.head; k++) if (toks[k]!.kind === 'pos') return false;
  // the verb a past or perfect act: not after `to`, a modal or a `do` of a question
  let b = np.start - 2;
  while (b >= s.first && isAdverb(toks[b])) b--;
  if (b >= s.first && (toks[b]!.lower === 'to' || MODAL_VERBS.has(toks[b]!.lower))) return false;
  // `to` (or `not to`) and the infinitive's verb, an act
  let q = np.end;
  if (toks[q]?.lower === 'not') q++;
  if (toks[q]?.lower !== 'to') return false;
  q++;
  while (q < s.last && toks[q]!.kind === 'quote') q++;
  const w = toks[q];
  return (
    !!w &&
    q < s.last &&
    w.kind === 'word' &&
    (w.f & (F.DET | F.QUANT | F.PREP | F.PRON)) === 0 &&
    !ctx.name[q] &&
    !NOT_ACTS.has(w.lower)
  );
}
