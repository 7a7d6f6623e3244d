/**
 * The entity a pronoun refers to: the nearest earlier source or named person that fits its number
 * and gender (`Lenz said ... she said`), the writer for a first person outside quotations, or none
 * when a person described since stands nearer.
 */
import type { Context } from '../../context';
import { isPunct } from '../../context';
import { F, ruleWords } from '../../lexicon';
import { headClass, isPersonClass } from '../../phrase/head-class';
import type { SourceType } from '../../types';
import type { Gender } from '../names';
import { genderOf } from '../names';
import { isFirstPerson, quotationAround } from '../quoted-speaker';
import type { Tracked } from '../registry';
import { description } from './descriptions';
import { orgOf, personOf } from './named';
import type { LinkState } from './state';
import { documentSubjectBefore, subjectBefore } from './subject-before';

/**
 * The entity a pronoun subject refers to, or null when the text does not say. `as`: the
 * pronoun a possessive stands for (`he` for `his`).
 */
export function pronounReferent(
  st: LinkState,
  tok: number,
  sentence: number,
  as?: string,
): Tracked | null {
  const w = st.ctx.tokens[tok]!.lower;
  // "when I asked him": outside any quotation, the first person is the story's writer, a
  // named source (the byline), not an anonymous one; inside one it is the speaker's
  // ("we" too: "a time when we might have read", "We reported last week": the writer, with the
  // readers or the paper, no unnamed source)
  // (and their contractions: "something I’d never say", "We’ve argued that")
  if (!as && isFirstPerson(w) && !quotationAround(st.ctx, tok)) return writerAt(st, tok);
  const want: Want | undefined = PRONOUNS.get(as ?? OBJECT_FORMS.get(w) ?? w);
  if (!want) return null;
  // "The study is published in the journal, and it was presented at a meeting of the Academy.
  // It found that": an `It` opening its sentence goes on with the document the sentence before
  // opened with, not a body named inside it
  if (!as && want.type === 'thing' && tok === st.ctx.sentences[sentence]!.first) {
    const doc = documentSubjectBefore(st, sentence);
    if (doc) return description(st, doc);
  }
  const t = antecedent(st, tok, sentence, want, !as);
  if (t) typeNamedThing(t, want);
  // "A source told The Sun ... the manager refused to be drawn. ... he told BBC Sport": a
  // person described since, who gave no cue, is nearer than any source; better no entity
  // than the wrong one
  if (t && want.type === 'person' && describedSince(st, t, tok, sentence)) return null;
  if (
    as ||
    want.type === 'thing' ||
    (t && (want.type !== 'group' || t.entity.type !== 'organisation'))
  )
    return t;
  // "A Hartwell Trust spokesperson was asked about it on Monday. '...,' she said": the people
  // the sentence before opened with, when no source or name comes nearer ("Officials at the
  // Ministry of Transport were asked ... they said": they, not the ministry their phrase names)
  const subject = subjectBefore(st, sentence, want.type === 'group');
  if (!subject) return t;
  const toks = st.ctx.tokens;
  if (t && (t.last < toks[subject.np.start]!.start || t.last >= toks[subject.np.end - 1]!.end))
    return t;
  const g = genderOf(st.ctx.tokens[subject.np.head]!.lower);
  return g && want.gender && g !== want.gender ? null : description(st, subject);
}

/**
 * Types a name of no known kind that an `it` goes on with as a body ("Roscosmos said in a
 * statement. It said"), once the pronoun is bound to it (`antecedent`, a lookup, only reads):
 * "its lobbyists" are then a named body's people.
 */
function typeNamedThing(t: Tracked, want: Want): void {
  if (want.type === 'thing' && t.entity.type === 'unknown' && t.entity.named === true)
    t.entity.type = 'organisation';
}

function writerAt(st: LinkState, tok: number): Tracked {
  st.writer ??= st.registry.create(
    'the writer',
    true,
    'person',
    st.ctx.tokens[tok]!.start,
    {},
    false,
  );
  return st.writer;
}

