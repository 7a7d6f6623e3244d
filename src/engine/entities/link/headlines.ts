/**
 * Headline subjects the story names later: `Ostravan Minister Derides ...` kept until the story's
 * `Ostrava's foreign minister, Radek Holub`, `Water Firm` until `Northvale Water`, a lone `Regulator`
 * until the body that opens the lede. The headline's findings then credit the story's entity.
 */
import type { Context } from '../../context';
import { F, GENERIC_SOURCES } from '../../lexicon';
import type { NounPhrase } from '../../phrase/noun-phrase';
import type { Finding, Named } from '../../types';
import { headlinePeopleOf, headlineStandsFor } from '../reference';
import type { Tracked } from '../registry';
import { describedAsBody } from '../names';
import { orgOf } from './named';
import type { LinkState, Pending } from './state';

/** Keeps headline subject `t` (phrase `np`) to be matched with a later mention in the story. */
export function expect(
  st: LinkState,
  t: Tracked,
  np: NounPhrase,
  findings: readonly Finding[],
  from: number,
  count: number,
): void {
  const toks = st.ctx.tokens;
  const words: string[] = [];
  const names: string[] = [];
  for (let k = np.start; k < np.coreEnd; k++) {
    if (toks[k]!.kind !== 'word') continue;
    words.push(toks[k]!.lower);
    if (st.ctx.name[k] && k !== np.head) names.push(toks[k]!.lower);
  }
  const head = singular(toks[np.head]!.lower);
  // (the findings themselves: the sentence's findings are sorted after linking)
  st.pending.push({
    t,
    sentence: st.ctx.sentenceOf[np.head]!,
    opens: np.start === st.ctx.sentences[st.ctx.sentenceOf[np.head]!]!.first,
    head,
    plural: head !== toks[np.head]!.lower,
    words,
    names,
    findings: findings.slice(from, from + count),
    start: toks[np.start]!.start,
    end: toks[np.end - 1]!.end,
  });
}

/**
 * A story's mention `t` (phrase `np`) of what a headline announced: `Ostrava's foreign minister,
 * Radek Holub` for `Ostravan Minister`, `internal testers` for `Testers`, `Northvale Water` for
 * `Water Firm`. The headline's findings then credit `t`, and its own entity is merged away.
 */
export function claim(st: LinkState, t: Tracked, np: NounPhrase, lede: boolean): void {
  const pending = st.pending;
  const word = st.ctx.tokens[np.head]!.lower;
  const head = singular(word);
  // (one of a headline's group is not the group: "Residents describe queues" over "One resident,
  // Ana Pell, said"; a named member only illustrates it, decision 82 of the labelled sets)
  const one = head === word;
  for (let i = 0; i < pending.length; i++) {
    const p = pending[i]!;
    // "Deputies Say" over the lede's "the Brantley County Sheriff's Office said": its people
    if (lede && p.words.length === 1 && headlinePeopleOf(p.t, p.words[0]!, t)) {
      pending.splice(i--, 1);
      namedAs(p, 'partial');
      continue;
    }
    if (
      p.t !== t &&
      !(sameReferent(p, head, t) && !(p.plural && one)) &&
      !sameBodysPerson(st.ctx, p, np, t) &&
      // "Sources Say" for the lede's "three people with knowledge of the result told"
      !(lede && sourcesOfLede(p, t)) &&
      // "Audit Finds" for the story's named report, "Network Says" for the lede's "CNB said"
      !headlineStandsFor(p.t, p.words.length, t, lede, p.opens)
    )
      continue;
    pending.splice(i--, 1);
    standFor(st, p, t);
  }
}

/** Headline subject `p` is the story's entity `t`: its findings credit `t`. */
function standFor(st: LinkState, p: Pending, t: Tracked): void {
  // (the story referring back to the headline's own entity: nothing to merge)
  if (p.t === t) return;
  st.registry.merge(p.t, t);
  // a headline subject the story names is no unnamed actor ("District Data Show ...")
  if (t.entity.named === true) st.registry.retract(p.start, p.end);
  const e = t.entity;
  for (const f of p.findings) {
    const src = f.source;
    if (src?.entity !== p.t.entity) continue;
    // (a source the lede identified stays named: ./headline-lede.ts)
    if (e.named === false && st.ledeNamed.includes(src)) continue;
    src.named = e.named;
    src.type = e.type;
    src.entity = e;
  }
}

/**
 * At the end of a story, the one-word headline subjects no source of the story claimed
 * (`Regulator cites ...`): the body named at the start of the story's first sentence, though no
 * cue credits it there (`The National Medicines Board has issued a warning letter to ...`).
 */
