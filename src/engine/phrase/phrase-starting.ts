/**
 * The noun phrase starting at a token, with its post-modifiers (`from two large firms`,
 * `familiar with the matter`, `published in the journal X`): how a source is found after `by`,
 * `according to` or an inverted verb.
 */
import type { Context } from '../context';
import {
  isAdverb,
  isDet,
  isPrep,
  isPronoun,
  isPunct,
  isQuant,
  isTimeWord,
  isWord,
} from '../context';
import { wordBits } from '../word-bits';
import {
  APPEARANCE_VERBS,
  CUE_NOUNS,
  DOCUMENT_NOUNS,
  F,
  NAME_PARTICLES,
  PLACE_WORDS,
  reportingVerb,
  ruleWords,
  STATEMENT_NOUNS,
} from '../lexicon';
import { circleAround, headClass, isPersonClass } from './head-class';
import { placedBy } from './placed-by';
import type { NounPhrase } from './noun-phrase';
import { outerVerb } from './outer-verb';
import { subjectBodyBefore } from './subject-body';
import {
  ADJECTIVAL,
  ANON_MODIFIERS,
  coordinableAdjective,
  gerundNoun,
  HARD_STOPS,
  nominal,
  ordinalAfterDet,
  participleLike,
  POST_PREPS,
  statusAdjective,
} from './noun-phrase';

/**
 * The noun phrase starting at token `i`, with post-modifiers unless `core` is set. With
 * `sourceMods`, also keeps issuing participles (`a study published in X`, `documents reviewed by Y`).
 */
