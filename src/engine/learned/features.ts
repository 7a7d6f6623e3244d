/**
 * (Session 30: not called by `analyze`. The learned tail-fixer did not earn its place, see
 * docs/learned-unnamed.md; scripts/learned/ uses this file, and commit 0b93162 shows it wired.)
 *
 * Candidates and features of the learned tail-fixer for unnamed phrases (docs/learned-unnamed.md),
 * shared by the engine (tail-fixer.ts) and the training scripts (scripts/learned/), so that the
 * two cannot drift. A candidate is a noun phrase whose head could denote people, a body or a
 * document; its features describe its shape (determiner, number, capitals, names inside it, head
 * class and suffix, post-modifier), its role in the sentence (source of a cue, subject, agent,
 * object) and the sentence (anonymity words, a headline), plus its head word.
 *
 * Features are integers (`template * 256 + value`), three of them looked up by a word instead:
 * the head word, the post-modifier's first word, the crediting cue's class. `featureName` spells
 * an integer feature as the training scripts name it (`det:a`, `cls+det:role:the`).
 */
import type { Context } from '../context';
import { isAux, isDet, isHeadline, isPrep, isPunct, isVerbLike, isWord } from '../context';
import type { Cue } from '../cues/cue';
import { F } from '../lexicon';
import { HEAD_CLASSES, headClass } from '../phrase/head-class';
import type { NounPhrase } from '../phrase/noun-phrase';
import { nominal } from '../phrase/noun-phrase';
import { phraseEndingAt } from '../phrase/phrase-ending';
import { postModifiers } from '../phrase/phrase-starting';
import type { Sentence } from '../sentences';
import { position } from '../unnamed/position';
import { pluralEnding } from '../unnamed/reason';

/** What a candidate's sentence says: the sources its cues credit, its anonymity words. */
export interface CueFacts {
  /** Head token of each credited source phrase, with its cue. */
  heads: Map<number, Cue>;
  /** The sentence speaks of a withheld identity: `anonymity`, `authorized`, `familiar`. */
  anon: boolean;
  /** The sentence has a reporting verb. */
  report: boolean;
  headline: boolean;
}

/** Words that speak of a withheld identity in the sentence. */
const ANON_WORDS: ReadonlySet<string> = new Set([
  'anonymity',
  'anonymous',
  'anonymously',
  'authorized',
  'authorised',
  'identified',
  'named',
  'familiar',
  'briefed',
  'privately',
  'permitted',
  'allowed',
]);

/** The facts of sentence `s` with cues `cues`. */
export function cueFacts(ctx: Context, s: Sentence, cues: readonly Cue[]): CueFacts {
  const heads = new Map<number, Cue>();
  for (const c of cues) if (c.source && !c.shares) heads.set(c.source.np.head, c);
  let anon = false;
  let report = false;
  for (let k = s.first; k < s.last; k++) {
    const t = ctx.tokens[k]!;
    if (isWord(t) && ANON_WORDS.has(t.lower)) anon = true;
    if ((t.f & F.REPORT) !== 0) report = true;
  }
  return { heads, anon, report, headline: isHeadline(ctx, s) };
}

/** Agentive endings of a head word: `-er`, `-ist`, `-or`, `-ian`, `-ant`, `-ent`. */
const SUFFIXES = ['ers', 'er', 'ists', 'ist', 'ors', 'or', 'ians', 'ian', 'ants', 'ant', 'ents'];
/** The endings as features name them (singular). */
const SUFFIX_NAMES = ['er', 'ist', 'or', 'ian', 'ant', 'ent'];

/** Index + 1 in `SUFFIX_NAMES` of the agentive ending of `w`, or 0. */
function suffixIndex(w: string): number {
  for (const s of SUFFIXES)
    if (w.length > s.length + 2 && w.endsWith(s))
      return SUFFIX_NAMES.indexOf(s.endsWith('s') ? s.slice(0, -1) : s) + 1;
  return 0;
}

/** The agentive ending of `w` (singular form), or ''. */
export function suffixOf(w: string): string {
  const i = suffixIndex(w);
  return i ? SUFFIX_NAMES[i - 1]! : '';
}

/**
 * Whether token `j` can head a candidate: a content word, not a name, whose class is an actor's,
 * or that has an agentive ending, or that a cue credits.
 */
