/**
 * Whose a document is: a body's own (`the minutes`, `its accounts`) once the story named a body,
 * one a named source wrote in or issued (`In a memo to staff, Chief Executive Ana Ruiz wrote`),
 * and a study placed in a named journal, whose authors `the researchers` are.
 */
import type { Context } from '../../context';
import { ANONYMITY, ruleWords } from '../../lexicon';
import { isTimeWord } from '../../context';
import { headClass } from '../../phrase/head-class';
import { namedness, OUTLET_NOUNS } from '../../phrase/namedness';
import type { NounPhrase } from '../../phrase/noun-phrase';
import { phraseEndingAt } from '../../phrase/phrase-ending';
import { ISSUED_BY_NAMED, ISSUING, phraseStartingAt } from '../../phrase/phrase-starting';
import { isPlaceName } from '../../phrase/places';
import { previousSameWord } from '../../same-word';
import { authorsNoun } from '../words';
import type { Tracked } from '../registry';
import type { LinkState } from './state';

/**
 * Whether a study the story places in a named journal stands before token `k`, though no cue
 * credits it (`a paper published on Wednesday in the Journal of X`, `a study in Nature`): the
 * study whose authors `the authors` are.
 */
export function studyPublishedBefore(st: LinkState, k: number): boolean {
  for (let q = k - 1; q >= 0 && q >= k - STUDY_REACH; q--) if (studyIn(st, q, k)) return true;
  return false;
}

/**
 * Whether the source phrase `np` is researchers whose cue places their study in a named journal
 * in the same sentence: `a team of archaeologists argues in a paper published on Wednesday in
 * the Journal of X` (the authors of a named study, like `the authors` after it).
 */
export function researchersOfStudy(st: LinkState, np: NounPhrase): boolean {
  const ctx = st.ctx;
  const toks = ctx.tokens;
  const head = toks[np.head]!.lower;
  let people = np.head;
  // "a team of archaeologists", "a group of scientists"
  if (RESEARCH_GROUPS.has(head) && toks[np.head + 1]?.lower === 'of') people = np.end - 1;
  const who = toks[people]!.lower;
  if (!authorsNoun(who) && !(headClass(ctx, people) === 'occupation' && who.endsWith('s')))
    return false;
  const s = ctx.sentences[ctx.sentenceOf[np.head]!]!;
  for (let q = np.end; q < s.last; q++) if (studyIn(st, q, s.last)) return true;
  return false;
}

/** Whether a study noun at token `q` is placed in a named journal before token `limit`. */
function studyIn(st: LinkState, q: number, limit: number): boolean {
  const toks = st.ctx.tokens;
  if (!STUDY_HEADS.has(toks[q]!.lower) || st.ctx.name[q]) return false;
  for (let p = q + 1; p < q + STUDY_TAIL && p < limit; p++) {
    const w = toks[p]!;
    if (w.kind === 'punct' && w.lower !== ',') break;
    if (w.lower !== 'in') continue;
    const n = toks[p + 1]?.lower === 'the' ? p + 2 : p + 1;
    const r = st.ctx.name[n] ? st.names.runAt(n) : -1;
    if (r < 0) continue;
    const kind = st.names.kind(r);
    if (kind === 'publication' || kind === 'organisation') return true;
    // "the Journal of Prehistoric Studies", "the Harbour Review": a name of several words,
    // or with an `of` part, that is no place, person or date
    const e = st.names.end[r]!;
    const long = e - st.names.start[r]! > 1 || (toks[e]?.lower === 'of' && !!st.ctx.name[e + 1]);
    if (kind === 'unknown' && long) return true;
  }
  return false;
}

/**
 * Whether a named source wrote or issued the document `np` (head `head`) refers back to, its
 * nearest first mention with `a` in the story so far: `In a Slack message to staff, Chief
 * Executive Ana Ruiz wrote`, `Acme told staff in a memo that`, `The Tarn Medicines Agency has
 * issued a warning letter`, `the Care Quality Board said in a report released on Thursday` (a
 * report the story returns to paragraphs later).
 */