export function phraseStartingAt(
  ctx: Context,
  i: number,
  limit: number,
  sourceMods = false,
  depth = 0,
): NounPhrase | null {
  const toks = ctx.tokens;
  let k = i;
  // quantifier phrases
  const lead = toks[k];
  if (!lead || k >= limit) return null;
  if (lead.lower === 'more' || lead.lower === 'fewer' || lead.lower === 'less') {
    if (toks[k + 1]?.lower === 'than') k += 2;
  } else if (lead.lower === 'at' && toks[k + 1]?.lower === 'least') k += 2;
  else if (
    lead.lower === 'about' ||
    lead.lower === 'nearly' ||
    lead.lower === 'roughly' ||
    lead.lower === 'some'
  ) {
    if (toks[k + 1]?.kind === 'num') k += 1;
  }
  if (isDet(toks[k]) && toks[k]!.lower !== 'that') k++;
  let head = -1;
  while (k < limit) {
    const t = toks[k]!;
    // "Vitoria do Mar", "Ana dos Santos": a particle between two words of a name
    if (
      t.kind === 'word' &&
      head === k - 1 &&
      ctx.name[k - 1] === 1 &&
      toks[k + 1]?.cap === true &&
      !ctx.name[k] &&
      (listsOf(t) & NAME_PARTICLE) !== 0
    ) {
      k++;
      continue;
    }
    // (each hard stop a reporting verb or a function word: the flags first)
    if ((t.f & (F.REPORT | F.FUNC)) !== 0 && (listsOf(t) & HARD_STOP) !== 0 && !ctx.name[k]) break;
    // "C. Eugene Steuerle", "William G. Gale": an initial's full stop stays inside the name
    if (
      t.kind === 'punct' &&
      t.lower === '.' &&
      head === k - 1 &&
      ctx.name[k - 1] === 1 &&
      toks[k - 1]!.lower.length === 1 &&
      ctx.name[k + 1] === 1
    ) {
      k++;
      continue;
    }
    // "a person close to the matter": the anonymity modifier is a post-modifier
    if (head >= 0 && t.kind === 'word' && (t.f & F.FUNC) === 0) {
      const n = toks[k + 1];
      if (n && (n.f & F.PREP) !== 0 && ANON_MODIFIERS.get(t.lower) === n.lower) break;
    }
    // "Records from the clinic show that": a reporting verb before its clause ends the phrase
    if (head >= 0 && (t.f & F.REPORT) !== 0 && toks[k + 1]?.lower === 'that' && !ctx.name[k]) break;
    // "Men in dark uniforms appear to herd people": a verb of seeming before `to` is the verb
    // (`to` asked first: a compare, where the list is a Set probe at nearly every word)
    if (head >= 0 && toks[k + 1]?.lower === 'to' && APPEARANCE_VERBS.has(t.lower)) break;
    // "current and former managers": two status adjectives joined before one head
    if (
      (t.lower === 'and' || t.lower === 'or') &&
      head === k - 1 &&
      statusAdjective(toks[k - 1]) &&
      statusAdjective(toks[k + 1])
    ) {
      k++;
      continue;
    }
    // "by Israeli and Palestinian leaders", "according to state and local officials", "from
    // French, German and Italian diplomats": adjectives of a people, a place or a level of
    // government joined before one head
    if (
      (t.lower === 'and' || t.lower === 'or' || (isPunct(t, ',') && head === k - 1)) &&
      head === k - 1 &&
      coordinableAdjective(toks[k - 1]) &&
      coordinableAdjective(toks[k + 1]) &&
      (nominal(ctx, k + 2) || toks[k + 2]?.lower === 'and' || isPunct(toks[k + 2], ','))
    ) {
      k++;
      continue;
    }
    // "the city's only hospital", "the only witness": `only` after a determiner is an adjective
    // (and so are `earlier` and `later` before a noun: "an earlier draft", "its later filings")
    if (
      (t.lower === 'only' || ((listsOf(t) & COMPARATIVE) !== 0 && nominal(ctx, k + 1))) &&
      (isDet(toks[k - 1]) || toks[k - 1]?.kind === 'pos') &&
      k > i
    ) {
      k++;
      continue;
    }
    // "advisers to the president expect a deal": inside a post-modifier, a base-form verb of
    // saying or thinking right after a singular head, with an object's determiner next, is the
    // outer phrase's verb, not the second half of a compound
    if (depth > 0 && head === k - 1 && baseVerbAfterSingular(ctx, k)) break;
    // "Relatives of the victims laid flowers", "Residents of Orchard Close see it differently":
    // inside a post-modifier, a simple past with its object, or a verb before an object pronoun,
    // is the outer phrase's verb (outer-verb.ts)
    if (depth > 0 && head === k - 1 && outerVerb(ctx, k)) break;
    if (isQuant(t) || nominal(ctx, k) || (isDet(t) && toks[k - 1]?.kind === 'pos')) {
      if (t.kind === 'punct' && !(nominal(ctx, k + 1) || toks[k + 1]?.kind === 'num')) break;
      // "Gunmen in uniforms stormed the museum": an -ed word after the head is its verb
      if (
        isWord(t) &&
        head >= 0 &&
        head === k - 1 &&
        !ctx.name[k] &&
        pastEnding(t.lower) &&
        !ADJECTIVAL.test(t.lower) &&
        toks[k - 1]!.kind === 'word' &&
        // ("A second shortlisted author": a participle after an ordinal modifies the noun)
        !ordinalAfterDet(ctx, k - 1)
      )
        break;
      // a participle or -ing word only as a modifier before a noun (a document in -ing is a
      // head: "a regulatory filing on Monday")
      const verbal =
        isWord(t) &&
        participleLike(t.lower) &&
        !ingDocument(ctx, k) &&
        !DOCUMENT_NOUNS.has(t.lower) &&
        // ("familiar with the bank's thinking", "the airline's contingency planning")
        !gerundNoun(ctx, k);
      if (verbal && !ctx.name[k] && head >= 0 && !nominal(ctx, k + 1)) break;
      if (verbal && !ctx.name[k] && head >= 0 && toks[k + 1] && isPrep(toks[k + 1])) break;
      // "a complaint filed Friday": a participle before a time word starts a reduced relative
      if (
        isWord(t) &&
        participleLike(t.lower) &&
        !ctx.name[k] &&
        head >= 0 &&
        ((toks[k + 1]?.f ?? 0) & F.TIME) !== 0
      )
        break;
      // "one of", "two of", "some of" partitives
      if (isQuant(t) && toks[k + 1]?.lower === 'of') {
        head = k;
        k += 2;
        if (isDet(toks[k]) && toks[k]!.lower !== 'that') k++;
        continue;
      }
      if (t.kind !== 'pos') head = k;
      k++;
      // names joined by "and": "the World Travel and Tourism Council", "the Center on Poverty
      // and Inequality" (an institution's subject)
      if (
        ctx.name[k - 1] &&
        toks[k]?.lower === 'and' &&
        ctx.name[k + 1] &&
        (ctx.name[k + 2] || subjectBodyBefore(ctx, k - 1))
      )
        k++;
      continue;
    }
    break;
  }
  if (head < 0) return null;
  const coreEnd = k;
  const end = depth >= 3 ? coreEnd : postModifiers(ctx, coreEnd, limit, sourceMods, depth);
  const owned = possessedHead(ctx, coreEnd, end);
  if (owned >= 0) return { start: i, end, head: owned, coreEnd: end };
  return { start: i, end, head, coreEnd };
}

