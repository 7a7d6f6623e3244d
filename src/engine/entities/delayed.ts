/**
 * Delayed identification: a story may describe a source first and name it later ("the defence
 * minister cited ... Defence Minister Harald Steen told parliament"; "An internal intelligence
 * assessment concluded ... The 14-page assessment, prepared by analysts at the Defence
 * Intelligence Directorate"). The entity decides `named`, so once the part is linked, such a
 * description is the named entity, or is named itself. Run by the entities pass (./link.ts) after
 * the last sentence of a part. A story's first description is the person its next sentence
 * names first ("A structural engineer told a jury ... Gareth Amory, 58, testified").
 */
import type { Context } from '../context';
import { isDet, isOpenQuote, isPunct, isQuant, isTimeWord } from '../context';
import { F, ORG_NOUNS, ruleWords } from '../lexicon';
import { headClass, isPersonClass } from '../phrase/head-class';
import { namedness } from '../phrase/namedness';
import type { NounPhrase } from '../phrase/noun-phrase';
import { ISSUING, PARTICLES, phraseStartingAt } from '../phrase/phrase-starting';
import { previousSameWord } from '../same-word';
import type { Token } from '../tokenize';
import type { Names } from './names';
import type { Registry, Tracked } from './registry';
import { surnamesNamedLater } from './surname-first';

/** What the pass reads: the part's source mentions in text order, and its names. */
export interface LaterView {
  ctx: Context;
  names: Names;
  registry: Registry;
  /** First token of each source mention of the part, and its entity. */
  toks: readonly number[];
  tracked: readonly Tracked[];
  /** Whether sentence `si` is the first of a story (after a headline, or the part's first). */
  lede(si: number): boolean;
}

/** What the text shows later: descriptions that are a named entity, documents named after all. */
export interface Later {
  merges: [from: Tracked, into: Tracked][];
  named: Tracked[];
  /** Character spans of the mentions that name a document (`The review, released by X`). */
  naming: number[];
}

/** The descriptions of a part that the text identifies later. */
export function identifyLater(view: LaterView): Later {
  const out: Later = { merges: [], named: [], naming: [] };
  const { ctx, toks, tracked } = view;
  const seen = new Set<Tracked>();
  let issued: number[] | null = null;
  let appositions: Map<string, number> | null = null;
  let mentions: Map<string, number[]> | null = null;
  let itNext: number[] | null = null;
  for (let q = 0; q < tracked.length; q++) {
    const t = tracked[q]!;
    if (seen.has(t) || t.merged) continue;
    seen.add(t);
    const e = t.entity;
    if (e.named !== false) continue;
    const det = ctx.tokens[toks[q]!]!.lower;
    if (e.type === 'document') {
      issued ??= issuedBy(ctx);
      if (
        issuedLater(view, t, toks[q]!, issued, out.naming) ||
        authorNamedNext(view, t, q) ||
        writtenBy(view, t, q, (itNext ??= mentionsBeforeIt(view))) ||
        writtenInNext(view, t, q)
      )
        out.named.push(t);
      continue;
    }
    if (e.type === 'group') {
      if (bodyNamedNext(view, t, q) || speakerBodyNext(view, t, q)) out.named.push(t);
      continue;
    }
    if (e.type === 'organisation') {
      // ("a leading rights group", "his club", "its parent company": named in the next sentence)
      if ((det === 'a' || det === 'an' || OWNERS.has(det)) && organisationNamedNext(view, t, q))
        out.named.push(t);
      continue;
    }
    if (e.type !== 'person') continue;
    const into =
      det === 'a' || det === 'an'
        ? (titledSoon(view, t, q) ??
          namedNext(view, t, q) ??
          namedByApposition(view, t, q, (mentions ??= appositionMentions(view))))
        : det === 'the'
          ? titledLater(view, t, q)
          : null;
    if (into) out.merges.push([t, into]);
    else if (det === 'a' || det === 'an') {
      appositions ??= appositionHeads(ctx);
      if (appositionNamesLater(view, t, q, appositions)) out.named.push(t);
    }
  }
  // ("Reeves says" in the headline, "Eric Reeves ... said" in the story)
  for (const pair of surnamesNamedLater(view)) out.merges.push(pair);
  return out;
}

/**
 * The person a story's first sentence describes and its next names at its start (`A structural
 * engineer told a jury ... Gareth Amory, 58, testified`): the first source of the next sentence,
 * a named person met there first, with no title of another kind. Not a source granted anonymity.
 */
function namedNext(view: LaterView, t: Tracked, q: number): Tracked | null {
  const { ctx, toks, tracked } = view;
  const si = ctx.sentenceOf[toks[q]!]!;
  const next = ctx.sentences[si + 1];
  if (!next || !view.lede(si) || (ctx.sentenceFlags[si]! & F.ANON) !== 0) return null;
  // ("A bookkeeper stole $80,000, a prosecutor told a jury. Marta Quill, 44, denies theft": the
  // next sentence names the person the content describes, not the source)
  if (personDescribedBefore(ctx, ctx.sentences[si]!.first, toks[q]!)) return null;
  for (let m = q + 1; m < toks.length; m++) {
    const k = toks[m]!;
    if (k < next.first) continue;
    const u = tracked[m]!;
    if (k !== next.first || u === t) return nameOpeningNext(view, t, next.first, m);
    const named = u.entity.type === 'person' && u.entity.named === true;
    return named && u.first >= ctx.tokens[k]!.start && (!u.head || u.head === t.head) ? u : null;
  }
  return null;
}