/**
 * Whether a definite description of a person (`the manager`) other than `t`'s stands between
 * `t`'s latest mention and token `tok`, in `tok`'s sentence or the one before, outside quotations.
 */
function describedSince(st: LinkState, t: Tracked, tok: number, sentence: number): boolean {
  const ctx = st.ctx;
  const toks = ctx.tokens;
  const from = ctx.sentences[Math.max(0, sentence - 1)]!.first;
  for (let q = tok - 1; q > from && toks[q]!.end > t.last; q--) {
    const w = toks[q]!;
    if (w.kind !== 'word' || ctx.name[q] || w.lower === t.head) continue;
    if (toks[q - 1]!.lower !== 'the' || !isPersonClass(headClass(ctx, q))) continue;
    // a subject: at the start of its sentence or clause, a verb right after it
    const before = toks[q - 2];
    if (q - 1 > ctx.sentences[ctx.sentenceOf[q]!]!.first && !isPunct(before, ',')) continue;
    const next = toks[q + 1];
    if (!next || next.kind !== 'word' || ctx.name[q + 1]) continue;
    // (a description that reports is a source mention the walk below already weighs)
    if ((next.f & (F.ACTOR | F.PREP | F.CONJ | F.DET | F.REPORT)) !== 0) continue;
    if (!quoted(ctx, q)) return true;
  }
  return false;
}

/**
 * The entity a pronoun wanting `want` refers to, nearest first (see `pronounReferent`); `far`: a
 * subject `he` or `she` may look back eight sentences for a person when three hold none.
 */
function antecedent(
  st: LinkState,
  tok: number,
  sentence: number,
  want: Want,
  far: boolean,
): Tracked | null {
  const ctx = st.ctx;
  // a pronoun prefers the latest source of this or the previous sentence (a subject) over a
  // name met as an object: "Lenz said she raised it with Brisco. “He laughed,” she said";
  // "The agency warned buyers off Zelfex. “Do not take it,” it said"
  const near = ctx.sentences[Math.max(0, sentence - 1)]!.first;
  for (let q = st.toks.length - 1; q >= 0 && st.toks[q]! >= near; q--) {
    const t = st.tracked[q]!;
    const at = st.toks[q]!;
    if (ctx.sentenceOf[at] === sentence && quoted(ctx, at)) continue;
    // ("Roscosmos said in a statement. It said": a name of no known kind that the story goes on
    // with as `it` is a body, typed so once bound: `typeNamedThing`)
    const thing = namedThing(ctx, t, at, want);
    if (fits(t.entity.type, t.gender, want) || thing || singularThey(st, t, at, tok, want)) {
      const speaker = far ? speakerOfContent(st, q, sentence, want) : null;
      return bind(speaker ?? t, want);
    }
  }
  const floor = ctx.sentences[Math.max(0, sentence - 3)]!.first;
  const found = walkBack(st, tok, sentence, want, floor, true);
  if (found) return found;
  // (a name of a quoted speech is the last resort: "... The Council accepts that ...” It found")
  if (!far || want.type !== 'person' || !want.gender || sentence < 4)
    return walkBack(st, tok, sentence, want, floor, false);
  // "said Bob Alverson ... “It turned into ... in that direction.” The certification comes with
  // added costs ... , he said": a quotation of several sentences, or a paragraph whose sentences
  // open on the pronoun, puts the person further back; there the pronoun goes on the latest
  // person who spoke (a source), of its gender, not on any name met since ("Fetter married John
  // Gille and moved with him. ... she said" is Fetter's). `far` is false for a possessive, whose
  // owner ./descriptions.ts weighs on its own.
  const wide = ctx.sentences[Math.max(0, sentence - 8)]!.first;
  for (let q = st.toks.length - 1; q >= 0 && st.toks[q]! >= wide; q--) {
    const t = st.tracked[q]!;
    if (!quotationAround(ctx, st.toks[q]!) && fits(t.entity.type, t.gender, want))
      return bind(t, want);
  }
  // "Fetter, for her part, kept programming. After a few years, she left her job. In the 1970s,
  // she took classes ... By the 1980s, ... “...,” she said": a run of sentences that speak of
  // someone by the same pronoun keeps that person in view past the usual three sentences; the
  // pronoun goes on the nearest person before the run that the story already knows to be of its
  // gender (a name alone tells none: "Fetter married John Gille" is no "she")
  const chain = chainStart(ctx, sentence, want);
  if (chain < sentence - 3) {
    const found = knownOfGender(st, tok, want, ctx.sentences[chain]!.first);
    if (found) return found;
  }
  return walkBack(st, tok, sentence, want, floor, false);
}

