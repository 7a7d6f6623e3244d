/** The shape of a past participle, and participles that are adjectives (`unconfirmed`, `well-known`). */
import { isIrregularParticiple, REPORTING_VERBS, ruleWords, STATIVE_PARTICIPLES } from '../lexicon';

/** Whether `lower` has the shape of a past participle. */
export function isParticiple(lower: string): boolean {
  if (isIrregularParticiple(lower)) return true;
  // "were mis-sold", "had been over-sold": a verb prefix before an irregular participle
  const dash = lower.indexOf('-');
  if (dash > 0 && VERB_PREFIXES.has(lower.slice(0, dash)))
    return isIrregularParticiple(lower.slice(dash + 1)) || regularParticiple(lower);
  // "were oversold", "had been overpaid", "staff were underpaid", "she was misled": a prefix of
  // excess, shortfall or error before an irregular participle, written solid
  const pre = solidPrefix(lower);
  if (
    pre > 0 &&
    lower.length - pre >= 3 &&
    !SOLID_ADJECTIVES.has(lower) &&
    isIrregularParticiple(lower.slice(pre))
  )
    return true;
  return (
    lower.length > 3 &&
    regularParticiple(lower) &&
    (lower.charCodeAt(lower.length - 3) !== 101 || EED_PARTICIPLES.has(lower))
  );
}

/** The length of a solid verb prefix `over`, `under` or `mis` at the start of `lower`, or 0. */
function solidPrefix(lower: string): number {
  if (lower.startsWith('over')) return 4;
  if (lower.startsWith('under')) return 5;
  if (lower.startsWith('mis')) return 3;
  return 0;
}

/**
 * Solid-prefixed participles that are judgements or states, not acts: "the selloff was overdone",
 * "fears are overblown", "the path is overgrown", "the account was overdrawn".
 */
const SOLID_ADJECTIVES: ReadonlySet<string> = new Set([
  'overblown',
  'overcome',
  'overdone',
  'overdrawn',
  'overgrown',
  'overwrought',
]);

/**
 * Participles in `-eed` ("the deal was agreed", "hostages were freed", "jobs were guaranteed"):
 * most words of that shape are no participle (`need`, `speed`, `proceed`, `indeed`).
 */
const EED_PARTICIPLES: ReadonlySet<string> = new Set([
  'agreed',
  'decreed',
  'disagreed',
  'freed',
  'guaranteed',
  'refereed',
]);

/** `/[a-z]ed$/` by character codes (asked of every word after a form of `be`). */
export function regularParticiple(w: string): boolean {
  const n = w.length;
  const c = w.charCodeAt(n - 3);
  return w.charCodeAt(n - 1) === 100 && w.charCodeAt(n - 2) === 101 && c >= 97 && c <= 122;
}

/**
 * An irregular participle of a reporting verb (`told`, `said`), which reports rather than acts;
 * not one that mostly acts (`held` in cells: `holds that` reports only with its clause).
 */
export function irregularReporting(w: string): boolean {
  return !regularParticiple(w) && REPORTING_VERBS.has(w) && !ACTING_PARTICIPLES.has(w);
}

const ACTING_PARTICIPLES = ruleWords('actingParticiples');

/** Verbs of undoing: `the plot was uncovered`, `the files were unsealed` are passives. */
const UN_VERBS = ruleWords('unVerbs');

/**
 * Whether `lower` is an adjective of `un-` and a participle: `unconfirmed`, `uninhabited`,
 * `unimpressed` (not a verb of undoing in UN_VERBS, not `under-`: `was undermined`).
 */
export function unAdjective(lower: string): boolean {
  if (!lower.startsWith('un') || lower.startsWith('under') || UN_VERBS.has(lower)) return false;
  const stem = lower.slice(2);
  return STATIVE_PARTICIPLES.has(stem) || (stem.length > 4 && isParticiple(stem));
}

/** First parts of hyphenated verbs that stay verbs: `was re-elected`, `were co-opted`. */
const VERB_PREFIXES = ruleWords('verbPrefixes');

/**
 * A hyphenated participle such as `self-contained`, `well-known`, `state-owned` or
 * `Iranian-backed` describes a state after `be`: its first part fills the agent's slot or
 * makes it an adjective, so nothing is hidden; so does a prefix of excess or shortfall on a
 * state (`under-staffed`, `under-resourced`: point 300).
 */
export function compoundAdjective(lower: string): boolean {
  const dash = lower.indexOf('-');
  if (dash <= 0) return false;
  // ("were under-staffed", "was over-crowded": a verb prefix whose solid spelling is a state,
  // `understaffed`; not "were mis-sold", "were under-paid")
  return (
    !VERB_PREFIXES.has(lower.slice(0, dash)) || STATIVE_PARTICIPLES.has(lower.replace('-', ''))
  );
}