/**
 * The named person whose full name opens the next sentence at `first` in apposition, though no
 * cue credits them there, and whom a later mention from `m` on credits: `A man accused of
 * killing a courier told a jury ... Dean Salter, 29, denies murder ... Salter said`.
 */
function nameOpeningNext(view: LaterView, t: Tracked, first: number, m: number): Tracked | null {
  const { ctx, tracked } = view;
  const words = ctx.tokens;
  let e = first;
  while (e < words.length && ctx.name[e] && words[e]!.kind === 'word') e++;
  // (a first name and a surname, then the comma of an apposition: an age, a role)
  if (e - first < 2 || !isPunct(words[e], ',')) return null;
  const given = words[first]!.lower;
  const surname = words[e - 1]!.lower;
  for (let n = m; n < tracked.length; n++) {
    const u = tracked[n]!;
    if (u === t || u.entity.type !== 'person' || u.entity.named !== true) continue;
    if (u.surname === surname && u.given === given && u.first >= words[first]!.start) return u;
  }
  return null;
}

/**
 * Whether `before` is one of `titles` or ends with one after a space. (A loop, not
 * `titles.some(...)`: a closure over `before` made `titledSoon` allocate a context per call.)
 */
function endsWithTitle(before: string, titles: readonly string[]): boolean {
  for (let i = 0; i < titles.length; i++) {
    const w = titles[i]!;
    if (before === w || before.endsWith(` ${w}`)) return true;
  }
  return false;
}

/**
 * The person a lede's role is named as within a few sentences by a title of that role before
 * the name: `a prosecutor told a jury ... In her opening statement, prosecutor Dana Whitlow
 * said` (or `Assistant District Attorney Ruth Amsel`): a later named source whose title is the
 * role, the first such. Not a source granted anonymity.
 */
function titledSoon(view: LaterView, t: Tracked, q: number): Tracked | null {
  const { ctx, toks, tracked } = view;
  const si = ctx.sentenceOf[toks[q]!]!;
  if (!view.lede(si) || (ctx.sentenceFlags[si]! & F.ANON) !== 0 || !t.head) return null;
  const titles = ROLE_TITLES.get(t.head) ?? [t.head];
  const last = ctx.sentences[si + TITLED_REACH]?.last ?? ctx.tokens.length;
  for (let m = q + 1; m < tracked.length && toks[m]! < last; m++) {
    const u = tracked[m]!;
    if (u === t || u.entity.type !== 'person' || u.entity.named !== true) continue;
    // the words before the name in its mention: "prosecutor Dana Whitlow"
    const before = ctx.text.slice(ctx.tokens[toks[m]!]!.start, u.first).toLowerCase().trim();
    if (endsWithTitle(before, titles)) return u;
  }
  return null;
}

/** How many sentences after a lede a title may name its role: `prosecutor Dana Whitlow`. */
const TITLED_REACH = 6;

/** Titles that name a role by other words: a prosecutor as `district attorney`. */
const ROLE_TITLES: ReadonlyMap<string, readonly string[]> = new Map([
  ['prosecutor', ['prosecutor', 'district attorney', "state's attorney", 'prosecuting attorney']],
]);

/**
 * Whether an indefinite description of a person stands in tokens `[a, b)`: `A bookkeeper`,
 * `a former treasurer of the club`.
 */
function personDescribedBefore(ctx: Context, a: number, b: number): boolean {
  const toks = ctx.tokens;
  for (let k = a; k < b; k++) {
    const w = toks[k]!.lower;
    if (w !== 'a' && w !== 'an') continue;
    for (let j = k + 1; j < b && j <= k + 3; j++) if (isPersonClass(headClass(ctx, j))) return true;
  }
  return false;
}

/**
 * Whether the people a story's first sentence credits as a vague group (`international observers
 * said`) are the body its next sentence names as its first source, with the group's own noun:
 * `The Continental Election Monitoring Mission, which deployed 240 observers, said` (decision 53
 * of the labelled sets). Not a group granted anonymity, nor one the next sentence names no body
 * for in its words (`health officials believe ... The Tolliver County Health Department said`
 * stays unnamed, as the corpus labels it).
 */