export function writtenIn(st: LinkState, np: NounPhrase, head: string): boolean {
  const ctx = st.ctx;
  const toks = ctx.tokens;
  // (the head's earlier mentions, nearest first: see same-word.ts)
  for (let h = previousSameWord(ctx, np.head); h > 0; h = previousSameWord(ctx, h)) {
    if (ctx.name[h] || toks[h]!.lower !== head) continue;
    // `a` and at most two modifiers before the head: "a warning letter", "a Slack message"
    let d = h - 1;
    while (d > 0 && d >= h - 3 && !INDEFINITE_SINGULAR.has(toks[d]!.lower)) {
      if (toks[d]!.kind !== 'word') break;
      // ("published its preliminary report", "released new figures": the issuer's own, or a
      // plural or mass noun with no article, right after its verb of issuing)
      if (ISSUED.has(toks[d]!.lower) || OWN.has(toks[d]!.lower)) break;
      d--;
    }
    const at = toks[d]!.lower;
    if (ISSUED.has(at)) {
      if (namedIssuer(st, d)) return true;
      continue;
    }
    // "the report" after "the Auditor-General's report": a named owner's document
    if (!INDEFINITE_SINGULAR.has(at) && !OWN.has(at)) {
      if (namedOwnerBefore(ctx, h)) return true;
      continue;
    }
    const before = toks[d - 1];
    if (before?.lower === 'in') return namedSourceIn(st, ctx.sentenceOf[d]!);
    if (before && ISSUED.has(before.lower)) return namedIssuer(st, d - 1);
    return issuedByNamed(ctx, h);
  }
  return false;
}

/**
 * Whether the document noun at token `h` (its first mention, with `a`) is said to be by a named
 * body or person, maybe after a time phrase: `a report last year by the parliament's intelligence
 * committee`, `a review published in March by Ostrel Council` (the guideline's `the report` after
 * `a report in the Harbour Gazette`, decision 15 of the labelled sets).
 */
function issuedByNamed(ctx: Context, h: number): boolean {
  const s = ctx.sentences[ctx.sentenceOf[h]!]!;
  const by = issuerBy(ctx, h);
  if (by < 0) return false;
  const agent = phraseStartingAt(ctx, by + 1, s.last);
  return !!agent && namedness(ctx, agent) !== false;
}

/**
 * The token `by` that gives the issuer of the document noun at token `h`, right after it or
 * after a participle of issuing and a time phrase (`a report by`, `figures published on Tuesday
 * by`, `a review commissioned last year by`), or -1. A participle of handling (`seen by the
 * Sentinel`, `obtained by the Post`) gives no issuer (decision 14 of the labelled sets).
 */
export function issuerBy(ctx: Context, h: number): number {
  const toks = ctx.tokens;
  const s = ctx.sentences[ctx.sentenceOf[h]!]!;
  let m = h + 1;
  if (toks[m] && ISSUED_BY_NAMED.has(toks[m]!.lower)) m++;
  else if (toks[m] && ISSUING.has(toks[m]!.lower)) return -1;
  for (let n = 0; n < 3 && m < s.last && toks[m]!.lower !== 'by'; n++, m++)
    if (!isTimeWord(toks[m]) && !TIME_LEADS.has(toks[m]!.lower)) return -1;
  return toks[m]?.lower === 'by' ? m : -1;
}

/**
 * Whether the document noun at token `h` has a named possessor right before it, maybe past one
 * modifier: `the Auditor-General's report`, `Acme's annual report` (not `the man's letter`).
 */
function namedOwnerBefore(ctx: Context, h: number): boolean {
  const toks = ctx.tokens;
  const p = toks[h - 1]?.kind === 'pos' ? h - 1 : toks[h - 2]?.kind === 'pos' ? h - 2 : -1;
  if (p < 1 || !ctx.name[p - 1] || isPlaceName(ctx, p - 1)) return false;
  if (p === h - 2 && (toks[h - 1]!.kind !== 'word' || ctx.name[h - 1])) return false;
  const owner = phraseEndingAt(ctx, p - 1, ctx.sentences[ctx.sentenceOf[h]!]!.first, false);
  return !!owner && namedness(ctx, owner) !== false;
}

