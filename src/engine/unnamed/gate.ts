/**
 * A gate before `reason` (reason.ts) for candidates no cue credits: most of them end unflagged
 * (the organisation, document and title phrases of a story: "the company", "in a statement", "the
 * prosecutor"), and `reason` spends its null checks on them (a name in apposition, the phrase's
 * namedness, a named publication...) before it refuses them. A phrase of these classes is flagged
 * only when one of the checks that return a reason holds, so the gate asks those checks, or a
 * cheap condition each of them needs, and refuses the phrase when none holds: the same answer as
 * `reason` and the fall-backs after it in find-unnamed.ts, without the null checks.
 *
 * Keeping it right: every `return WHY...` that `reason` can give a phrase no cue credits, and every
 * fall-back after it in `findUnnamed`, must be asked below for the classes it applies to (the
 * check itself, or a condition it needs). A new rule that flags organisations, documents or
 * titles outside these checks must add its check here. The unit tests run with `gateCheck.on`
 * (src/engine/test-setup.ts): every phrase the gate refuses is also run through `reason`, and a
 * refused phrase that `reason` flags throws, naming the phrase and its reason.
 */
import type { Context } from '../context';
import { F } from '../lexicon';
import type { HeadClass } from '../phrase/head-class';
import { isPersonClass } from '../phrase/head-class';
import { namedness } from '../phrase/namedness';
import type { NounPhrase } from '../phrase/noun-phrase';
import type { Sentence } from '../sentences';
import { PLAIN_PEOPLE } from './accused-newcomers';
import { anonymityClause, hasAnonModifier } from './appositions';
import { counterparty } from './counterparty';
import {
  appearsToShow,
  citedDocument,
  documentRepeat,
  firstTelling,
  passiveIn,
  reachedReporter,
  tellingDocument,
  toldOfByUnnamed,
  unpublished,
  unverified,
} from './documents';
import type { EntityView } from './entity-view';
import { entityMayFlag, INDEFINITE_ONE } from './entity-view';
import { findingIn, findingTests, identifyingRecords, weighedRecording } from './evidence';
import { authoredByUnnamed } from './authored-documents';
import { handedByUnnamed } from './handed-documents';
import { surfacingReport } from './surfacing-reports';
import { unnamedAuthorsDocument } from './issued-documents';
import { accusedObject, heldResponsible, sender } from './parties';
import { absoluteActing, perceivedActing } from './perceived';
import { actFrom } from './act-from';
import { chargedPeople } from './charged-people';
import { expelledPeople } from './expelled-people';
import { earlierJudge } from './earlier-judge';
import { unconfirmedDocument } from './unconfirmed-documents';
import { unnamedIllicitBody } from './illicit-bodies';
import { unanchoredBody } from './unanchored-bodies';
import { withheldBody, withheldObject } from './withheld-body';
import { withheldSubject } from './withheld-subject';
import { withheldIdentity } from './withheld-identity';
import { knownThroughAnother } from './known-through';
import { ownerOfThing } from './thing-owners';
import { actingIndefiniteRepeat, pluralEnding } from './reason';
import { repeatsUnnamedBody } from './repeat-mentions';
import { stanceGroup } from './stance-group';
import { surveyedCount } from './surveyed';
import {
  counted,
  IN_ANON_ADJECTIVES,
  IN_INDEFINITE,
  IN_ORDINALS,
  listsOf,
  moreListsOf,
  QUANTITY_STARTS,
} from './words';

/**
 * The unit tests' switch (`on`): run refused phrases through `reason` too, and throw if it flags
 * one; `refused` counts the phrases refused meanwhile.
 */
export const gateCheck = { on: false, refused: 0 };

/**
 * Whether the gate refuses `np`, a phrase of class `cls` that no cue credits (`host`: the
 * finding it describes again, if any; `out`: the sentence's findings so far): no rule could flag
 * it. Organisations, documents and titles only; other classes always pass.
 */
