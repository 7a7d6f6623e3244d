/**
 * The verb lexicon of news English for a person subject, read from the rule words: whether the
 * subject of a verb acts, only is or has, or neither. group-acts.ts reads the act forms (a
 * specific group of people that acts in the story is an unnamed actor); content-subject.ts reads
 * the state forms (a counted group that only is or has is none). ANNOTATION.md's unnamed actor
 * "acts ... in the story"; eval/labelled/DECISIONS.md leaves people only counted, harmed, arriving,
 * fleeing, receiving or paying optional or unlabelled (decisions 71, 85, 90, 102, 103, 125).
 * Every form is answered by one Set lookup; the Sets are built once, at load.
 */
import { ruleWords } from '../lexicon';

/**
 * The verb lexicon of news English for a person subject (rule words): `verbActs`, lemmas whose
 * subject acts (deliberate acts, movement, work, crime, help, speech, protest, decisions), with
 * gate27's `groupActs`; `verbActsPast`, their irregular pasts and participles (`dug`, `fought`,
 * `written`); `verbStates`, lemmas whose subject only is or has (states, wants, needs, abilities,
 * experiences, harm suffered, dying, coming and fleeing, receiving, paying); `verbNeither`,
 * copulas, light verbs and auxiliaries. A verb in no list is no act: an unknown verb falls on the
 * quiet side.
 */
const VERB_ACTS = [...ruleWords('groupActs'), ...ruleWords('verbActs')];
const VERB_ACTS_PAST = [...ruleWords('groupActsPast'), ...ruleWords('verbActsPast')];
const NOT_ACTS = [...ruleWords('verbStates'), ...ruleWords('verbNeither')];

/**
 * Adds the regular forms of `lemma` (doubling both ways) to `past`, `ing` and `present`, but for
 * those in `quiet`. (Built at every load of the engine, in its interpreter: no arrays returned
 * and taken apart, no for-of over them; session 30 measured 25M instructions here before, 17M
 * so.)
 */
function addForms(
  lemma: string,
  past: Set<string>,
  ing: Set<string>,
  present: Set<string>,
  quiet: ReadonlySet<string> | null,
): void {
  const put = (forms: Set<string>, w: string): void => {
    if (quiet === null || !quiet.has(w)) forms.add(w);
  };
  const e = lemma.endsWith('e');
  const cy = /[^aeiou]y$/.test(lemma);
  const stem = e ? lemma.slice(0, -1) : lemma;
  const dbl = /[^aeiou][aeiou][bdgklmnprt]$/.test(lemma) ? lemma + lemma.at(-1)! : null;
  put(past, e ? `${lemma}d` : cy ? `${lemma.slice(0, -1)}ied` : `${lemma}ed`);
  put(ing, e && !/(?:ee|ye|oe)$/.test(lemma) ? `${stem}ing` : `${lemma}ing`);
  if (dbl) {
    put(past, `${dbl}ed`);
    put(ing, `${dbl}ing`);
  }
  put(present, lemma);
  put(
    present,
    cy
      ? `${lemma.slice(0, -1)}ies`
      : /(?:ch|sh|ss|x|z|o)$/.test(lemma)
        ? `${lemma}es`
        : `${lemma}s`,
  );
}

/**
 * Forms of the act verbs, each answered by one Set lookup: pasts and participles (`stormed`,
 * `dug`), `-ing` forms (`blocking`), a headline's presents (`block`, `blocks`). A form that is
 * also a form of a state or neither verb is left out: the quiet side wins.
 */
function actForms(): [ReadonlySet<string>, ReadonlySet<string>, ReadonlySet<string>] {
  const quiet = new Set<string>();
  for (let k = 0; k < NOT_ACTS.length; k++) addForms(NOT_ACTS[k]!, quiet, quiet, quiet, null);
  const past = new Set<string>(VERB_ACTS_PAST);
  const ing = new Set<string>();
  const present = new Set<string>();
  for (let k = 0; k < VERB_ACTS.length; k++) addForms(VERB_ACTS[k]!, past, ing, present, quiet);
  return [past, ing, present];
}

const ACTS = actForms();

/** Pasts and participles of the act verbs: `stormed`, `organised`, `dug`. */
export const ACT_PAST: ReadonlySet<string> = ACTS[0];
/** `-ing` forms of the act verbs: `blocking`, `digging`. */
export const ACT_ING: ReadonlySet<string> = ACTS[1];
/** A headline's presents of the act verbs: `block`, `blocks`, `rallies`. */
export const ACT_PRESENT: ReadonlySet<string> = ACTS[2];

/**
 * Pasts and participles of the state verbs (`verbStates`, `verbStatesPast`): `wanted`,
 * `arrived`, `received`, `felt`, `lost`. Their subject only is, has, comes or undergoes.
 */
export const STATE_PAST: ReadonlySet<string> = statePasts();

function statePasts(): ReadonlySet<string> {
  const past = new Set<string>(ruleWords('verbStatesPast'));
  // (their -ing forms and presents are not asked)
  const other = new Set<string>();
  for (const l of ruleWords('verbStates')) addForms(l, past, other, other, null);
  return past;
}