/**
 * The head of a phrase whose bare `of` attachment is a possessor (`the secretary of state's
 * office`, `the minister of health's aides`): the noun after the possessive, when the phrase ends
 * with it; else -1.
 */
function possessedHead(ctx: Context, coreEnd: number, end: number): number {
  const toks = ctx.tokens;
  if (toks[coreEnd]?.lower !== 'of' || end - coreEnd > 8) return -1;
  // (only a bare possessor: "a member of the district's safety team" is a member)
  let q = coreEnd + 1;
  if (isDet(toks[q]) || toks[q]?.kind === 'pos') return -1;
  while (q < end && toks[q]!.kind !== 'pos') {
    if (!nominal(ctx, q)) return -1;
    q++;
  }
  if (q + 1 >= end || q === coreEnd + 1) return -1;
  for (let r = q + 1; r < end; r++) if (!nominal(ctx, r) || ctx.name[r]) return -1;
  return end - 1;
}

/**
 * Whether `w` looks like a regular past form: `-ed` on a word of five letters or more, or a short
 * one whose stem ends in a vowel (`sued`, `tied`, `owed`; not "need", "shed", "seed").
 */
function pastEnding(w: string): boolean {
  if (!w.endsWith('ed')) return false;
  return w.length > 4 || (w.length === 4 && /^[a-z](?:ued|ied|wed)$/.test(w));
}

/**
 * Whether token `k` is a base-form reporting verb (`expect`, `fear`, `say`) after a singular
 * common noun at `k - 1` and before a determiner or pronoun: "the president expect a" is no
 * compound, as a singular noun takes `expects`.
 */
function baseVerbAfterSingular(ctx: Context, k: number): boolean {
  const toks = ctx.tokens;
  const t = toks[k]!;
  if (t.kind !== 'word' || (t.f & F.REPORT) === 0 || ctx.name[k] || ctx.name[k - 1]) return false;
  const v = reportingVerb(t);
  if (!v || !v.forms.has('base')) return false;
  const prev = toks[k - 1]!;
  if (prev.kind !== 'word' || prev.lower.endsWith('s')) return false;
  const next = toks[k + 1];
  return !!next && next.kind === 'word' && (isDet(next) || isPronoun(next));
}

/**
 * Extends a phrase ending at `coreEnd` over post-modifiers: prepositional phrases, anonymity
 * modifiers (`familiar with the matter`) and, with `sourceMods`, issuing participles.
 */