export function refused(
  ctx: Context,
  s: Sentence,
  np: NounPhrase,
  cls: HeadClass,
  view: EntityView,
  host: unknown,
  out: readonly { start: number; end: number; why: string }[],
): boolean {
  if (cls !== 'organisation' && cls !== 'document' && cls !== 'title') return false;
  if (host !== undefined || mayFlag(ctx, s, np, cls, view, out)) return false;
  // (`reason` notes how "an official in the Expenses Office" is named for a later "the
  // official": a phrase whose note may be due goes through it)
  const toks = ctx.tokens;
  const head = toks[np.head]!.lower;
  return !(
    INDEFINITE_ONE.has(toks[np.start]!.lower) &&
    !ctx.mentions.has(head) &&
    namedness(ctx, np) === 'partial'
  );
}

/** Whether a check that flags an uncredited phrase of class `cls` may hold for `np`. */
function mayFlag(
  ctx: Context,
  s: Sentence,
  np: NounPhrase,
  cls: HeadClass,
  view: EntityView,
  out: readonly { start: number; end: number; why: string }[],
): boolean {
  const toks = ctx.tokens;
  // any class: "officials who spoke on condition of anonymity", "an anonymous letter"
  if (np.end > np.coreEnd && hasAnonModifier(ctx, np)) return true;
  for (let k = np.start; k < np.head; k++)
    if ((listsOf(toks[k]) & IN_ANON_ADJECTIVES) !== 0) return true;
  if (anonymityClause(ctx, s, np.end)) return true;
  if (cls === 'document') return documentMayFlag(ctx, s, np, view, out);
  // organisations and titles: what the entities decided, then `reason`'s checks before its
  // switch, in its order
  if (entityMayFlag(ctx, np, cls, view)) return true;
  // a repeat of an unnamed body ("The group left"), a person known through another ("her
  // lawyer"): repeat-mentions.ts, known-through.ts
  if (cls === 'organisation' && repeatsUnnamedBody(ctx, s, np, view, false)) return true;
  // ("the gang" that no name in the text is: illicit-bodies.ts; "a tutoring agency ... The
  // agency did not respond": reason.ts)
  if (cls === 'organisation' && (unnamedIllicitBody(ctx, np) || actingIndefiniteRepeat(ctx, s, np)))
    return true;
  if (cls === 'organisation' && unanchoredBody(ctx, np)) return true;
  // ("The vendor, which Elmsford did not name,": withheld-body.ts)
  if (cls === 'organisation' && (withheldBody(ctx, np) || withheldObject(ctx, np))) return true;
  if (cls === 'organisation' && withheldSubject(ctx, s, np, false)) return true;
  // ("on condition that the fund not be named", "whose name has not been released": withheld-identity.ts)
  if (
    (cls === 'organisation' || isPersonClass(cls)) &&
    withheldIdentity(
      ctx,
      s,
      np,
      cls === 'title' ? 'clause' : cls === 'organisation' ? 'all' : 'notSubject',
    )
  )
    return true;
  // ("charged a former deputy minister with": charged-people.ts)
  if (cls === 'title' && (chargedPeople(ctx, s, np) || expelledPeople(ctx, s, np))) return true;
  if (cls === 'title' && earlierJudge(ctx, np)) return true;
  if (knownThroughAnother(ctx, s, np, cls, false)) return true;
  // ("The plant's operator was fined": known through a thing it runs, thing-owners.ts)
  if (ownerOfThing(ctx, np)) return true;
  const first = toks[np.start]!;
  if (sender(ctx, np)) return true;
  if (heldResponsible(ctx, s, np) && ((moreListsOf(first) & IN_INDEFINITE) !== 0 || counted(first)))
    return true;
  if (accusedObject(ctx, np)) return true;
  if (counterparty(ctx, s, np, cls)) return true;
  if (cls === 'title' && perceivedActing(ctx, s, np)) return true;
  if (absoluteActing(ctx, s, np) || stanceGroup(ctx, s, np, cls)) return true;
  if (cls === 'title' && actFrom(ctx, s, np)) return true;
  if (cls === 'organisation' && surveyedCount(ctx, np)) return true;
  // the fall-backs after `reason`: a later member of an acting coordination ("by two ushers and
  // a retired firefighter"), a person new to the story whom the police hold
  const and = toks[np.start - 1]?.lower;
  if (and === 'and' || and === 'or') return true;
  if (cls === 'title') {
    if (PLAIN_PEOPLE.has(toks[np.head]!.lower)) return true;
    // "a senior minister", "at least one director": a new, indefinite title
    return first.lower === 'at' || (moreListsOf(first) & IN_INDEFINITE) !== 0;
  }
  return organisationMayAct(ctx, np);
}

