/** What a subject search returns: a source phrase, a pronoun, or nothing. */
import type { Context } from '../context';
import { namedness } from '../phrase/namedness';
import type { NounPhrase } from '../phrase/noun-phrase';
import type { Named } from '../types';

/** A source phrase with whether it is named. */
export interface SourcePhrase {
  np: NounPhrase;
  named: Named;
}

/**
 * A pronoun subject (`he said`, `they told`): no phrase of its own; the entities pass links it to
 * the person or body it refers to.
 */
export interface PronounSubject {
  pronoun: number;
}

/** Result of a subject search: a phrase, a pronoun, or null when there is none. */
export type SubjectResult = SourcePhrase | PronounSubject | null;

/** Whether a subject search found a pronoun. */
export function isPronounSubject(r: SubjectResult | undefined): r is PronounSubject {
  return !!r && (r as Partial<PronounSubject>).pronoun !== undefined;
}

/** A subject as a source phrase: a pronoun or nothing is none. */
export function asSource(r: SubjectResult): SourcePhrase | null {
  return r && !isPronounSubject(r) ? r : null;
}

export function withNamed(ctx: Context, np: NounPhrase, forced?: Named): SourcePhrase {
  return { np, named: forced ?? namedness(ctx, np) };
}