/**
 * The nearest source mention, or name of a person already met, before token `tok` and down to
 * token `floor` whose entity is known to be of `want`'s gender; names inside a quoted speech are
 * skipped. Makes no entity.
 */
function knownOfGender(st: LinkState, tok: number, want: Want, floor: number): Tracked | null {
  const ctx = st.ctx;
  const names = st.names;
  let m = st.toks.length - 1;
  let r = nameBefore(st, tok, floor);
  while (m >= 0 || r >= 0) {
    const mt = m >= 0 ? st.toks[m]! : -1;
    const rt = r >= 0 ? names.start[r]! : -1;
    if (Math.max(mt, rt) < floor) break;
    let t: Tracked | undefined;
    if (mt >= rt) {
      t = st.tracked[m--]!;
      if (quotationAround(ctx, mt)) continue;
    } else {
      const q = r;
      r = nameBefore(st, names.from[q]!, floor);
      if (inSpeech(ctx, rt) || names.kind(q) === 'organisation') continue;
      const words = names.end[q]! - names.start[q]!;
      t = st.registry.person(names.surname(q), words > 1 ? ctx.tokens[rt]!.lower : '');
    }
    if (t?.entity.type === 'person' && t.gender === want.gender) return t;
  }
  return null;
}

/**
 * The first sentence of a run, ending before sentence `sentence`, in which each sentence is at
 * most two sentences from one that uses a pronoun of `want`'s gender outside quotations (`she`,
 * `her`, `herself`), less two; `sentence - 3` when the three sentences before hold none. Looks
 * back CHAIN sentences at most.
 */
function chainStart(ctx: Context, sentence: number, want: Want): number {
  const forms = want.gender === 'f' ? SHE : HE;
  let start = sentence - 3;
  for (let s = sentence - 1; s >= Math.max(0, sentence - CHAIN) && s >= start; s--) {
    const { first, last } = ctx.sentences[s]!;
    for (let q = first; q < last; q++) {
      if (forms.has(ctx.tokens[q]!.lower) && !quotationAround(ctx, q)) {
        start = s - 2;
        break;
      }
    }
  }
  return Math.max(0, start);
}

/** How many sentences back a run of pronouns may carry a person (`chainStart`). */
const CHAIN = 16;

const HE: ReadonlySet<string> = new Set(['he', 'him', 'his', 'himself']);
const SHE: ReadonlySet<string> = new Set(['she', 'her', 'hers', 'herself']);

/**
 * The nearest source mention or name before token `tok`, down to token `floor`, that fits `want`;
 * `speech`: skipping the names of a quoted speech in sentences before.
 */