export function candidateHead(ctx: Context, j: number, facts: CueFacts): boolean {
  const t = ctx.tokens[j];
  if (!t || t.kind !== 'word' || ctx.name[j]) return false;
  if ((t.f & (F.FUNC | F.TIME | F.PRON)) !== 0) return false;
  if (facts.heads.has(j)) return true;
  if (!nominal(ctx, j)) return false;
  // the last word of a compound only: "police officers" is headed by "officers"
  const n = ctx.tokens[j + 1];
  if (n && n.kind === 'word' && !ctx.name[j + 1] && (n.f & F.ACTOR) !== 0) return false;
  // nor a compound whose last noun has an agentive ending: "anchor shippers"
  if (
    n &&
    n.kind === 'word' &&
    !ctx.name[j + 1] &&
    (n.f & (F.FUNC | F.TIME | F.PRON)) === 0 &&
    !isVerbLike(n) &&
    suffixIndex(n.lower) !== 0 &&
    nominal(ctx, j + 1)
  )
    return false;
  if ((t.f & F.ACTOR) !== 0) return true;
  if (isVerbLike(t) || t.lower.endsWith('ing') || t.lower.endsWith('ly')) return false;
  return suffixIndex(t.lower) !== 0;
}

/** The candidate phrase headed by `j`: its core back to the determiner, then post-modifiers. */
export function candidatePhrase(ctx: Context, s: Sentence, j: number): NounPhrase {
  const core = phraseEndingAt(ctx, j, s.first, false);
  let start = core ? core.start : j;
  // (a verb of saying or showing is no modifier: "the memo shows federal prosecutors" starts at
  // "federal")
  for (let k = j - 1; k >= start; k--)
    if ((ctx.tokens[k]!.f & F.REPORT) !== 0 && !ctx.name[k]) {
      start = k + 1;
      break;
    }
  // a lowercase adjective-like head before one name word takes the name in: "One senior
  // Unionist" ("a junior Renewal figure" is left to the compound rule above)
  let coreEnd = j + 1;
  const t = ctx.tokens[j]!;
  if (
    !t.cap &&
    coreEnd < s.last &&
    ctx.name[coreEnd] &&
    ctx.tokens[coreEnd]!.kind === 'word' &&
    !ctx.name[coreEnd + 1]
  )
    coreEnd++;
  const end = postModifiers(ctx, coreEnd, s.last);
  return { start, end, head: j, coreEnd };
}

const POSSESSIVES: ReadonlySet<string> = new Set([
  'his',
  'her',
  'its',
  'their',
  'our',
  'my',
  'your',
]);
const NUMBER_WORDS: ReadonlySet<string> = new Set([
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'dozen',
  'dozens',
  'hundreds',
  'thousands',
]);
const VAGUE: ReadonlySet<string> = new Set([
  'some',
  'several',
  'many',
  'few',
  'numerous',
  'various',
  'other',
  'others',
  'multiple',
  'certain',
  'most',
  'more',
  'all',
  'both',
  'any',
  'no',
]);
const DEMONSTRATIVES: ReadonlySet<string> = new Set(['this', 'that', 'these', 'those']);

/** Determiner types, in feature-value order. */
const DETS = ['a', 'one', 'another', 'count', 'vague', 'the', 'dem', 'poss', 'name', 'det', 'bare'];
const D_A = 0;
const D_ONE = 1;
const D_ANOTHER = 2;
const D_COUNT = 3;
const D_VAGUE = 4;
const D_THE = 5;
const D_DEM = 6;
const D_POSS = 7;
const D_NAME = 8;
const D_DET = 9;
const D_BARE = 10;

/** The determiner type (index into `DETS`) of the phrase `[start, ...)`. */
function determiner(ctx: Context, start: number): number {
  const t = ctx.tokens[start]!;
  const w = t.lower;
  if (w === 'a' || w === 'an') return D_A;
  if (w === 'one') return D_ONE;
  if (w === 'another') return D_ANOTHER;
  if (t.kind === 'num' || NUMBER_WORDS.has(w)) return D_COUNT;
  if (VAGUE.has(w)) return D_VAGUE;
  if (w === 'the') return D_THE;
  if (DEMONSTRATIVES.has(w)) return D_DEM;
  if (POSSESSIVES.has(w)) return D_POSS;
  if (w === 'at' || w === 'more' || w === 'about' || w === 'nearly') return D_COUNT;
  if (ctx.name[start]) return D_NAME;
  if (isDet(t)) return D_DET;
  return D_BARE;
}