/**
 * Whether a cue of token `k`'s sentence credits a named organisation before it (a source
 * linked so far).
 */
export function bodyCreditedBefore(st: LinkState, k: number): boolean {
  const toks = st.ctx.tokens;
  const s = st.ctx.sentences[st.ctx.sentenceOf[k]!]!;
  const from = toks[s.first]!.start;
  const to = toks[k]!.start;
  for (let q = st.tracked.length - 1; q >= 0; q--) {
    const t = st.tracked[q]!;
    const at = toks[st.toks[q]!]!.start;
    if (at < from) break;
    if (at < to && t.entity.named === true && t.entity.type === 'organisation') return true;
  }
  return false;
}

/**
 * Whether sentence `si` credits a named person or body (a cue's source linked so far), or people
 * of a named body (`Analysts at Orbis Bank wrote in a note`: the bank's note).
 */
function namedSourceIn(st: LinkState, si: number): boolean {
  const toks = st.ctx.tokens;
  const s = st.ctx.sentences[si]!;
  const from = toks[s.first]!.start;
  const to = toks[s.last - 1]!.end;
  for (let q = st.tracked.length - 1; q >= 0; q--) {
    const t = st.tracked[q]!;
    const at = toks[st.toks[q]!]!.start;
    if (at < from) break;
    if (at < to && t.entity.named !== false && t.entity.type !== 'document') return true;
  }
  return false;
}

/**
 * Whether the verb of issuing at token `v` (`issued`, `has sent`) has a named subject right
 * before it: `The Tarn Medicines Agency has issued`, `Acme sent` (not a place: `Ohio issued`).
 */
function namedIssuer(st: LinkState, v: number): boolean {
  const ctx = st.ctx;
  let k = v - 1;
  while (k >= 0 && ctx.tokens[k]!.kind === 'word' && ISSUE_AUX.has(ctx.tokens[k]!.lower)) k--;
  if (k < 0) return false;
  if (ctx.name[k]) {
    const r = st.names.runAt(k);
    if (r >= 0 && st.names.end[r] === k + 1) {
      const kind = st.names.kind(r);
      if (kind === 'organisation' || kind === 'publication' || kind === 'person') return true;
    }
  }
  return namedSubject(ctx, v, k);
}

/**
 * Whether the subject that opens the sentence of the verb at token `v` (its last word, or the
 * comma closing an aside after it, at token `k`) is named: "Ana Okafor, 54, issued", "Council
 * spokesperson Jo Park published", "Mayor Tom Field's office released", "The trust's chief
 * executive, Ana Okafor, sent".
 */
function namedSubject(ctx: Context, v: number, k: number): boolean {
  const s = ctx.sentences[ctx.sentenceOf[v]!]!;
  const subject = phraseStartingAt(ctx, s.first, v);
  if (!subject) return false;
  const end = subject.end;
  if (end === k + 1) return namedness(ctx, subject) !== false;
  if (ctx.tokens[end]?.lower !== ',' || ctx.tokens[k]!.lower !== ',') return false;
  // ("The trust's chief executive, Ana Okafor, issued": a name in the aside names the subject)
  return namedness(ctx, subject) !== false || !!ctx.name[end + 1];
}

/** Whether the story named an organisation before token `k`. */
export function bodyNamedBefore(st: LinkState, k: number): boolean {
  if (st.names.organisation(k) >= 0) return true;
  const org = st.registry.latest('organisation');
  // (not the outlet itself, "this newspaper": it sees documents, it does not issue them;
  // decision 68 of the labelled sets)
  return !!org && org.entity.named === true && !ownOutlet(org);
}

/**
 * Whether the story named a scholarly journal before the document `np` and brought in no other
 * document of its kind with `a`: a name right after the word
 * `journal` (`the journal Cellular Rhythms`) or one with `Journal` in it (`the Journal of
 * Prehistoric Studies`). A journal issues its own notices (a retraction, a correction), unlike a
 * news outlet, which only sees documents (decision 68 of the labelled sets).
 */