export function postModifiers(
  ctx: Context,
  coreEnd: number,
  limit: number,
  sourceMods = false,
  depth = 0,
  toPhrase = false,
): number {
  const toks = ctx.tokens;
  let end = coreEnd;
  /** Where the phrase ended before an issuing participle, and where it ends after it. */
  let bare: [number, number] | null = null;
  // post-modifiers
  for (let guard = 0; guard < 3 && end < limit; guard++) {
    const t = toks[end];
    if (!t || !isWord(t)) break;
    const tb = listsOf(t);
    const anonPrep = (tb & ANON_MODIFIER) !== 0 ? ANON_MODIFIERS.get(t.lower) : undefined;
    // "..., people familiar say", "people briefed say": a headline's anonymity formula without
    // its complement, right before the reporting verb
    if (anonPrep && end === coreEnd && ((toks[end + 1]?.f ?? 0) & F.REPORT) !== 0) {
      end += 1;
      break;
    }
    if (anonPrep && toks[end + 1]?.lower === anonPrep) {
      const inner = phraseStartingAt(ctx, end + 2, limit, false, depth + 1);
      if (inner) {
        end = inner.end;
        continue;
      }
      // "a person close to him"
      if (end + 2 < limit && isPronoun(toks[end + 2])) {
        end += 3;
        continue;
      }
    }
    // "people with access to the figures": what gives an anonymous source its knowledge
    if (t.lower === 'with' && toks[end + 1]?.lower === 'access' && toks[end + 2]?.lower === 'to') {
      const inner = phraseStartingAt(ctx, end + 3, limit, false, depth + 1);
      if (inner) {
        end = inner.end;
        continue;
      }
    }
    if (
      (t.lower === 'with' &&
        (toks[end + 1]?.lower === 'knowledge' ||
          toks[end + 1]?.lower === 'ties' ||
          toks[end + 1]?.lower === 'connections')) ||
      ((tb & POST_PREP) !== 0 && (t.lower !== 'to' || (toPhrase && end === coreEnd))) ||
      (t.lower === 'around' && end === coreEnd && aroundCircle(ctx, coreEnd - 1, end, limit)) ||
      placedBy(ctx, coreEnd, end)
    ) {
      const next = toks[end + 1];
      if (!next || isTimeWord(next)) break;
      // "Farmers in at least four states", "staff at three regional hospitals", "parents in more
      // than 30 districts": people placed in a counted set of places or bodies (not a quantity,
      // "a nurse for more than 800 inmates", nor a time, "in at least two years")
      const placed = countedPlaces(ctx, t.lower, end + 1, limit, depth);
      if (placed > end) {
        end = placed;
        continue;
      }
      // "tax authorities for years": how long, not whose
      if (t.lower === 'for' && DURATIONS.has(next.lower)) break;
      // "a bid from an unnamed club for their captain": what a body wants, not whom it serves
      if (
        t.lower === 'for' &&
        POSSESSIVES.has(next.lower) &&
        headClass(ctx, coreEnd - 1) === 'organisation'
      )
        break;
      if (next.kind === 'num' && t.lower !== 'of' && t.lower !== 'from') break;
      // "a nurse for more than 800 inmates": a quantity, not who the phrase belongs to
      if (t.lower !== 'of' && t.lower !== 'from' && QUANTITY_LEADS.has(next.lower)) break;
      if (t.lower === 'on' && next.lower === 'condition') break;
      // "hired advisers to explore a sale": an infinitive, not whom the advisers serve
      if (
        t.lower === 'to' &&
        !isDet(next) &&
        !isQuant(next) &&
        !ctx.name[end + 1] &&
        (next.f & F.ACTOR) === 0 &&
        !next.cap &&
        !isPronoun(next)
      )
        break;
      // "accused by lawmakers of misleading parliament", "accused the rebels of staging the
      // attack", "bar scientists from receiving grants": a gerund with its object is the
      // charge or the act, not the group
      if (gerundWithObject(ctx, end + 1)) break;
      // "bribes from a towing company in exchange for steering contracts": a trade, not a place
      if (t.lower === 'in' && EXCHANGE.has(next.lower) && toks[end + 2]?.lower === 'for') break;
      if (
        (t.lower === 'in' || t.lower === 'on') &&
        !sourceMods &&
        !ctx.name[end + 1] &&
        !isDet(next) &&
        !isQuant(next) &&
        !nominal(ctx, end + 1)
      )
        break;
      const inner = phraseStartingAt(ctx, end + 1, limit, false, depth + 1);
      // "rejected by officials in a statement", "denied by the company in a filing": the words
      // a person or body speaks in belong to the verb, not to the speaker
      if (inner && t.lower === 'in' && spokenIn(ctx, coreEnd - 1, inner.head)) break;
      if (inner && !isTimeWord(ctx.tokens[inner.head])) {
        end = inner.end;
        continue;
      }
      break;
    }
    if (t.lower === 'present' || t.lower === 'there') {
      end += 1;
      break;
    }
    if (sourceMods && t.lower === 'including') {
      // "outlets including the Morning Ledger"
      const inner = phraseStartingAt(ctx, end + 1, limit, false, depth + 1);
      if (inner) {
        end = inner.end;
        continue;
      }
      break;
    }
    // "projections by the public broadcaster TRB", "a report by the union": who made it
    if (
      sourceMods &&
      t.lower === 'by' &&
      end === coreEnd &&
      headClass(ctx, coreEnd - 1) === 'document'
    ) {
      const inner = phraseStartingAt(ctx, end + 1, limit, false, depth + 1);
      if (inner) {
        end = inner.end;
        continue;
      }
      break;
    }
    if (sourceMods && ISSUING.has(t.lower)) {
      // "published Wednesday in the journal X", "drawn up by 200 scientists", "obtained by Y",
      // "carried out by the residents' association", "put together by"
      const m = pastParticiple(ctx, end, limit);
      const p = toks[m];
      if (
        p &&
        (p.lower === 'by' ||
          p.lower === 'in' ||
          p.lower === 'to' ||
          p.lower === 'from' ||
          p.lower === 'with')
      ) {
        const inner = phraseStartingAt(ctx, m + 1, limit, false, depth + 1);
        if (inner) {
          end = inner.end;
          continue;
        }
      }
      if (p && isPrep(p)) {
        bare = [end, m];
        end = m;
        continue;
      }
      break;
    }
    break;
  }
  // "a report published on Monday": a participle whose prepositional phrase the loop did not
  // take (a time, a place of the clause) is left out, not kept bare ("a report published")
  if (bare && end === bare[1]) return bare[0];
  return end;
}