function bodyNamedNext(view: LaterView, t: Tracked, q: number): boolean {
  const { ctx, toks, tracked } = view;
  const words = ctx.tokens;
  const si = ctx.sentenceOf[toks[q]!]!;
  const next = ctx.sentences[si + 1];
  if (!next || !view.lede(si) || (ctx.sentenceFlags[si]! & F.ANON) !== 0) return false;
  if (!t.head || !BODY_PEOPLE.has(t.head)) return false;
  let body: Tracked | null = null;
  for (let m = q + 1; m < toks.length && !body; m++) {
    const k = toks[m]!;
    if (k >= next.last) break;
    if (k >= next.first && tracked[m] !== t) body = tracked[m]!;
  }
  if (!body || body.entity.type !== 'organisation' || body.entity.named !== true) return false;
  for (let k = next.first; k < next.last; k++) if (words[k]!.lower === t.head) return true;
  return false;
}

/**
 * Whether a bare plural group that speaks (`Campaigners say`, `union chiefs said`, `Privacy
 * advocates welcomed`) is the body the next sentence's first source speaks for: a named person
 * tied to a body met first there (`said Oskar Lund of the pressure group Heat Alert`, `Martin
 * Corby, who chairs the Friends of St Oda's, said`), as decision 93 of the labelled sets has it
 * (decision 53 in any sentence).
 * Not a group granted anonymity, police (decision 60), nor a group the next sentence only
 * illustrates by a named member with no body (`said Ana Lind, 62, of Kelm`, decision 28).
 */
function speakerBodyNext(view: LaterView, t: Tracked, q: number): boolean {
  const { ctx, names, toks, tracked } = view;
  const words = ctx.tokens;
  const k0 = toks[q]!;
  const si = ctx.sentenceOf[k0]!;
  let next = ctx.sentences[si + 1];
  if (!next || (ctx.sentenceFlags[si]! & F.ANON) !== 0) return false;
  // ('"We have flood plans. We have no heat plan," said Oskar Lund': a quotation of two sentences
  // before its speaker)
  if (isOpenQuote(words[next.first]) && ctx.sentences[si + 2] && !closesQuote(ctx, next))
    next = { ...next, last: ctx.sentences[si + 2]!.last };
  // (bare and alone: not "Critics of the force", a group a named critic next only illustrates)
  if (!t.head || !ADVOCATES.has(t.head) || !t.entity.name.toLowerCase().endsWith(t.head))
    return false;
  // (bare: no determiner or quantifier, "Campaigners", "union chiefs")
  if (isDet(words[k0]) || isQuant(words[k0])) return false;
  let u: Tracked | null = null;
  let at = -1;
  for (let m = q + 1; m < toks.length; m++) {
    const k = toks[m]!;
    if (k >= next.last) break;
    if (k >= next.first && tracked[m] !== t) {
      u = tracked[m]!;
      at = k;
      break;
    }
  }
  // (a person: a body that speaks next may as well be the side the group opposes, "Critics said
  // ... A trade group, the Wholesalers Council, rejected the claim")
  if (!u || u.entity.named !== true || u.entity.type !== 'person') return false;
  // (the person's tie to a body: "of the nurses' union NursesFirst", "who chairs the Friends of
  // St Oda's", "director of the campaign group Data Dignity")
  for (let k = at; k < next.last - 1 && k < at + TIE_REACH; k++) {
    // (not `of` inside a name: "the U.S. Department of Justice")
    if (!TIES.has(words[k]!.lower) || (ctx.name[k - 1] && ctx.name[k + 1])) continue;
    let n = k + 1;
    if (words[n]?.lower === 'the') n++;
    // (a noun of a body before the name: "the pressure group Heat Alert")
    let bodyWord = false;
    for (let c = 0; c < 4 && n < next.last && !ctx.name[n]; c++, n++) {
      const w = words[n]!;
      if (w.kind !== 'pos' && (w.kind !== 'word' || w.cap)) break;
      if (ORG_NOUNS.has(w.lower)) bodyWord = true;
    }
    // ("the Save Penmoor group": a campaign's name opening with its verb)
    if (words[n]?.cap && GROUP_NAMES.has(words[n]!.lower) && ctx.name[n + 1]) return true;
    if (!ctx.name[n]) continue;
    const r = names.runAt(n);
    // (a body met first there: not "said Ana Lind, a spokeswoman for the Kelm Transit Authority"
    // of the body the group criticises, named before)
    if (r < 0 || (ctx.nameWords.get(words[n]!.lower) ?? n) < next.first) continue;
    // (a body's noun before the name outweighs a name's shape: "the pressure group Heat Watch Kelm")
    if (bodyWord) return true;
    const kind = names.kind(r);
    if (kind === 'person') continue;
    // (or after it, or its last word: "the Save Penmoor group", "the Friends of St Oda's"; a
    // place alone is no body: "Ana Lind, 62, of Kelby")
    const e = names.end[r]!;
    const after = words[e];
    if (
      kind === 'organisation' ||
      (after?.kind === 'word' && ORG_NOUNS.has(after.lower)) ||
      ORG_NOUNS.has(words[e - 1]!.lower) ||
      GROUP_NAMES.has(words[n]!.lower)
    )
      return true;
  }
  return false;
}