/** Head classes, in feature-value order (head-class.ts's index order). */
const CLASSES = HEAD_CLASSES;
/** Sentence positions (`position`), in feature-value order. */
const POSITIONS = ['subject', 'raised', 'passiveSubject', 'copula', 'agent', 'other'] as const;
/** What comes before the phrase, in feature-value order. */
const BEFORE = ['start', 'by', 'to', 'of', 'from', 'with', 'and', 'prep', 'verb', 'punct'];
const NAMED_VALUES = ['true', 'false', 'partial'];

/**
 * Feature templates: an integer feature is `template * 256 + value` (`featureName` spells it).
 * The order is the order `features` gives them in.
 */
export const T = {
  bias: 0,
  det: 1,
  num: 2,
  detNum: 3,
  cls: 4,
  clsDet: 5,
  suffix: 6,
  headCap: 7,
  coreName: 8,
  nameAfterHead: 9,
  postName: 10,
  relative: 11,
  commaAfter: 12,
  source: 13,
  srcNamed: 14,
  cueBefore: 15,
  before: 16,
  accordingTo: 17,
  pos: 18,
  posNum: 19,
  afterAux: 20,
  afterReport: 21,
  sentAnon: 22,
  sentAnonDet: 23,
  sentReport: 24,
  headline: 25,
  namedBefore: 26,
} as const;
export const TEMPLATE = 256;

/** The training scripts' name of integer feature `id`, or `?id` for an id no feature has. */
export function featureName(id: number): string {
  const name = spelt(id);
  return name.includes('undefined') ? `?${id}` : name;
}

/** Templates without a value: only `template * 256` is a feature. */
const VALUELESS: ReadonlySet<number> = new Set([
  T.bias,
  T.headCap,
  T.coreName,
  T.nameAfterHead,
  T.postName,
  T.relative,
  T.commaAfter,
  T.source,
  T.cueBefore,
  T.accordingTo,
  T.afterAux,
  T.afterReport,
  T.sentAnon,
  T.sentReport,
  T.headline,
  T.namedBefore,
]);

function spelt(id: number): string {
  const t = Math.floor(id / TEMPLATE);
  const v = id % TEMPLATE;
  if (VALUELESS.has(t) && v !== 0) return 'undefined';
  const num = (x: number): string => (x === 0 ? 'sg' : x === 1 ? 'pl' : 'undefined');
  switch (t) {
    case T.bias:
      return 'bias';
    case T.det:
      return `det:${DETS[v]}`;
    case T.num:
      return `num:${num(v)}`;
    case T.detNum:
      return `det+num:${DETS[v >> 1]}:${num(v & 1)}`;
    case T.cls:
      return `cls:${CLASSES[v]}`;
    case T.clsDet:
      return `cls+det:${CLASSES[Math.floor(v / 16)]}:${DETS[v % 16]}`;
    case T.suffix:
      return `suffix:${SUFFIX_NAMES[v]}`;
    case T.headCap:
      return 'headCap';
    case T.coreName:
      return 'coreName';
    case T.nameAfterHead:
      return 'nameAfterHead';
    case T.postName:
      return 'postName';
    case T.relative:
      return 'relative';
    case T.commaAfter:
      return 'commaAfter';
    case T.source:
      return 'source';
    case T.srcNamed:
      return `srcNamed:${NAMED_VALUES[v]}`;
    case T.cueBefore:
      return 'cueBefore';
    case T.before:
      return `before:${BEFORE[v]}`;
    case T.accordingTo:
      return 'accordingTo';
    case T.pos:
      return `pos:${POSITIONS[v]}`;
    case T.posNum:
      return `pos+num:${POSITIONS[v >> 1]}:${num(v & 1)}`;
    case T.afterAux:
      return 'after:aux';
    case T.afterReport:
      return 'after:report';
    case T.sentAnon:
      return 'sentAnon';
    case T.sentAnonDet:
      return `sentAnon+det:${DETS[v]}`;
    case T.sentReport:
      return 'sentReport';
    case T.headline:
      return 'headline';
    case T.namedBefore:
      return 'namedBefore';
    default:
      return 'undefined';
  }
}