export function ledeSubjects(st: LinkState): void {
  const pending = st.pending;
  for (let i = 0; i < pending.length; i++) {
    const p = pending[i]!;
    if (p.words.length !== 1 || p.t.merged || p.t.entity.named !== false) continue;
    const si = storyStart(st, p.sentence);
    let r = subjectNameAt(st, si);
    // ("Watchdog says" over "..., according to a report by the environmental group Verdant
    // Watch": a body the lede names after a noun for its kind, though its report is the source)
    if (r < 0 && p.t.entity.type === 'organisation') r = describedBodyIn(st, si);
    // "Regulator signals delay", "Agency cites a pressure reading" over a story that names the
    // body later, in any sentence: a body whose name ends in the noun or a name for its kind
    // (`the Communications Regulatory Authority`), the noun after a body's name (`the Kessington
    // water board`) or a definite one of a country's kind (`The finance ministry`; decision 21)
    if (r < 0 && p.t.entity.type !== 'person' && kindInStory(st, p.head, p.sentence)) {
      identified(st, p.t);
      i--;
      continue;
    }
    if (r < 0) continue;
    const t = orgOf(st, r);
    if (headlinePeopleOf(p.t, p.words[0]!, t)) namedAs(p, 'partial');
    else if (headlineStandsFor(p.t, 1, t, true, p.opens)) standFor(st, p, t);
    else continue;
    pending.splice(i--, 1);
  }
}

/**
 * Whether the story after headline sentence `si` names a body that a bare headline noun `head`
 * (`regulator`, `agency`, `ministry`) stands for: a name that ends in the noun or a word for its
 * kind (KINDS_OF), the noun written after a name, or the noun after `the` and one or two
 * lowercase modifiers (`the telecoms regulator`, `The finance ministry`: a country's one body of
 * that kind). Only nouns for bodies (`regulator`, not `operators` nor `officials`) qualify.
 */
function kindInStory(st: LinkState, head: string, si: number): boolean {
  if (!HEADLINE_BODIES.has(head)) return false;
  const ctx = st.ctx;
  const toks = ctx.tokens;
  const from = ctx.sentences[si]!.last;
  const kinds = KINDS_OF[head] ?? [head];
  for (let k = from; k < toks.length; k++) {
    const w = toks[k]!.lower;
    if (!kinds.includes(w) || st.headline(ctx.sentenceOf[k]!)) continue;
    if (ctx.name[k]) {
      const r = st.names.runAt(k);
      if (r >= 0 && st.names.end[r] === k + 1 && st.names.kind(r) === 'organisation') return true;
      continue;
    }
    if (w !== head) continue;
    const at = ctx.kindWords.get(w);
    if (at !== undefined && at === k) return true;
    // (`the` and one or two lowercase modifiers right before)
    let d = k - 1;
    while (d >= k - 2 && toks[d]?.kind === 'word' && !toks[d]!.cap && !ctx.name[d]) {
      if (toks[d]!.lower === 'the') break;
      if ((toks[d]!.f & F.FUNC) !== 0) break;
      d--;
    }
    if (d < k - 1 && toks[d]?.lower === 'the') return true;
  }
  return false;
}

/** Bare headline nouns for a body the story names: `Regulator`, `Agency`, `Ministry`. */
const HEADLINE_BODIES: ReadonlySet<string> = new Set([
  'agency',
  'authority',
  'commission',
  'council',
  'ministry',
  'regulator',
  'watchdog',
]);

/** Words that end the name of a body a headline noun stands for, the noun among them. */
const KINDS_OF: Readonly<Record<string, readonly string[]>> = {
  agency: ['agency', 'administration', 'authority', 'bureau', 'office', 'service'],
  regulator: ['regulator', 'authority', 'commission', 'office', 'board', 'agency'],
  watchdog: ['watchdog', 'authority', 'commission', 'office', 'board', 'agency', 'ombudsman'],
};

/** The first sentence after headline sentence `si` that is no headline, or -1. */
function storyStart(st: LinkState, si: number): number {
  const n = st.ctx.sentences.length;
  let q = si + 1;
  while (q < n && st.headline(q)) q++;
  return q < n ? q : -1;
}

/**
 * The run of the organisation's name that opens sentence `si` as its subject (`The National
 * Medicines Board has issued`, `Acme fined`), or -1.
 */
function subjectNameAt(st: LinkState, si: number): number {
  if (si < 0) return -1;
  const ctx = st.ctx;
  const toks = ctx.tokens;
  const s = ctx.sentences[si]!;
  const k = toks[s.first]!.lower === 'the' ? s.first + 1 : s.first;
  const r = ctx.name[k] ? st.names.runAt(k) : -1;
  if (r < 0 || st.names.start[r] !== k || st.names.kind(r) !== 'organisation') return -1;
  const v = toks[st.names.end[r]!];
  if (!v || v.kind !== 'word' || ctx.name[st.names.end[r]!]) return -1;
  if ((v.f & (F.AUX | F.BE | F.REPORT)) !== 0) return r;
  return (v.f & (F.PREP | F.CONJ | F.DET | F.PRON)) === 0 && /(?:ed|s)$/.test(v.lower) ? r : -1;
}

/**
 * The first organisation sentence `si` names right after a noun for the kind of body it is (`the
 * environmental group Verdant Watch`), or -1.
 */