/** Whether sentence `s` has a closing quotation mark (a quotation that ends inside it). */
function closesQuote(ctx: Context, s: { first: number; last: number }): boolean {
  for (let k = s.first + 1; k < s.last; k++) {
    const t = ctx.tokens[k]!;
    if (t.kind === 'quote' && !isOpenQuote(t)) return true;
  }
  return false;
}

/** First words of a name of a group of supporters: `Friends of St Oda's`. */
const GROUP_NAMES: ReadonlySet<string> = new Set(['friends', 'save']);

/** How many tokens after a person's mention starts its tie to a body is looked for. */
const TIE_REACH = 16;

/** Words that tie a person to a body they speak for: `of`, `for`, `chairs`, `leads`. */
const TIES: ReadonlySet<string> = new Set([
  'chairs',
  'for',
  'founded',
  'heads',
  'leads',
  'of',
  'runs',
]);

/**
 * Plural heads of people who argue a cause or lead a body's side (`campaigners`, `critics`, `union
 * chiefs`), whom a body's named voice may speak for; not officials or police, whom a named
 * spokesperson next does not identify (the corpus labels; decision 60).
 */
const ADVOCATES: ReadonlySet<string> = new Set([
  'activists',
  'advocates',
  'bosses',
  'campaigners',
  'chiefs',
  'conservationists',
  'critics',
  'environmentalists',
  'leaders',
  'lobbyists',
  'opponents',
  'protesters',
]);

/**
 * Whether the body a story's first sentence describes (`a leading human rights organisation said
 * in a report`) is the organisation its next sentence names at its start (`The 64-page report by
 * Open Cell Watch draws on`), as decisions 4 and 29 of the labelled sets have it for bodies: a
 * name of an organisation among the next sentence's first words, before its verb. Not a body
 * granted anonymity.
 */
function organisationNamedNext(view: LaterView, t: Tracked, q: number): boolean {
  const { ctx, names, toks } = view;
  const words = ctx.tokens;
  const si = ctx.sentenceOf[toks[q]!]!;
  const next = ctx.sentences[si + 1];
  if (!next || !view.lede(si) || (ctx.sentenceFlags[si]! & F.ANON) !== 0) return false;
  for (let k = next.first; k < next.last && k < next.first + NEXT_SUBJECT; k++) {
    const w = words[k]!;
    // (a document noun `by` its author is no verb: "The report by Open Cell Watch")
    if (w.kind === 'punct' ? w.lower !== '-' : (w.f & (F.AUX | F.BE)) !== 0) return false;
    if ((w.f & F.REPORT) !== 0 && words[k + 1]?.lower !== 'by') return false;
    if (!ctx.name[k]) continue;
    const r = names.runAt(k);
    if (r < 0) continue;
    // (or the author of a document: "The report by Open Cell Watch", a name of any shape)
    const kind = names.kind(r);
    const author = words[k - 1]?.lower === 'by' && kind !== 'place';
    if ((kind === 'organisation' || author) && t.first < words[k]!.start) return true;
    k = Math.max(k, names.end[r]! - 1);
  }
  return false;
}

/**
 * Whether a lede's document by a described body (`a report by the grid operator found`) is by the
 * organisation the next sentence names at its start (`The Southern Interconnect Authority
 * said`): the body identified later, as decisions 4 and 29 of the labelled sets have it.
 */
function authorNamedNext(view: LaterView, t: Tracked, q: number): boolean {
  const m = BY_BODY.exec(t.entity.name.toLowerCase());
  if (!m || !ORG_NOUNS.has(m[1]!)) return false;
  return organisationNamedNext(view, t, q);
}

/** A document's words ending in its author, a definite body: `a report by the grid operator`. */
const BY_BODY = /\sby the (?:[a-z-]+ ){0,2}([a-z]+)$/;

/** Possessive determiners of a body known by whose it is: `his club`, `its parent company`. */
const OWNERS: ReadonlySet<string> = new Set(['her', 'his', 'its', 'their']);

/** How many words of the next sentence may come before the name of the body it identifies. */
const NEXT_SUBJECT = 10;

/** Plural heads of people who act for a body: `officials`, `observers`, `inspectors`. */
const BODY_PEOPLE = ruleWords('bodyPeople');

/**
 * The person a later `The <head>, <Name>` names (`a security researcher first warned ... The
 * researcher, Karol Reyna, said`): the first later mention of that form with the description's
 * head. Not a source granted anonymity.
 */
function namedByApposition(
  view: LaterView,
  t: Tracked,
  q: number,
  appositions: ReadonlyMap<string, number[]>,
): Tracked | null {
  const { ctx, toks, tracked } = view;
  if (!t.head || (ctx.sentenceFlags[ctx.sentenceOf[toks[q]!]!]! & F.ANON) !== 0) return null;
  // the first such mention after `q`, unless `t` is mentioned again before it
  const at = appositions.get(t.head);
  if (!at) return null;
  let m = -1;
  for (const c of at)
    if (c > q) {
      m = c;
      break;
    }
  if (m < 0) return null;
  for (let p = q + 1; p < m; p++) if (tracked[p] === t) return null;
  const u = tracked[m]!;
  if (u === t) return null;
  return u.entity.type === 'person' && u.entity.named === true ? u : null;
}

