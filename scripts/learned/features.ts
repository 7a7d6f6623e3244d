/**
 * Candidates and features for the learned unnamed-phrase scorer (an experiment: see
 * docs/learned-unnamed.md). A candidate is a noun phrase whose head could denote people, a
 * body or a document; its features describe its shape (determiner, number, capitals, names
 * inside it, head class and suffix, post-modifier), its role in the sentence (source of a cue,
 * subject, agent, object) and the sentence (anonymity words, a headline), plus its head word.
 */
import type { Context } from '../../src/engine/context';
import {
  isAux,
  isDet,
  isHeadline,
  isPrep,
  isPunct,
  isVerbLike,
  isWord,
} from '../../src/engine/context';
import type { Cue } from '../../src/engine/cues/cue';
import { F } from '../../src/engine/lexicon';
import { headClass } from '../../src/engine/phrase/head-class';
import type { NounPhrase } from '../../src/engine/phrase/noun-phrase';
import { nominal } from '../../src/engine/phrase/noun-phrase';
import { phraseEndingAt } from '../../src/engine/phrase/phrase-ending';
import { postModifiers } from '../../src/engine/phrase/phrase-starting';
import type { Sentence } from '../../src/engine/sentences';
import { position } from '../../src/engine/unnamed/position';
import { pluralEnding } from '../../src/engine/unnamed/reason';

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

/** The agentive ending of `w` (singular form), or ''. */
export function suffixOf(w: string): string {
  for (const s of SUFFIXES)
    if (w.length > s.length + 2 && w.endsWith(s)) return s.replace(/s$/, '');
  return '';
}

/**
 * Whether token `j` can head a candidate: a content word, not a name, whose class is an actor's,
 * or that has an agentive ending or a plural, or that a cue credits.
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
  // (session 29) nor a compound whose last noun has an agentive ending: "anchor shippers"
  if (
    n &&
    n.kind === 'word' &&
    !ctx.name[j + 1] &&
    (n.f & (F.FUNC | F.TIME | F.PRON)) === 0 &&
    !isVerbLike(n) &&
    suffixOf(n.lower) !== '' &&
    nominal(ctx, j + 1)
  )
    return false;
  if ((t.f & F.ACTOR) !== 0) return true;
  if (isVerbLike(t) || t.lower.endsWith('ing') || t.lower.endsWith('ly')) return false;
  return suffixOf(t.lower) !== '';
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
  // (session 29) a lowercase adjective-like head before one name word takes the name in: "One
  // senior Unionist", "a junior Renewal figure" is left to the compound rule above
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

/** Possessive determiners. */
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

/** The determiner type of the phrase `[start, ...)`. */
function determiner(ctx: Context, start: number): string {
  const t = ctx.tokens[start]!;
  const w = t.lower;
  if (w === 'a' || w === 'an') return 'a';
  if (w === 'one' || w === 'another') return w;
  if (t.kind === 'num' || NUMBER_WORDS.has(w)) return 'count';
  if (VAGUE.has(w)) return 'vague';
  if (w === 'the') return 'the';
  if (DEMONSTRATIVES.has(w)) return 'dem';
  if (POSSESSIVES.has(w)) return 'poss';
  if (w === 'at' || w === 'more' || w === 'about' || w === 'nearly') return 'count';
  if (ctx.name[start]) return 'name';
  if (isDet(t)) return 'det';
  return 'bare';
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

/**
 * The features of candidate `np` in sentence `s` (strings: a weight table maps each to a weight).
 */
export function features(ctx: Context, s: Sentence, np: NounPhrase, facts: CueFacts): string[] {
  const toks = ctx.tokens;
  const h = np.head;
  const head = toks[h]!;
  const w = head.lower;
  const out: string[] = ['bias'];
  const det = determiner(ctx, np.start);
  const plural = pluralEnding(w) || w === 'people' || w === 'police';
  out.push(`det:${det}`, `num:${plural ? 'pl' : 'sg'}`, `det+num:${det}:${plural ? 'pl' : 'sg'}`);
  const cls = headClass(ctx, h);
  out.push(`cls:${cls}`, `cls+det:${cls}:${det}`);
  const suffix = suffixOf(w);
  if (suffix) out.push(`suffix:${suffix}`);
  if (head.cap && h > s.first) out.push('headCap');
  // names inside the core and the post-modifier
  let coreName = false;
  for (let k = np.start; k < h; k++) if (ctx.name[k]) coreName = true;
  let postName = false;
  for (let k = np.coreEnd; k < np.end; k++) if (ctx.name[k]) postName = true;
  if (coreName) out.push('coreName');
  if (np.coreEnd > h + 1) out.push('nameAfterHead');
  if (postName) out.push('postName');
  const mod = np.end > np.coreEnd ? toks[np.coreEnd]!.lower : '';
  if (mod)
    out.push(
      `post:${isPrep(toks[np.coreEnd]) || mod === 'familiar' || mod === 'close' || mod === 'briefed' ? mod : 'other'}`,
    );
  const after = toks[np.end];
  if (after && (after.lower === 'who' || after.lower === 'that')) out.push('relative');
  if (isPunct(after, ',')) out.push('commaAfter');
  // role
  const cue = facts.heads.get(h);
  if (cue) {
    out.push('source', `cue:${cue.cue}`, `srcNamed:${String(cue.source!.named)}`);
    if (cue.start < np.start) out.push('cueBefore');
  }
  const before = toks[np.start - 1];
  const b = before?.lower ?? '';
  if (np.start === s.first) out.push('before:start');
  else if (b === 'by' || b === 'to' || b === 'of' || b === 'from' || b === 'with' || b === 'and')
    out.push(`before:${b}`);
  else if (before && isPrep(before)) out.push('before:prep');
  else if (before && (isVerbLike(before) || (before.f & F.REPORT) !== 0)) out.push('before:verb');
  else if (before && (isPunct(before) || before.kind === 'quote')) out.push('before:punct');
  if (b === 'to' && toks[np.start - 2]?.lower === 'according') out.push('accordingTo');
  const pos = position(ctx, s, np);
  out.push(`pos:${pos}`, `pos+num:${pos}:${plural ? 'pl' : 'sg'}`);
  if (after && isAux(after)) out.push('after:aux');
  else if (after && (after.f & F.REPORT) !== 0) out.push('after:report');
  if (facts.anon) out.push('sentAnon', `sentAnon+det:${det}`);
  if (facts.report) out.push('sentReport');
  if (facts.headline) out.push('headline');
  // a definite description of a body named before ("the company" after Acme Ltd)
  const seen = ctx.nameWords.get(w);
  if (seen !== undefined && seen < head.start) out.push('namedBefore');
  // the head word itself (regularised harder in training)
  out.push(`w:${w}`);
  return out;
}
