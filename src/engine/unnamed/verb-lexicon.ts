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

/** The regular forms of a lemma: `[pasts, -ing forms, presents]` (doubling both ways). */
function forms(lemma: string): [string[], string[], string[]] {
  const e = lemma.endsWith('e');
  const cy = /[^aeiou]y$/.test(lemma);
  const stem = e ? lemma.slice(0, -1) : lemma;
  const dbl = /[^aeiou][aeiou][bdgklmnprt]$/.test(lemma) ? lemma + lemma.at(-1)! : null;
  const past = [e ? `${lemma}d` : cy ? `${lemma.slice(0, -1)}ied` : `${lemma}ed`];
  const ing = [e && !/(?:ee|ye|oe)$/.test(lemma) ? `${stem}ing` : `${lemma}ing`];
  if (dbl) {
    past.push(`${dbl}ed`);
    ing.push(`${dbl}ing`);
  }
  const third = cy
    ? `${lemma.slice(0, -1)}ies`
    : /(?:ch|sh|ss|x|z|o)$/.test(lemma)
      ? `${lemma}es`
      : `${lemma}s`;
  return [past, ing, [lemma, third]];
}

/**
 * Forms of the act verbs, each answered by one Set lookup: pasts and participles (`stormed`,
 * `dug`), `-ing` forms (`blocking`), a headline's presents (`block`, `blocks`). A form that is
 * also a form of a state or neither verb is left out: the quiet side wins.
 */
function actForms(): [ReadonlySet<string>, ReadonlySet<string>, ReadonlySet<string>] {
  const quiet = new Set<string>();
  for (const l of NOT_ACTS) for (const fs of forms(l)) for (const f of fs) quiet.add(f);
  const past = new Set<string>(VERB_ACTS_PAST);
  const ing = new Set<string>();
  const present = new Set<string>();
  for (const l of VERB_ACTS) {
    const [p, i, r] = forms(l);
    for (const f of p) if (!quiet.has(f)) past.add(f);
    for (const f of i) if (!quiet.has(f)) ing.add(f);
    for (const f of r) if (!quiet.has(f)) present.add(f);
  }
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
export const STATE_PAST: ReadonlySet<string> = new Set([
  ...ruleWords('verbStatesPast'),
  ...[...ruleWords('verbStates')].flatMap((l) => forms(l)[0]),
]);