/**
 * The source mentions of the form `The <head>, <Name>` by their head, in order: found once per
 * part for all the descriptions `namedByApposition` asks about, instead of a pass over the later
 * mentions for each.
 */
function appositionMentions(view: LaterView): Map<string, number[]> {
  const { ctx, toks } = view;
  const words = ctx.tokens;
  const out = new Map<string, number[]>();
  for (let m = 0; m < toks.length; m++) {
    const k = toks[m]!;
    if (!ctx.name[k + 3] || words[k + 2]?.lower !== ',' || words[k]!.lower !== 'the') continue;
    const head = words[k + 1]!.lower;
    const list = out.get(head);
    if (list) list.push(m);
    else out.set(head, [m]);
  }
  return out;
}

/**
 * Whether the text names the described person later in `The <head>, <Name>` outside any source
 * mention (`testimony from a fire scientist who challenged ... excluding the scientist, Dr. Ada
 * Kerr,`): the description is then a named person. Not a source granted anonymity.
 */
function appositionNamesLater(
  view: LaterView,
  t: Tracked,
  q: number,
  appositions: ReadonlyMap<string, number>,
): boolean {
  const { ctx, toks } = view;
  if (!t.head || (ctx.sentenceFlags[ctx.sentenceOf[toks[q]!]!]! & F.ANON) !== 0) return false;
  return (appositions.get(t.head) ?? -1) > toks[q]!;
}

/**
 * Each head of `The <head>, <Name>` in the text, to the last token it opens at: one pass for all
 * the descriptions `appositionNamesLater` asks about, instead of one pass each.
 */
function appositionHeads(ctx: Context): Map<string, number> {
  const words = ctx.tokens;
  const last = new Map<string, number>();
  // (the names first: typed-array reads rule out most tokens before any token is read; a name
  // at `k + 2`, a word, is no comma, which rules out every word of a name but its first)
  const name = ctx.name;
  for (let k = 0; k + 3 < words.length; k++)
    if (
      name[k + 3] !== 0 &&
      name[k + 2] === 0 &&
      words[k + 2]!.lower === ',' &&
      words[k]!.lower === 'the'
    )
      last.set(words[k + 1]!.lower, k);
  return last;
}

/**
 * The person named later with the title a definite description gives (`the defence minister`,
 * then `Defence Minister Harald Steen`): a named mention after it whose words hold the
 * description's, or a person with that title. Null otherwise.
 */
function titledLater(view: LaterView, t: Tracked, q: number): Tracked | null {
  const { ctx, toks, tracked } = view;
  const name = t.entity.name.toLowerCase();
  const words = name.startsWith('the ') ? name.slice(4) : '';
  if (!words || !t.head || !words.endsWith(t.head)) return null;
  const at = ctx.tokens[toks[q]!]!.start;
  for (let m = q + 1; m < tracked.length; m++) {
    const u = tracked[m]!;
    if (u === t || u.first <= at || u.entity.named !== true) continue;
    if (u.entity.type !== 'person' && u.entity.type !== 'unknown') continue;
    const full = ` ${u.entity.name.toLowerCase()} `;
    if (full.includes(` ${words} `) || (u.entity.type === 'person' && u.head === words)) return u;
    // ("Finance Minister Olga Rendt": the title before the name, which the entity's name leaves out)
    const w = words.length + 1;
    const before = ctx.text.slice(Math.max(0, u.first - w), u.first).toLowerCase();
    const from = ctx.text.slice(u.first, u.first + w).toLowerCase();
    if (before === `${words} ` || from === `${words} `) return u;
  }
  return null;
}

/**
 * Whether a later definite mention of document `t` says a named body issued it (`The 14-page
 * assessment, prepared by analysts at the Defence Intelligence Directorate,`); the mention's
 * character span is added to `naming`.
 */
function issuedLater(
  view: LaterView,
  t: Tracked,
  from: number,
  issued: readonly number[],
  naming: number[],
): boolean {
  const { ctx, names } = view;
  const toks = ctx.tokens;
  if (!t.head) return false;
  for (const k of issued) {
    if (k <= from || toks[k]!.lower !== t.head) continue;
    // a definite mention: "The 14-page assessment"
    let d = k - 1;
    while (d > k - 5 && toks[d] && toks[d]!.lower !== 'the' && toks[d]!.lower !== ',') d--;
    if (toks[d]?.lower !== 'the') continue;
    // (the agent after `by`: not "June" of "released in June by"; or the journal of
    // "published last month in the Journal of X")
    let by = k + 3;
    while (by < toks.length && toks[by]!.lower !== 'by' && !inJournal(ctx, by)) by++;
    for (let q = by + 1; q < toks.length && toks[q]!.kind !== 'punct'; q++) {
      // ("drafted by a consultant and obtained by the Post": who obtained it did not issue it)
      if (toks[q]!.lower === 'and' && handledAfter(toks[q + 1])) break;
      if (!ctx.name[q]) continue;
      const r = names.runAt(q);
      if (r < 0) continue;
      const kind = names.kind(r);
      if (
        kind === 'organisation' ||
        kind === 'person' ||
        kind === 'publication' ||
        // a surname or short name of one named before: "signed by Ellery" after "Marcus Ellery"
        (kind === 'unknown' && names.named(toks[q]!.lower, names.start[r]!) >= 0)
      ) {
        naming.push(toks[d]!.start, toks[k]!.end);
        return true;
      }
      q = Math.max(q, names.end[r]! - 1);
    }
    // "The review, compiled by the army's inspectorate", "The audit, carried out by the
    // council's own auditors": a body or its people the phrase identifies without a name of
    // their own (decisions 68 and 83)
    if (toks[by]?.lower !== 'by' || toks[by + 1]?.lower !== 'the') continue;
    const s = ctx.sentences[ctx.sentenceOf[by]!]!;
    const agent = phraseStartingAt(ctx, by + 1, s.last);
    if (agent && issuerOf(ctx, agent)) {
      naming.push(toks[d]!.start, toks[k]!.end);
      return true;
    }
  }
  return false;
}