/**
 * Whether `reason`'s switch may find the organisation `np` acting: not on or via it (a medium), not
 * a bare singular, nor a definite one met before ("the company"), nor "that", "those" or "other";
 * with a determiner, a count, an owner or a plural.
 */
function organisationMayAct(ctx: Context, np: NounPhrase): boolean {
  const toks = ctx.tokens;
  const before = toks[np.start - 1]?.lower;
  if (before === 'on' || before === 'via') return false;
  const first = toks[np.start]!;
  const head = toks[np.head]!.lower;
  const plural = pluralEnding(head);
  if (np.start === np.head && !plural) return false;
  const w = first.lower;
  if (w === 'that' || w === 'those' || w === 'other') return false;
  if (w === 'the' && !(np.head > np.start + 1 && (listsOf(toks[np.start + 1]) & IN_ORDINALS) !== 0))
    return false;
  if (plural || head === 'media' || (first.f & (F.DET | F.QUANT)) !== 0 || QUANTITY_STARTS.has(w))
    return true;
  for (let k = np.start; k < np.head; k++) if (toks[k]!.kind === 'pos') return true;
  return false;
}

/**
 * Whether a check that flags an uncredited document may hold for `np`: `reason`'s (one that
 * reached the reporter, cited, appearing to show, unverified, telling, unpublished, told of by an unnamed source, a
 * repeat) and the fall-backs after it (issued by unnamed authors, evidence that finds or
 * identifies).
 */
function documentMayFlag(
  ctx: Context,
  s: Sentence,
  np: NounPhrase,
  view: EntityView,
  out: readonly { start: number; end: number; why: string }[],
): boolean {
  const first = ctx.tokens[np.start]!.lower;
  // (the cheapest first: those that ask the head, the first word or the word before)
  return (
    findingTests(ctx, s, np) ||
    weighedRecording(ctx, s, np) ||
    findingIn(ctx, s, np) ||
    citedDocument(ctx, np) ||
    appearsToShow(ctx, s, np) ||
    unverified(ctx, s, np) ||
    unconfirmedDocument(ctx, np) ||
    identifyingRecords(ctx, s, np) ||
    unnamedAuthorsDocument(ctx, s, np, out) ||
    authoredByUnnamed(ctx, s, np, view) ||
    surfacingReport(ctx, s, np) ||
    handedByUnnamed(ctx, s, np, out) ||
    documentRepeat(ctx, s, np, view) ||
    firstTelling(ctx, s, np) ||
    passiveIn(ctx, s, np) ||
    tellingDocument(ctx, s, np) ||
    (first !== 'the' && unpublished(ctx, np)) ||
    toldOfByUnnamed(ctx, s, np, view) ||
    reachedReporter(ctx, np)
  );
}

/** The error of a refused phrase that `reason` flags (with `gateCheck.on`). */
export function gateError(ctx: Context, np: NounPhrase, cls: HeadClass, why: string): Error {
  const words = ctx.tokens.slice(np.start, np.end).map((t) => t.lower);
  return new Error(`gate.ts refused "${words.join(' ')}" (${cls}), flagged as: ${why}`);
}