/**
 * Whether the head at `h` is a person or body and `m` a noun of what is said (`statement`,
 * `filing`, `interview`, `remarks`): `officials in a statement` is where they said it.
 */
function spokenIn(ctx: Context, h: number, m: number): boolean {
  const w = ctx.tokens[m]!.lower;
  if (!STATEMENT_NOUNS.has(w) && !CUE_NOUNS.has(w) && w !== 'interview' && w !== 'interviews')
    return false;
  const cls = headClass(ctx, h);
  return cls === 'organisation' || isPersonClass(cls);
}

/**
 * Whether token `k` is a gerund that takes an object (`staging the attack`, `receiving public
 * grants`): a verb after a preposition, not an -ing noun (`analysts in banking`, `a ruling`).
 */
function gerundWithObject(ctx: Context, k: number): boolean {
  const toks = ctx.tokens;
  const t = toks[k];
  if (!t || t.kind !== 'word' || t.cap || !t.lower.endsWith('ing') || t.lower.length < 6)
    return false;
  if (ING_NOUNS.has(t.lower) || headClass(ctx, k) !== 'other') return false;
  // (its object opens with a determiner or a pronoun: not "banding studies", "neighboring Sudan")
  const n = toks[k + 1];
  return (
    !!n &&
    (n.kind === 'num' ||
      (n.kind === 'word' && (isDet(n) || isQuant(n) || isPronoun(n) || POSSESSIVES.has(n.lower))))
  );
}

const ING_NOUNS = ruleWords('ingNouns');

/** Adverbs of time that are adjectives after a determiner: `an earlier draft`, `a later version`. */
const COMPARATIVE_TIMES = ruleWords('timeAdjectives');

/** `in exchange for`, `in return for`. */
const EXCHANGE: ReadonlySet<string> = new Set(['exchange', 'return']);

/** Whether token `k` is an -ing noun of a document: `filing`, `ruling`, `briefing`. */
function ingDocument(ctx: Context, k: number): boolean {
  return ctx.tokens[k]!.lower.endsWith('ing') && headClass(ctx, k) === 'document';
}

/** Words before a time word in a time phrase: `on Tuesday`, `last week`, `in June`. */
const TIME_LEADS: ReadonlySet<string> = new Set(['early', 'in', 'last', 'late', 'on', 'this']);

/** Particles of a phrasal participle of making a document: `drawn up`, `carried out`. */
export const PARTICLES: ReadonlySet<string> = new Set(['out', 'together', 'up']);

/** Possessive determiners after `for`: `for their captain`. */
const POSSESSIVES = ruleWords('possessiveDeterminers');

