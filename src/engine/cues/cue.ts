/** A cue as the cue finders return it: token offsets, its class and the source it credits. */
import type { SourcePhrase, SubjectResult } from '../subject/result';
import { isPronounSubject } from '../subject/result';
import type { CueClass } from '../types';

/** A cue found in the tokens, before it becomes a Finding. */
export interface Cue {
  /** Token range of the cue span. */
  start: number;
  end: number;
  cue: CueClass;
  source: SourcePhrase | null;
  /** A pronoun subject (`he said`): its token, linked to an entity later; -1 when none. */
  pronoun: number;
  /**
   * A cue with no subject of its own that shares its clause's source: an -ing participle
   * (`, adding that`) or an anonymity phrase (`, who spoke on condition of anonymity`).
   */
  shares: boolean;
  /** The verb is passive with no agent: its subject is not the source. */
  passive: boolean;
}

/** The source phrase of a subject search result (none for a pronoun). */
export function sourceOf(r: SubjectResult): SourcePhrase | null {
  return r && !isPronounSubject(r) ? r : null;
}

/** The pronoun token of a subject search result, or -1. */
export function pronounOf(r: SubjectResult): number {
  return isPronounSubject(r) ? r.pronoun : -1;
}