function describedBodyIn(st: LinkState, si: number): number {
  if (si < 0) return -1;
  const ctx = st.ctx;
  const s = ctx.sentences[si]!;
  for (let k = s.first + 1; k < s.last; k++) {
    if (!ctx.name[k] || ctx.name[k - 1]) continue;
    const r = st.names.runAt(k);
    if (r >= 0 && st.names.start[r] === k && describedAsBody(ctx, k)) {
      if (st.names.kind(r) === 'organisation') return r;
    }
  }
  return -1;
}

/**
 * The headline person still unclaimed (`contractor tells`, one word) that stands for `a`, the
 * person the lede describes first (`A construction executive told`), if any.
 */
export function ledePerson(st: LinkState, a: Tracked): Pending | null {
  if (st.pending.length !== 1 || st.lede < 0) return null;
  const p = st.pending[0]!;
  if (p.words.length !== 1 || p.t.merged || p.t.entity.named !== false) return null;
  if (p.t.entity.type !== 'person' || a.entity.type !== 'person') return null;
  const s = st.ctx.sentences[st.lede]!;
  const toks = st.ctx.tokens;
  if (a.first < toks[s.first]!.start || a.first > toks[s.last - 1]!.end) return null;
  // (the lede's first source)
  const q = st.tracked.indexOf(a);
  return q >= 0 && (q === 0 || st.tracked[q - 1] === p.t) ? p : null;
}

/** Whether `t` is a headline's unnamed subject the story has yet to identify. */
export function pendingUnnamed(st: LinkState, t: Tracked): boolean {
  return t.entity.named === false && pendingAt(st, t) >= 0;
}

/**
 * Where `t` is among the pending headline subjects, or -1. (A loop, not `st.pending.some(...)`:
 * a closure over `t` made its caller allocate a context on every call.)
 */
function pendingAt(st: LinkState, t: Tracked): number {
  const pending = st.pending;
  for (let i = 0; i < pending.length; i++) if (pending[i]!.t === t) return i;
  return -1;
}

/**
 * Whether an unnamed source with head `head` was met before offset `at`, other than a headline's
 * subject the story has yet to identify (`Minutes Show ...` before `minutes of the meeting`).
 */
export function unnamedBefore(st: LinkState, head: string, at: number): boolean {
  if (!st.registry.unnamedBefore(head, at)) return false;
  const t = st.registry.byHead(head);
  return !t || pendingAt(st, t) < 0;
}

/** Headline subject `p`, no longer pending, is `named` after all: so are its findings. */
function namedAs(p: Pending, named: Named): void {
  const e = p.t.entity;
  e.named = named;
  for (const f of p.findings) if (f.source?.entity === e) f.source.named = named;
}

/**
 * Headline subject `t`, still pending, turns out named: its entity is, its findings follow and
 * its `unnamed` finding is withdrawn.
 */
export function identified(st: LinkState, t: Tracked): void {
  const i = pendingAt(st, t);
  if (i < 0) return;
  const p = st.pending[i]!;
  st.pending.splice(i, 1);
  t.entity.named = true;
  delete t.entity.anonymity;
  st.registry.retract(p.start, p.end);
  for (const f of p.findings) if (f.source?.entity === t.entity) f.source.named = true;
}

/** A noun without a plural `s` (`testers` to `tester`; not `press`). */
function singular(w: string): string {
  return w.length > 3 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w;
}

/**
 * Whether story mention `t` with head `head` is what headline subject `p` stands for: the same
 * head noun and a kind of entity that fits, or a body named with one of its words (`Water Firm`
 * and `Northvale Water`).
 */
function sameReferent(p: Pending, head: string, t: Tracked): boolean {
  if (t.merged) return false;
  const want = p.t.entity.type;
  const type = t.entity.type;
  const fit =
    want === type ||
    ((want === 'person' || want === 'group') && (type === 'person' || type === 'group')) ||
    want === 'unknown';
  if (!fit) return false;
  if (head === p.head) return true;
  if (type !== 'organisation' || !t.orgKey || (want !== 'organisation' && want !== 'group'))
    return false;
  const key = ` ${t.orgKey} `;
  return p.words.some((w) => key.includes(` ${w} `));
}

/**
 * Whether the lede's unnamed person or group `t` is what a headline's bare source noun (`Sources
 * Say`, `Insider Says`) stands for, whatever its head: the story's first anonymous source.
 */
function sourcesOfLede(p: Pending, t: Tracked): boolean {
  if (p.words.length !== 1 || !GENERIC_SOURCES.has(p.head) || t.merged) return false;
  const type = t.entity.type;
  return t.entity.named === false && (type === 'person' || type === 'group');
}

/**
 * Whether story mention `t` (phrase `np`) is the person headline subject `p` stands for by a
 * name they share: `Dunmore Boss` and `Dunmore Rovers manager Tomasz Wierzbicki`.
 */
function sameBodysPerson(ctx: Context, p: Pending, np: NounPhrase, t: Tracked): boolean {
  if (p.names.length === 0 || t.merged || p.t.entity.type !== 'person') return false;
  if (t.entity.type !== 'person' || t.entity.named !== true) return false;
  const toks = ctx.tokens;
  for (let k = np.start; k < np.end; k++)
    if (ctx.name[k] && p.names.includes(toks[k]!.lower)) return true;
  return false;
}