function walkBack(
  st: LinkState,
  tok: number,
  sentence: number,
  want: Want,
  floor: number,
  speech: boolean,
): Tracked | null {
  const ctx = st.ctx;
  const names = st.names;
  const outside = speech && quotationAround(ctx, tok) === null;
  // walk back over the part's source mentions and names, the nearest first
  let m = st.toks.length - 1;
  let r = nameBefore(st, tok, floor);
  while (m >= 0 || r >= 0) {
    const mt = m >= 0 ? st.toks[m]! : -1;
    const rt = r >= 0 ? names.start[r]! : -1;
    const at = Math.max(mt, rt);
    if (at < floor) break;
    // a name inside a quotation of the same sentence is no antecedent ("'We told Smith,' he said"),
    // nor, for a pronoun outside quotations, one inside a quoted speech of a sentence before: "“As
    // Eloise got worse, the staff did all they could. ...” She added:" is the speaker's (a short
    // quoted title or nickname is no speech: "Fishermen called it “Margit's map.” ... she")
    const skip = ctx.sentenceOf[at] === sentence ? quoted(ctx, at) : outside && inSpeech(ctx, at);
    if (mt >= rt) {
      const t = st.tracked[m]!;
      m--;
      if (!skip && fits(t.entity.type, t.gender, want)) return bind(t, want);
    } else {
      let q = r;
      r = nameBefore(st, names.from[q]!, floor);
      if (skip) continue;
      let kind = names.kind(q);
      // "with Brisco" after "Leonard Brisco": a surname alone is the person named before
      if (kind === 'unknown' && want.type === 'person' && names.end[q]! - names.start[q]! === 1) {
        const full = names.named(names.surname(q), names.start[q]!);
        if (full >= 0 && names.kind(full) === 'person') {
          q = full;
          kind = 'person';
        }
      }
      if (want.type === 'person' && kind === 'person' && fitsGender(names.gender(q), want)) {
        const t = personOf(st, q, null);
        if (fitsGender(t.gender, want)) return bind(t, want);
      } else if (want.type !== 'person' && (kind === 'organisation' || kind === 'publication'))
        return orgOf(st, q);
      else if (want.type !== 'person' && kind === 'unknown') {
        // "Corvane has been defending its fares. It has now promised": a name of no known kind
        // the story has already found to be a company ("Corvane said ... the company said")
        const known = st.registry.org(names.key(q));
        if (known?.entity.type === 'organisation') return known;
      }
    }
  }
  return null;
}

/**
 * For a subject pronoun whose nearest source, mention `q`, opens the content of a cue of the
 * sentence before (`Banzi claims that Martino ... told none of them. He also details`), the
 * speaker of that cue, when it fits too: the story goes on with its speaker, not with whom the
 * speaker spoke of. Null otherwise (`... and then Weil told reporters ... He added`).
 */
function speakerOfContent(st: LinkState, q: number, sentence: number, want: Want): Tracked | null {
  const ctx = st.ctx;
  const toks = ctx.tokens;
  const at = st.toks[q]!;
  const si = ctx.sentenceOf[at]!;
  if (si !== sentence - 1) return null;
  // the mention right after `that`, which follows a reporting word ("claims that", "said that")
  const that = at - 1;
  if (toks[that]?.lower !== 'that' || (toks[that - 1]!.f & F.REPORT) === 0) return null;
  const first = ctx.sentences[si]!.first;
  for (let p = q - 1; p >= 0 && st.toks[p]! >= first; p--) {
    const t = st.tracked[p]!;
    if (st.toks[p]! >= that - 1 || quoted(ctx, st.toks[p]!)) continue;
    if (t !== st.tracked[q] && fits(t.entity.type, t.gender, want)) return t;
  }
  return null;
}

/**
 * Whether token `k` stands inside a quotation of more than SPEECH tokens, or one whose paragraph
 * runs on into the next (a quoted speech).
 */
function inSpeech(ctx: Context, k: number): boolean {
  const quote = quotationAround(ctx, k);
  return quote !== null && (quote.close < 0 || quote.close - quote.open > SPEECH);
}

/** The fewest tokens between a quotation's marks that make it a speech rather than a title. */
const SPEECH = 12;

/** The run of the nearest name ending before token `k`, down to token `floor`, or -1. */
function nameBefore(st: LinkState, k: number, floor: number): number {
  const name = st.ctx.name;
  for (let q = k - 1; q >= floor; q--) if (name[q]) return st.names.runAt(q);
  return -1;
}