/** A candidate's features: integer ones, and the words looked up for the rest. */
export interface Features {
  ids: number[];
  /** The head word (`w:` feature). */
  word: string;
  /** The post-modifier's first word if a preposition or `familiar`, `close`, `briefed`; `other`
   * for another post-modifier; '' for none (`post:` feature). */
  post: string;
  /** The crediting cue's class, or '' (`cue:` feature). */
  cue: string;
}

/** The features of candidate `np` in sentence `s`. */
export function features(ctx: Context, s: Sentence, np: NounPhrase, facts: CueFacts): Features {
  const toks = ctx.tokens;
  const h = np.head;
  const head = toks[h]!;
  const w = head.lower;
  const ids: number[] = [T.bias * TEMPLATE];
  const det = determiner(ctx, np.start);
  const plural = pluralEnding(w) || w === 'people' || w === 'police' ? 1 : 0;
  ids.push(
    T.det * TEMPLATE + det,
    T.num * TEMPLATE + plural,
    T.detNum * TEMPLATE + det * 2 + plural,
  );
  const cls = CLASSES.indexOf(headClass(ctx, h));
  ids.push(T.cls * TEMPLATE + cls, T.clsDet * TEMPLATE + cls * 16 + det);
  const suffix = suffixIndex(w);
  if (suffix) ids.push(T.suffix * TEMPLATE + suffix - 1);
  if (head.cap && h > s.first) ids.push(T.headCap * TEMPLATE);
  // names inside the core and the post-modifier
  let coreName = false;
  for (let k = np.start; k < h; k++) if (ctx.name[k]) coreName = true;
  let postName = false;
  for (let k = np.coreEnd; k < np.end; k++) if (ctx.name[k]) postName = true;
  if (coreName) ids.push(T.coreName * TEMPLATE);
  if (np.coreEnd > h + 1) ids.push(T.nameAfterHead * TEMPLATE);
  if (postName) ids.push(T.postName * TEMPLATE);
  let post = '';
  if (np.end > np.coreEnd) {
    const mod = toks[np.coreEnd]!.lower;
    post =
      isPrep(toks[np.coreEnd]) || mod === 'familiar' || mod === 'close' || mod === 'briefed'
        ? mod
        : 'other';
  }
  const after = toks[np.end];
  if (after && (after.lower === 'who' || after.lower === 'that')) ids.push(T.relative * TEMPLATE);
  if (isPunct(after, ',')) ids.push(T.commaAfter * TEMPLATE);
  // role
  const cue = facts.heads.get(h);
  if (cue) {
    const named = cue.source!.named;
    ids.push(
      T.source * TEMPLATE,
      T.srcNamed * TEMPLATE + (named === true ? 0 : named === false ? 1 : 2),
    );
    if (cue.start < np.start) ids.push(T.cueBefore * TEMPLATE);
  }
  const before = toks[np.start - 1];
  const b = before?.lower ?? '';
  const bi = BEFORE.indexOf(b);
  if (np.start === s.first) ids.push(T.before * TEMPLATE);
  else if (bi > 0 && bi < 7) ids.push(T.before * TEMPLATE + bi);
  else if (before && isPrep(before)) ids.push(T.before * TEMPLATE + 7);
  else if (before && (isVerbLike(before) || (before.f & F.REPORT) !== 0))
    ids.push(T.before * TEMPLATE + 8);
  else if (before && (isPunct(before) || before.kind === 'quote'))
    ids.push(T.before * TEMPLATE + 9);
  if (b === 'to' && toks[np.start - 2]?.lower === 'according') ids.push(T.accordingTo * TEMPLATE);
  const pos = POSITIONS.indexOf(position(ctx, s, np));
  ids.push(T.pos * TEMPLATE + pos, T.posNum * TEMPLATE + pos * 2 + plural);
  if (after && isAux(after)) ids.push(T.afterAux * TEMPLATE);
  else if (after && (after.f & F.REPORT) !== 0) ids.push(T.afterReport * TEMPLATE);
  if (facts.anon) ids.push(T.sentAnon * TEMPLATE, T.sentAnonDet * TEMPLATE + det);
  if (facts.report) ids.push(T.sentReport * TEMPLATE);
  if (facts.headline) ids.push(T.headline * TEMPLATE);
  // a definite description of a body named before ("the company" after Acme Ltd)
  const seen = ctx.nameWords.get(w);
  if (seen !== undefined && seen < head.start) ids.push(T.namedBefore * TEMPLATE);
  return { ids, word: w, post, cue: cue ? cue.cue : '' };
}