export function journalNamedBefore(st: LinkState, np: NounPhrase): boolean {
  const ctx = st.ctx;
  const toks = ctx.tokens;
  const k = np.start;
  // (not a second document of the kind the story brought in before: "A notice posted on a forum
  // by an anonymous user ... The notice says")
  const head = toks[np.head]!.lower;
  for (let h = previousSameWord(ctx, np.head); h > 0; h = previousSameWord(ctx, h)) {
    if (toks[h]!.lower !== head) continue;
    for (let d = h - 1; d >= h - 3 && d >= 0; d--)
      if (INDEFINITE_SINGULAR.has(toks[d]!.lower)) return false;
  }
  for (let q = k - 1; q >= 0 && q >= k - JOURNAL_REACH; q--) {
    if (!ctx.name[q]) continue;
    const r = st.names.runAt(q);
    if (r < 0) continue;
    const from = st.names.start[r]!;
    if (toks[from - 1]?.lower === 'journal') return true;
    for (let p = from; p < st.names.end[r]!; p++) if (toks[p]!.lower === 'journal') return true;
    q = from;
  }
  return false;
}

/** How many tokens back a named journal is looked for. */
const JOURNAL_REACH = 600;

/** Whether `t` is the outlet the reader is reading: `this newspaper`, `this publication`. */
function ownOutlet(t: Tracked): boolean {
  return OUTLET_NOUNS.has(t.head) && t.entity.name.toLowerCase().startsWith('this ');
}

/** Documents a body issues itself: `the statement`, `the minutes`, `the release`. */
export const BODY_DOCUMENTS = ruleWords('bodyDocuments');

/**
 * Whether a document is said to be published with no one else named as its author or holder
 * (`minutes of the meeting published on Wednesday`, `a summary ... released on Tuesday`; not
 * `a summary released by a campaign group`, `a statement obtained and published by the paper`).
 */
export function publishedUnsigned(ctx: Context, np: NounPhrase): boolean {
  const toks = ctx.tokens;
  for (let k = np.coreEnd; k <= np.end; k++) {
    const w = toks[k];
    if (!w || w.kind !== 'word') return false;
    if (ACCESS_WORDS.has(w.lower)) return false;
    if (!PUBLISHED.has(w.lower)) continue;
    for (let q = k + 1; q < k + 6 && toks[q] && toks[q]!.kind === 'word'; q++)
      if (toks[q]!.lower === 'by' || ACCESS_WORDS.has(toks[q]!.lower)) return false;
    return toks[k + 1]?.lower !== 'by';
  }
  return false;
}

/** Words before a time word in a time phrase: `on Tuesday`, `last year`, `in March`. */
const TIME_LEADS: ReadonlySet<string> = new Set(['earlier', 'in', 'last', 'late', 'on', 'this']);

/** Participles of a document made public: `published`, `released`, `issued`. */
const PUBLISHED: ReadonlySet<string> = new Set(['issued', 'published', 'released']);

/** Participles by which a reporter got hold of a document: `obtained`, `seen`, `leaked`. */
const ACCESS_WORDS: ReadonlySet<string> = new Set(Object.values(ANONYMITY.access).flat());

/** Determiners that introduce a new referent. */
export const INDEFINITE_SINGULAR: ReadonlySet<string> = new Set(['a', 'an', 'another', 'one']);

/** Possessive determiners of a document its issuer names: `published its annual report`. */
const OWN: ReadonlySet<string> = new Set(['her', 'his', 'its', 'their']);

/** Verbs by which a person or body issues a document: `issued a warning letter`. */
const ISSUED = ruleWords('issuedDocuments');

/** Auxiliaries and adverbs between a subject and its verb of issuing: `has also issued`. */
const ISSUE_AUX: ReadonlySet<string> = new Set(['also', 'had', 'has', 'have', 'last', 'this']);

/** Heads of a group of researchers: `a team of archaeologists`. */
const RESEARCH_GROUPS: ReadonlySet<string> = new Set(['group', 'team']);

/** Heads of a study a story may place in a journal: `paper`, `study`. */
const STUDY_HEADS = ruleWords('studyHeads');

/** How many tokens back a study placed in a journal is looked for, and how far after its head. */
const STUDY_REACH = 600;
const STUDY_TAIL = 12;