/**
 * Whether definite agent `np` identifies who issued a document: a body the story named by a
 * common noun (`the authority`), or one whose possessive owner is named (`the army's
 * inspectorate`, `the bank's finance director`); not bare people (`the staff`, `the consultants`).
 */
function issuerOf(ctx: Context, np: NounPhrase): boolean {
  const cls = headClass(ctx, np.head);
  if (cls === 'organisation') return namedness(ctx, np) === true;
  if (cls === 'document') return false;
  for (let k = np.start + 1; k < np.head; k++)
    if (ctx.tokens[k]!.kind === 'pos') return namedness(ctx, np) !== false;
  return false;
}

/**
 * Whether a mention of document `t` (mention `q` on) is the subject of a passive of issuing whose
 * agent the story identifies: the mention opens its sentence (`The memo, dated 14 March, was
 * written by a senior finance official in the ministry`, `The email was signed by the department
 * chair, Prof. Lin Bao`), or the sentence right after it opens `It was written by` (`It was
 * written by a senior manager at Kelso Health Trust`). The issuer stated soon after names the
 * document (decisions 68 and 83 of the labelled sets).
 */
function writtenBy(view: LaterView, t: Tracked, q: number, itNext: readonly number[]): boolean {
  const { ctx } = view;
  const toks = ctx.tokens;
  // ("It was written by" right after a mention of it: the mentions `mentionsBeforeIt` lists)
  for (let k = 0; k < itNext.length; k++) {
    const m = itNext[k]!;
    if (m < q || view.tracked[m] !== t) continue;
    const next = ctx.sentences[ctx.sentenceOf[view.toks[m]!]! + 1]!;
    const by = passiveOfIssuing(ctx, next.first + 1);
    if (by >= 0 && agentIdentified(view, by, next.last)) return true;
  }
  // a sentence opening with a definite mention of it, a mention whether or not a cue credits it:
  // "The memo, dated 14 March, was written by", after the first mention
  if (!t.head) return false;
  const first = ctx.sentenceOf[view.toks[q]!]!;
  for (let si = first; si < ctx.sentences.length && si <= first + WRITTEN_REACH; si++) {
    const s = ctx.sentences[si]!;
    if (toks[s.first]!.lower !== 'the' || (si === first && s.first === view.toks[q]!)) continue;
    let h = s.first + 1;
    while (h < s.last && h <= s.first + 3 && toks[h]!.lower !== t.head && toks[h]!.kind === 'word')
      h++;
    if (toks[h]?.lower !== t.head) continue;
    const by = passiveAfter(ctx, h + 1, s.last);
    if (by >= 0 && agentIdentified(view, by, s.last)) return true;
  }
  return false;
}

/**
 * The linked mentions (their indices, in order) whose next sentence opens with `it`, where
 * `writtenBy` looks for "It was written by": found once per part, not at each document.
 */
function mentionsBeforeIt(view: LaterView): number[] {
  const { ctx } = view;
  const out: number[] = [];
  for (let m = 0; m < view.tracked.length; m++) {
    const next = ctx.sentences[ctx.sentenceOf[view.toks[m]!]! + 1];
    if (next && ctx.tokens[next.first]!.lower === 'it') out.push(m);
  }
  return out;
}

/** How many sentences after a document's first mention a definite one may say who wrote it. */
const WRITTEN_REACH = 3;

/**
 * The `by` of a passive of issuing at token `k` (`was written by`, `had been signed by`), or -1.
 */
function passiveOfIssuing(ctx: Context, k: number): number {
  const toks = ctx.tokens;
  const w = toks[k]?.lower ?? '';
  if (!WAS.has(w)) return -1;
  const v = toks[k + 1]?.lower === 'been' ? k + 2 : w === 'was' || w === 'were' ? k + 1 : -1;
  if (v < 0 || !ISSUED.has(toks[v]?.lower ?? '') || toks[v + 1]?.lower !== 'by') return -1;
  return v + 1;
}