/** Words that start a quantity: `more than 800`, `nearly 40`, `up to 12`. */
const QUANTITY_LEADS = ruleWords('quantityLeads');

const NUMBER_WORDS = ruleWords('numberWords');

/** Prepositions that place people in places or bodies: `in`, `at`, `across`. */
const PLACING: ReadonlySet<string> = new Set(['across', 'at', 'in']);

/**
 * The end of a counted plural of places or bodies opening at `k` after the placing preposition
 * `prep` ("at least four states", "three regional hospitals", "more than 30 districts"), or -1:
 * a count (`at least`, `more than`, a number) and a plural head that is a place word or a body.
 */
function countedPlaces(
  ctx: Context,
  prep: string,
  k: number,
  limit: number,
  depth: number,
): number {
  if (!PLACING.has(prep)) return -1;
  const toks = ctx.tokens;
  let q = k;
  if (toks[q]?.lower === 'at' && toks[q + 1]?.lower === 'least') q += 2;
  else if (toks[q]?.lower === 'more' && toks[q + 1]?.lower === 'than') q += 2;
  const n = toks[q];
  if (!n || !(n.kind === 'num' || NUMBER_WORDS.has(n.lower))) return -1;
  const inner = phraseStartingAt(ctx, k, limit, false, depth + 1);
  if (!inner || inner.head <= q) return -1;
  const head = toks[inner.head]!;
  if (!/[a-z]s$/.test(head.lower) || isTimeWord(head)) return -1;
  const one = head.lower.replace(/(?:ies)$/, 'y').replace(/s$/, '');
  return PLACE_WORDS.has(one) ||
    PLACE_WORDS.has(head.lower.replace(/ies$/, 'y')) ||
    headClass(ctx, inner.head) === 'organisation'
    ? inner.end
    : -1;
}

/** Participles that attach a document to whoever produced or handled it. */
/** Plural time units after `for`: a duration (`for years`, `for decades`). */
const DURATIONS: ReadonlySet<string> = new Set([
  'days',
  'decades',
  'hours',
  'months',
  'weeks',
  'years',
]);

export const ISSUING = ruleWords('issuing');

/**
 * The token after issuing participle `k`, its particle and a time phrase (`carried out last
 * autumn`, `published on Wednesday`, `drawn up`), where its agent or its place (`by`, `in`) would
 * start; at most `limit`.
 */
export function pastParticiple(ctx: Context, k: number, limit: number): number {
  const toks = ctx.tokens;
  let m = k + 1;
  if (PARTICLES.has(toks[m]?.lower ?? '')) m++;
  while (m < limit && (isTimeWord(toks[m]) || isAdverb(toks[m]))) m++;
  // "released on Tuesday by", "published last week by", "published on Wednesday in the
  // journal X": a time phrase before the agent or the publication
  if (
    TIME_LEADS.has(toks[m]?.lower ?? '') &&
    isTimeWord(toks[m + 1]) &&
    (toks[m + 2]?.lower === 'by' || toks[m + 2]?.lower === 'in')
  )
    m += 2;
  return m;
}
/** Of these, the ones by which a named body issues a document (so the document is named). */
export const ISSUED_BY_NAMED = ruleWords('issuedByNamed');

/** Whether `around` at `k` opens the circle of a person or body the head at `head` is in. */
function aroundCircle(ctx: Context, head: number, k: number, limit: number): boolean {
  const np = phraseStartingAt(ctx, k + 1, limit);
  if (!np) return false;
  // (the phrase's head, or a noun before a verb it took for one: "the club believe")
  for (let h = np.start; h < np.end; h++) if (circleAround(ctx, head, h)) return true;
  return false;
}

/** The lists the scans above ask of nearly every word they pass, as bits of one answer. */
const listsOf = wordBits(() => [
  NAME_PARTICLES,
  HARD_STOPS,
  COMPARATIVE_TIMES,
  ANON_MODIFIERS,
  POST_PREPS,
]);
const NAME_PARTICLE = 1 << 0;
const HARD_STOP = 1 << 1;
const COMPARATIVE = 1 << 2;
const ANON_MODIFIER = 1 << 3;
const POST_PREP = 1 << 4;