function bind(t: Tracked, want: Want): Tracked {
  if (want.gender && !t.gender) t.gender = want.gender;
  return t;
}

/**
 * A pronoun's subject form for its object or possessive form: `according to her` stands for
 * `she`, `in its view` for `it`, `by their count` for `they`.
 */
const OBJECT_FORMS: ReadonlyMap<string, string> = new Map([
  ['her', 'she'],
  ['him', 'he'],
  ['his', 'he'],
  ['its', 'it'],
  ['their', 'they'],
  ['them', 'they'],
]);

/** What a pronoun can refer to. */
interface Want {
  type: 'person' | 'group' | 'thing';
  gender: Gender;
}

export const PRONOUNS: ReadonlyMap<string, Want> = new Map<string, Want>([
  ['he', { type: 'person', gender: 'm' }],
  ['she', { type: 'person', gender: 'f' }],
  ['they', { type: 'group', gender: '' }],
  ['it', { type: 'thing', gender: '' }],
]);

/**
 * Whether source mention `t` at token `at` is a name of no known kind, one word or more, that an
 * `it` can go on with: a body the text did not type (not a person's name, which `he` or `she`
 * would follow).
 */
function namedThing(ctx: Context, t: Tracked, at: number, want: Want): boolean {
  return (
    want.type === 'thing' &&
    t.entity.type === 'unknown' &&
    t.entity.named === true &&
    ctx.name[at] !== 0
  );
}

/**
 * Whether `they` at token `tok` is the singular `they` of source mention `t` at token `at`: an
 * unnamed person (or one of no known type) of no known gender, indefinite, whose reporting verb
 * the pronoun follows in the same clause
 * ("an unidentified poster ... wrote they found it", "A reader emailed that they had seen").
 */
function singularThey(st: LinkState, t: Tracked, at: number, tok: number, want: Want): boolean {
  const ctx = st.ctx;
  const toks = ctx.tokens;
  if (want.type !== 'group' || toks[tok]!.lower !== 'they') return false;
  const type = t.entity.type;
  if (type !== 'person' && type !== 'unknown') return false;
  if (t.entity.named !== false || t.gender || at >= tok) return false;
  if (ctx.sentenceOf[at] !== ctx.sentenceOf[tok]) return false;
  const head = toks[at]!.lower;
  if (head !== 'a' && head !== 'an' && head !== 'one' && head !== 'someone') return false;
  let v = tok - 1;
  if (toks[v]?.lower === 'that') v--;
  if ((toks[v]!.f & F.REPORT) === 0) return false;
  // (not one who speaks for others: "A spokesperson said they would appeal" is the body's)
  for (let q = at + 1; q < tok; q++)
    if (toks[q]!.kind !== 'word' || REPRESENTATIVES.has(toks[q]!.lower)) return false;
  return true;
}

/** People who speak for others: `spokesperson`, `lawyer`, `representative`. */
const REPRESENTATIVES = ruleWords('representatives');

function fitsGender(g: Gender, want: Want): boolean {
  return !g || !want.gender || g === want.gender;
}

function fits(type: SourceType, gender: Gender, want: Want): boolean {
  if (want.type === 'person') return type === 'person' && fitsGender(gender, want);
  if (want.type === 'group') return type === 'group' || type === 'organisation';
  return type === 'organisation' || type === 'document';
}

/** Whether token `k` stands inside a quotation of its sentence. */
function quoted(ctx: Context, k: number): boolean {
  const toks = ctx.tokens;
  let open = false;
  for (let q = ctx.sentences[ctx.sentenceOf[k]!]!.first; q < k; q++) {
    const t = toks[q]!;
    if (t.kind === 'quote' && (t.lower === '“' || t.lower === '”')) open = t.lower === '“';
  }
  return open;
}