/**
 * The `by` of the passive of issuing that is the verb of a subject ending before token `from`,
 * past its post-modifiers and an aside between commas (`, dated 14 March and marked
 * "sensitive",`), before any other verb or clause of its sentence (which ends at `last`); or -1.
 */
function passiveAfter(ctx: Context, from: number, last: number): number {
  const toks = ctx.tokens;
  let aside = false;
  for (let k = from; k < last && k < from + SUBJECT_REACH; k++) {
    const w = toks[k]!;
    if (w.lower === ',') {
      aside = !aside;
      continue;
    }
    if (aside) continue;
    const by = passiveOfIssuing(ctx, k);
    if (by >= 0) return by;
    if (w.kind === 'punct' || (w.f & (F.AUX | F.BE | F.REPORT | F.REL)) !== 0) return -1;
  }
  return -1;
}

/** How many tokens a document's subject and its aside may take before its verb. */
const SUBJECT_REACH = 24;

/**
 * Whether the agent after `by` at token `by` (its sentence ends at `last`) identifies who issued
 * a document: a source the story linked there that is named or of a named body (`a senior finance
 * official in the ministry`), or the name of a person, body or publication, in apposition too
 * (`the department chair, Prof. Lin Bao`); not one who only handled it (`drafted by a consultant
 * and obtained by the Post`).
 */
function agentIdentified(view: LaterView, by: number, last: number): boolean {
  const { ctx, names, toks: at, tracked } = view;
  const toks = ctx.tokens;
  for (let m = 0; m < at.length; m++) {
    if (at[m]! !== by + 1) continue;
    const e = tracked[m]!.entity;
    if (e.type !== 'document' && e.named !== false) return true;
  }
  let commas = 0;
  for (let k = by + 1; k < last; k++) {
    const w = toks[k]!;
    if (w.kind === 'punct') {
      if (w.lower !== ',' || ++commas > 1) break;
      continue;
    }
    if (w.lower === 'and' && handledAfter(toks[k + 1])) break;
    if (!ctx.name[k]) continue;
    const r = names.runAt(k);
    const kind = r >= 0 ? names.kind(r) : 'unknown';
    if (kind === 'organisation' || kind === 'person' || kind === 'publication') return true;
    if (r >= 0) k = Math.max(k, names.end[r]! - 1);
  }
  return false;
}

/**
 * Whether one of the two sentences after mention `q` of document `t` opens `In the <head>` and
 * credits a named person or body: the author writing in it ("according to a letter to investors
 * ... In the letter, dated Tuesday, Ellery wrote").
 */
function writtenInNext(view: LaterView, t: Tracked, q: number): boolean {
  const { ctx, toks, tracked } = view;
  if (!t.head) return false;
  const si = ctx.sentenceOf[toks[q]!]!;
  for (let sj = si + 1; sj <= si + 2 && sj < ctx.sentences.length; sj++) {
    const s = ctx.sentences[sj]!;
    const f = s.first;
    const opens =
      ctx.tokens[f]!.lower === 'in' &&
      ctx.tokens[f + 1]?.lower === 'the' &&
      ctx.tokens[f + 2]?.lower === t.head;
    if (!opens) continue;
    for (let m = q + 1; m < tracked.length; m++) {
      const k = toks[m]!;
      if (k < f) continue;
      if (k >= s.last) break;
      const e = tracked[m]!.entity;
      if (e.named === true && (e.type === 'person' || e.type === 'organisation')) return true;
      if (e.named === true && e.type === 'unknown' && ctx.name[k]) return true;
    }
  }
  return false;
}

/** Whether `t` is a participle other than one of issuing: `obtained`, `seen`, `leaked`. */
function handledAfter(t: Token | undefined): boolean {
  return !!t && !ISSUED.has(t.lower) && /[a-z](?:ed|en)$/.test(t.lower);
}

/** Past forms of `be` (and `had`, `has` of `had been`) before a participle of issuing. */
const WAS: ReadonlySet<string> = new Set(['had', 'has', 'have', 'was', 'were']);

/**
 * The tokens followed by `, prepared by` (a participle of `ISSUED`), in order: found once per
 * part, so that each document of the part looks only at these, not at every later token. (A
 * pass over the tokens: a regular expression for `by` over the part's text, each match looked up
 * among the tokens, cost more, as `by` is inside many words.)
 */
