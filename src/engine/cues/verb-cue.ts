/**
 * Reporting verbs in any tense or voice (`said`, `has been described`, `is accused`, `points
 * out`): a verb form counts when it stands as a verb (`verb-position.ts`), in a frame of its
 * family (`verb-frames.ts`) and a reporting sense (`verb-senses.ts`); its source comes from its
 * construction (`verb-source.ts`).
 */
import type { Context } from '../context';
import { F, lemmaBits, reportingVerb, ruleWords } from '../lexicon';
import type { Sentence } from '../sentences';
import { complementAfterThat } from './clause-follows';
import type { Cue } from './cue';
import { particleVerb } from './split-particle';
import { inFrame, questionedParticiple } from './verb-frames';
import { groupStart, verbGroup } from './verb-group';
import { inVerbPosition } from './verb-position';
import { questionAside } from './senses/speech';
import { reportingSense } from './verb-senses';
import { creditedCue } from './verb-source';

/** The cue of a reporting verb starting at `i`, or undefined when there is none. */
export function verbCue(ctx: Context, s: Sentence, i: number): Cue | undefined {
  const toks = ctx.tokens;
  const t = toks[i]!;
  // (the flags say which of the two maps has the word: a Map probe each, at every candidate)
  const particle = (t.f & F.CUE_PARTICLE) !== 0 ? particleVerb(ctx, s, i) : undefined;
  const entry = particle?.entry ?? ((t.f & F.REPORT) !== 0 ? reportingVerb(t) : undefined);
  if (!entry || !inVerbPosition(ctx, s, i, entry)) return undefined;
  if (passiveOnly(entry) !== 0 && !finitePassive(ctx, s, i) && !briefedThat(ctx, s, i))
    return undefined;
  const v = verbGroup(ctx, s, i, entry, particle?.len ?? 1);
  if (!inFrame(ctx, s, v) || !reportingSense(ctx, s, v)) return undefined;
  const cue = creditedCue(ctx, s, v);
  if (!cue) return undefined;
  if (v.lemma === 'hold') return ideaHeld(ctx, cue);
  // "Okafor, asked whether she would run, insisted": Okafor was asked, she did not ask
  // (and a sentence's opening "Asked about the delay," asks no one in the clause either)
  if (v.lemma === 'ask' && questionAside(ctx, s, v))
    return { ...cue, cue: 'question', source: null, pronoun: -1 };
  // "Chief Executive Grilled Over Missing Ballots": the one grilled is no source
  if (questionedParticiple(ctx, v)) return { ...cue, source: null, pronoun: -1 };
  return cue;
}

/**
 * Verbs that are cues only in a finite passive ("were briefed on the audit", "have been briefed"):
 * their other forms are mostly an adjective or a noun ("a brief statement", "the briefing"), and
 * a bare participle describes people ("a person briefed on the talks").
 */
const PASSIVE_ONLY: ReadonlySet<string> = new Set(['brief']);
const passiveOnly = lemmaBits(() => [PASSIVE_ONLY]);

/** Whether the participle at `i` follows a form of `be` in its verb group: "had been briefed". */
function finitePassive(ctx: Context, s: Sentence, i: number): boolean {
  if (!ctx.tokens[i]!.lower.endsWith('ed')) return false;
  const { sawAux, beBefore } = groupStart(ctx, s, i);
  return sawAux && beBefore;
}

/**
 * An active `brief` with what was briefed: "Aides had briefed overnight that the speech would",
 * "her aides have been briefing since last night that she will", "Ministers have been briefing
 * against one another": a finite verb (an -ing form only after an auxiliary), then `against`,
 * or a `that` clause a few words on (past an object or a time) before any punctuation.
 */
function briefedThat(ctx: Context, s: Sentence, i: number): boolean {
  const toks = ctx.tokens;
  const w = toks[i]!.lower;
  if (w.endsWith('ing') ? !groupStart(ctx, s, i).sawAux : !w.endsWith('ed')) return false;
  if (toks[i + 1]?.lower === 'against') return true;
  for (let q = i + 1; q < s.last && q <= i + 6; q++) {
    const t = toks[q]!;
    if (t.kind !== 'word') return false;
    if (t.lower === 'that') return complementAfterThat(ctx, q + 1);
  }
  return false;
}

/**
 * "One idea holds that", "Conventional wisdom holds that": what an idea holds is nobody's
 * claim, so the cue has no source (a person, a court or a body keeps theirs).
 */
function ideaHeld(ctx: Context, cue: Cue): Cue {
  const head = cue.source ? ctx.tokens[cue.source.np.head]!.lower : '';
  return IDEAS.has(head) ? { ...cue, source: null } : cue;
}

/** Ideas that hold a view: `idea`, `theory`, `wisdom`. */
const IDEAS = ruleWords('heldIdeas');