function issuedBy(ctx: Context): number[] {
  const toks = ctx.tokens;
  const out: number[] = [];
  if (toks.length < 4) return out;
  const text = ctx.text;
  const last = toks[toks.length - 1]!.end;
  // (each `by` and `in` of the part, in order, found along the chain of a word's earlier tokens:
  // not a read of every token)
  const bys = tokensOf(ctx, 'by');
  const ins = tokensOf(ctx, 'in');
  // (both lists last first: read from their ends, the earlier token first, they come in order
  // with no sort, which called a comparison function some ten thousand times a part)
  for (let x = bys.length - 1, y = ins.length - 1; x >= 0 || y >= 0;) {
    const b = y < 0 || (x >= 0 && bys[x]! < ins[y]!) ? bys[x--]! : ins[y--]!;
    if (b < 3) continue;
    const t = toks[b]!;
    const w = t.lower;
    // (`in` as a word of its own, not beside a letter, digit or `_`: "in-house" is no journal's)
    if (w !== 'by' && (w !== 'in' || !alone(text, t.start, t.end, last) || !inJournal(ctx, b)))
      continue;
    // (a time or place may stand before `by`: "The review, released in June by")
    let p = b - 1;
    while (p > b - ISSUED_REACH && p > 2 && toks[p]!.kind === 'word' && !ISSUED.has(toks[p]!.lower))
      p--;
    // ("The audit, carried out by": a phrasal participle of making it)
    if (PARTICLES.has(toks[b - 1]!.lower) && ISSUING.has(toks[b - 2]!.lower)) p = b - 2;
    // "The letter, sent by the university's finance director": who sends a letter or an email
    // wrote it (not a report, which anyone may pass on)
    else if (w === 'by' && sentMessage(ctx, b) > 0) p = sentMessage(ctx, b);
    else if (p < 2 || !ISSUED.has(toks[p]!.lower)) continue;
    if (toks[p - 1]!.lower === ',') out.push(p - 2);
    // coordinated in the aside: "The letter, dated November 2 and signed by Ellery,"
    else if (p === b - 1 && toks[b - 2]!.lower === 'and') {
      let c = b - 3;
      while (c > b - ASIDE_REACH && c > 0 && toks[c]!.kind !== 'punct') c--;
      if (c > 0 && toks[c]!.lower === ',') out.push(c - 1);
    }
  }
  return out;
}

/**
 * The token of `sent` before `by` at token `b` that opens an aside after a message noun, maybe
 * past a time phrase (`The memo, sent by`, `The email, sent on Tuesday by`, `The letter, sent
 * last week by`), or -1.
 */
function sentMessage(ctx: Context, b: number): number {
  const toks = ctx.tokens;
  let p = b - 1;
  // (a time phrase only: "on Tuesday", "last week", "early on Monday"; not "to staff by")
  while (p > b - ISSUED_REACH && p > 2 && (isTimeWord(toks[p]) || TIME_LEADS.has(toks[p]!.lower)))
    p--;
  if (toks[p]!.lower !== 'sent' || toks[p - 1]!.lower !== ',') return -1;
  return MESSAGES.has(toks[p - 2]!.lower) ? p : -1;
}

/** Words before a time word in a time phrase: `on Tuesday`, `last week`, `early on Monday`. */
const TIME_LEADS: ReadonlySet<string> = new Set(['early', 'earlier', 'late', 'last', 'on', 'this']);

/**
 * The tokens of the word `word` in the part, last first: the last one, then each one before it
 * by the chain of a word's earlier tokens (../same-word.ts).
 */
function tokensOf(ctx: Context, word: string): number[] {
  const toks = ctx.tokens;
  const out: number[] = [];
  let k = toks.length - 1;
  while (k >= 0 && toks[k]!.lower !== word) k--;
  for (; k >= 0; k = previousSameWord(ctx, k)) out.push(k);
  return out;
}

/** Whether no word character (`\w`) stands right before `text[start, end)`, nor after it (to `limit`). */
function alone(text: string, start: number, end: number, limit: number): boolean {
  return !wordChar(text.charCodeAt(start - 1)) && (end >= limit || !wordChar(text.charCodeAt(end)));
}

const wordChar = (c: number): boolean =>
  (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;

/**
 * Whether `in` at token `b` places a published document in a named journal or outlet: `published
 * last month in the Journal of X` (not `in March`, `in Geneva` alone: the kind of name decides).
 */
function inJournal(ctx: Context, b: number): boolean {
  const toks = ctx.tokens;
  if (toks[b]!.lower !== 'in') return false;
  let p = b - 1;
  while (
    p > b - ISSUED_REACH &&
    p > 0 &&
    toks[p]!.kind === 'word' &&
    !PUBLISHED.has(toks[p]!.lower)
  )
    p--;
  if (!PUBLISHED.has(toks[p]?.lower ?? '')) return false;
  const n = toks[b + 1]?.lower === 'the' ? b + 2 : b + 1;
  return !!ctx.name[n] && (toks[n]!.f & F.TIME) === 0;
}

/** Participles of a document appearing in a journal or outlet: `published in`. */
const PUBLISHED: ReadonlySet<string> = new Set(['published']);

/** How many words may stand between the participle and its `by`: `released in June by`. */
const ISSUED_REACH = 5;

/** How many tokens before `and signed by` the comma that opens its aside may stand. */
const ASIDE_REACH = 8;

/** Documents whose sender is their author: `letter`, `email`, `memo`. */
const MESSAGES: ReadonlySet<string> = new Set(['email', 'letter', 'memo', 'message', 'note']);

/** Participles before `by` that issue a document: `prepared by`, `compiled by`. */
const ISSUED = ruleWords('issuedByNamed');
