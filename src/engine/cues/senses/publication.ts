/**
 * Senses of verbs of publishing, writing and showing that report nothing: `First published
 * February 1, 2016`, `as one economist put it`, `state media`, `was cited twice last year for
 * blocked exits`, `reported for duty`, `wrote herself 37 checks`, `we reveal our true character`.
 */
import { endsLetterEd } from '../../chars';
import type { Context } from '../../context';
import {
  isAdverb,
  isContent,
  isDet,
  isPrep,
  isPunct,
  isQuant,
  isQuote,
  isTimeWord,
  isVerbLike,
  isWord,
} from '../../context';
import { DOCUMENT_NOUNS, F, ruleWords, TITLE_ABBREVIATIONS, STATEMENT_NOUNS } from '../../lexicon';
import { headClass } from '../../phrase/head-class';
import { phraseStartingAt } from '../../phrase/phrase-starting';
import type { Sentence } from '../../sentences';
import { afterQuoteOrComma } from '../../subject/inverted';
import { isPronounSubject } from '../../subject/result';
import { byAgent } from '../by-agent';
import { clauseFollows } from '../clause-follows';
import { DATA_NOUNS, speakingHead, THING_PRONOUNS } from '../frames/speakers';
import type { Verb } from '../verb-group';
import { subjectOf } from '../verb-group';
import type { SenseCheck } from './common';
import { afterVerb, beforeVerb, byBeforeComma } from './common';

/** An author's works: `novels`, `a memoir`, `poems`, `an album`. */
const WORKS: ReadonlySet<string> = new Set([
  'album',
  'albums',
  'book',
  'books',
  'collection',
  'collections',
  'cookbook',
  'cookbooks',
  'memoir',
  'memoirs',
  'novel',
  'novels',
  'novella',
  'poem',
  'poems',
  'stories',
  'thriller',
  'thrillers',
]);

/** The checks of verbs of publishing, writing and showing, by lemma (see `SENSES` in ../verb-senses.ts). */
export const PUBLICATION_SENSES: readonly (readonly [string, SenseCheck])[] = [
  [
    'publish',
    (ctx, s, v) => {
      const p = beforeVerb(ctx, s, v);
      const n = afterVerb(ctx, v);
      const toks = ctx.tokens;
      // "First published February 1, 2016": a dateline
      if (n && (n.f & F.TIME) !== 0 && toks[v.i + 2]?.kind === 'num') return false;
      // "has pledged to publish figures", "hurry to investigate and publish": an act planned or
      // usual, no report of anything
      if (p?.lower === 'to') return false;
      // "I publish much of my work on the open web": the writer's own habit, no report
      if (!v.sawAux && toks[v.i]!.lower === 'publish' && (p?.lower === 'i' || p?.lower === 'we'))
        return false;
      // "This material may not be published, broadcast, rewritten": a permission withheld
      if (v.passive && permission(ctx, v)) return false;
      if (v.passive && publicationEvent(ctx, s, v)) return false;
      // "will not be published until Thursday", "never published", "would publish data next
      // month": nothing has been published yet
      for (let k = Math.max(s.first, v.g - 1); k < v.i; k++)
        if (UNPUBLISHED.has(toks[k]!.lower)) return false;
      // "scientists discuss published research": the participle of a noun
      if (
        toks[v.i]!.lower === 'published' &&
        !v.passive &&
        !v.sawAux &&
        p &&
        (isVerbLike(p) || isPrep(p) || isDet(p) || (p.f & F.REPORT) !== 0) &&
        n &&
        isContent(n) &&
        !isAdverb(n) &&
        !ctx.name[v.i + 1]
      )
        return false;
      if (p?.lower === 'and' || p?.lower === 'or')
        for (let k = v.i - 2; k >= s.first && k >= v.i - 4; k--)
          if (toks[k]!.lower === 'to') return false;
      // "He published three novels", "has published a memoir": an author's works, no report
      // (decision 169: publishing a work is at most optional)
      if (!v.passive) {
        const np = phraseStartingAt(ctx, v.end, s.last);
        if (np && np.start === v.end && WORKS.has(toks[np.head]!.lower)) return false;
      }
      // "five published papers": after a number, the participle of a noun; "The report,
      // published on Friday, concluded", "if accepted, published alongside a reply": a
      // document's publication set off by a comma
      if (toks[v.i]!.lower === 'published' && !v.sawAux && !v.passive && p) {
        if ((p.kind === 'num' || isQuant(p)) && n && isContent(n)) return false;
        if (publicationAside(ctx, s, v)) return false;
        // (but "published on Tuesday by the Schools Standards Office": a by-agent makes it a
        // cue, decision 12 of the labelled sets)
        if (
          isPunct(p, ',') &&
          n &&
          (PUBLICATION_AFTER.has(n.lower) || (n.f & F.TIME) !== 0) &&
          !byBeforeComma(ctx, s, v.end)
        )
          return false;
        // "Figures from the council published on Tuesday showed", "a report by the observatory
        // published in March": a reduced relative telling when or where the document before it
        // came out, with no by-agent; the document's own verb, or the phrase that cites it, is
        // the cue
        if (
          n &&
          (PUBLICATION_AFTER.has(n.lower) || (n.f & F.TIME) !== 0) &&
          !byBeforeComma(ctx, s, v.end) &&
          documentBefore(ctx, s, v.i)
        )
          return false;
      }
      return true;
    },
  ],
  [
    'put',
    // "as one economist put it", "put it bluntly": a way of saying; "puts the cost at $2
    // billion", "Turnout was put at 61 percent": an estimate (not "put the book down")
    (ctx, s, v) => {
      const toks = ctx.tokens;
      const n = toks[v.end];
      // "debts it put at 4.3 billion": a relative's gap, the estimate right after the verb (not
      // a reduced participle set off by a comma, "The savings, put at £6 million,": a figure
      // given with no one giving it, which the labelled corpus leaves unlabelled)
      if (n?.lower === 'at' && quantityAt(ctx, v.end + 1) && !clockAt(ctx, v.end + 1))
        return v.passive || v.sawAux || !isPunct(toks[v.g - 1], ',');
      if (!v.passive && n?.lower === 'it') {
        const a = toks[v.end + 1];
        // "puts it at 11,500": an estimate of a thing named before
        if (a?.lower === 'at') return quantityAt(ctx, v.end + 2) && !clockAt(ctx, v.end + 2);
        const asBefore =
          toks[v.g - 1]?.lower === 'as' ||
          toks[v.g - 2]?.lower === 'as' ||
          toks[v.g - 3]?.lower === 'as';
        // "put it to her that she had relied on", "put it to me more bluntly: ...": a point
        // put to a hearer (not "put it to a vote"); "as one judge put it to me, "...": the way
        // of saying told to a hearer
        if (a?.lower === 'to')
          return pointPutTo(ctx, s, v.end + 2) || (asBefore && wayPutTo(ctx, s, v.end + 2));
        return (
          asBefore ||
          !a ||
          v.end + 1 >= s.last ||
          isPunct(a) ||
          isQuote(a) ||
          isAdverb(a) ||
          a.lower === 'this' ||
          a.lower === 'that' ||
          comparedManner(ctx, v.end + 1)
        );
      }
      if (!v.passive && matterPutTo(ctx, s, v)) return true;
      // "the faults had been put to managers more than once": a claim or a complaint put to a
      // hearer, in the passive (point 290; not "was put to a vote", "put to death", nor an offer
      // "put to members" for a ballot)
      if (v.passive && n?.lower === 'to' && hearerAt(ctx, s, v.end + 1) && matterSubject(ctx, s, v))
        return true;
      if (!v.passive && pollPlacing(ctx, s, v)) return true;
      let at = v.end;
      if (!v.passive) {
        const np = phraseStartingAt(ctx, v.end, s.last);
        if (!np) return false;
        at = np.end;
        // ("puts the cost of the repairs at £3m": the phrase may take the estimate in as a
        // post-modifier; "A poll puts the party on 34%": a share on a percentage)
        for (let k = np.coreEnd; k < np.end; k++) {
          const w = toks[k]!.lower;
          if (w === 'at' && quantityAt(ctx, k + 1) && !clockAt(ctx, k + 1)) return true;
          if (w === 'on' && percentAt(ctx, k + 1)) return true;
        }
        if (toks[at]?.lower === 'on') return percentAt(ctx, at + 1);
        // "put the number of households exposed to noise above the threshold at 38,000": the
        // estimate after the object's longer post-modifier, in the same clause
        if (ESTIMATED.has(toks[np.head]!.lower) && estimateAfterModifier(ctx, s, at)) return true;
      }
      if (toks[at]?.lower === 'at') return quantityAt(ctx, at + 1) && !clockAt(ctx, at + 1);
      // "put the number closer to 30", "put the toll as high as 40"
      for (let k = v.end; k < s.last && k <= at + 1; k++) {
        const w = toks[k]!.lower;
        if ((w === 'closer' || w === 'nearer') && toks[k + 1]?.lower === 'to')
          return quantityAt(ctx, k + 2);
        if (w === 'as' && toks[k + 2]?.lower === 'as') return quantityAt(ctx, k + 3);
      }
      return false;
    },
  ],
  [
    'state',
    (ctx, s, v) => {
      const p = beforeVerb(ctx, s, v);
      const n = afterVerb(ctx, v);
      // "United States to Lift Sanctions": part of a name even where Title Case hides names
      if (p?.lower === 'united') return false;
      // "state media", "state emergency officials": the adjective before a noun ("state Sen.
      // Alan Voight": before a title)
      if (n && (headClass(ctx, v.i + 1) === 'title' || TITLE_ABBREVIATIONS.has(n.lower)))
        return false;
      return !(n && isContent(n) && !isAdverb(n) && !ctx.name[v.i + 1]);
    },
  ],
  [
    'cite',
    // "was cited twice last year for blocked exits": a penalty, not a source
    (ctx, s, v) => {
      const toks = ctx.tokens;
      let q = v.i + 1;
      while (
        q < s.last &&
        (isAdverb(toks[q]) || isTimeWord(toks[q]) || CITE_SKIP.has(toks[q]!.lower))
      )
        q++;
      return toks[q]?.lower !== 'for' && !citationCount(ctx, s, v.end);
    },
  ],
  [
    'report',
    // "reported for duty", "reported to work", "must report to their buildings"
    (ctx, s, v) => {
      const n = afterVerb(ctx, v);
      if (n?.lower === 'for') return false;
      if (reportsAsDuty(ctx, s, v) || creditLine(ctx, s, v) || reportsToSuperior(ctx, s, v))
        return false;
      if (n?.lower !== 'to') return true;
      const np = phraseStartingAt(ctx, v.i + 2, s.last);
      const place = np ? ctx.tokens[np.head]! : ctx.tokens[v.i + 2];
      return !place || !REPORT_TO_PLACES.has(place.lower);
    },
  ],
  [
    'write',
    // "wrote herself 37 checks", "was written on an index card": writing that conveys nothing
    (ctx, s, v) => !writingAct(ctx, s, v) && writesContent(ctx, s, v.g, v.end, v.passive),
  ],
  ['highlight', highlightsAFact],
  ['reveal', disclosesSomething],
  ['show', disclosesSomething],
];

/**
 * `highlight`: someone who can report (a person, a body, a document, data) singling out a fact
 * ("the report highlights the risks", "Microsoft is highlighting Atmos support"), not a thing
 * that lights up or marks ("HDR, which highlighted bright elements", "the display highlights the
 * colours", "a feature used to highlight layer information"), nor what one can do with a
 * selection on a screen ("the user can highlight a subset of the query": a capacity, no fact).
 */
function highlightsAFact(ctx: Context, s: Sentence, v: Verb): boolean {
  const toks = ctx.tokens;
  for (let k = v.g; k < v.i; k++) if (ABILITY_MODALS.has(toks[k]!.lower)) return false;
  if (v.passive) return true;
  const subject = subjectOf(ctx, s, v);
  if (!subject) {
    // (an infinitive of a thing's purpose: "is used to automatically highlight layer
    // information", "designed to highlight"; not "was quick to highlight the gains")
    let k = v.g - 1;
    while (k > s.first && isAdverb(toks[k])) k--;
    return toks[k]?.lower !== 'to' || !endsLetterEd(toks[k - 1]?.lower ?? '');
  }
  if (isPronounSubject(subject)) return !THING_PRONOUNS.has(toks[subject.pronoun]!.lower);
  const head = subject.np.head;
  const w = toks[head]!.lower;
  // (a name of no known kind that follows `with` is an instrument: "especially with HDR, which")
  if (toks[subject.np.start - 1]?.lower === 'with') return false;
  return speakingHead(ctx, head) || DOCUMENT_NOUNS.has(w) || DATA_NOUNS.has(w);
}

/** Modals of ability or possibility: `can`, `could`, `may`, `might`. */
const ABILITY_MODALS: ReadonlySet<string> = new Set(['can', 'could', 'may', 'might']);

/**
 * `reveal`, `show`: not a trait of one's own laid bare (`we reveal our true character`, `showed
 * his true colours`): a possessive, an optional `true`, then a trait word.
 */
function disclosesSomething(ctx: Context, s: Sentence, v: Verb): boolean {
  const toks = ctx.tokens;
  let k = v.end;
  while (k < s.last && isAdverb(toks[k])) k++;
  if (!POSSESSIVES.has(toks[k]?.lower ?? '')) return true;
  k++;
  if (toks[k]?.lower === 'true' || toks[k]?.lower === 'real') k++;
  return !TRAITS.has(toks[k]?.lower ?? '');
}

/** Possessive determiners: `our`, `their`, `his`. */
const POSSESSIVES = ruleWords('possessiveDeterminers');

/** Words in a verb group that say nothing is published yet: `not`, `never`, `will`. */
const UNPUBLISHED: ReadonlySet<string> = new Set(["'ll", "n't", 'never', 'not', 'will', 'would']);

/** What one's acts reveal about oneself: `character`, `colours`, `nature`. */
const TRAITS = ruleWords('selfTraits');

/**
 * "before writing this post", "after writing the report": writing in an adverbial -ing clause
 * with the text as its object is an act, not what the text says.
 */
function writingAct(ctx: Context, s: Sentence, v: Verb): boolean {
  const toks = ctx.tokens;
  if (v.sawAux || !toks[v.i]!.lower.endsWith('ing') || !TIME_LINKS.has(toks[v.i - 1]?.lower ?? ''))
    return false;
  const np = phraseStartingAt(ctx, v.end, s.last);
  return (
    !!np &&
    isDet(toks[v.end]) &&
    (DOCUMENT_NOUNS.has(toks[np.head]!.lower) || WRITTEN_TEXTS.has(toks[np.head]!.lower))
  );
}

/** Prepositions of time before an -ing clause: `before` (writing), `after`, `while`. */
const TIME_LINKS: ReadonlySet<string> = new Set(['after', 'before', 'since', 'while']);

function writesContent(
  ctx: Context,
  s: Sentence,
  g: number,
  vEnd: number,
  passive: boolean,
): boolean {
  const toks = ctx.tokens;
  if (passive) return !!byAgent(ctx, s, vEnd) || toks[g - 1]?.lower === 'it';
  // "The memo, written in March, warns", "The recipe, written on an index card,": a bare
  // participle describes the thing written; only its writer (`written by`) makes it a cue
  if (toks[g]!.lower === 'written') return !!byAgent(ctx, s, vEnd);
  // `“...,” wrote Jennifer Light`: the quotation is what was written
  if (afterQuoteOrComma(ctx, g)) return true;
  let k = vEnd;
  while (k < s.last && (isAdverb(toks[k]) || isTimeWord(toks[k]))) k++;
  const n = toks[k];
  if (n && WRITE_PREPS.has(n.lower)) return true;
  if (clauseFollows(ctx, s, g, vEnd, 'write')) return true;
  if (!n || !(isDet(n) || isContent(n) || n.kind === 'num')) return false;
  const np = phraseStartingAt(ctx, k, s.last);
  if (!np) return false;
  const head = toks[np.head]!.lower;
  return DOCUMENT_NOUNS.has(head) || STATEMENT_NOUNS.has(head) || WRITTEN_TEXTS.has(head);
}

const CITE_SKIP = ruleWords('citeSkip');

/**
 * A count of citations, no source cited: "have been cited more than 2,300 times", "was cited
 * 40 times in a year" (the words from `k`: a number, with `more than` or `over`, then `times`).
 */
function citationCount(ctx: Context, s: Sentence, k: number): boolean {
  const toks = ctx.tokens;
  for (let q = k; q < s.last && q <= k + 4; q++) {
    const w = toks[q]!;
    if (w.lower === 'times') return q > k && toks[q - 1]!.kind === 'num';
    if (!(w.kind === 'num' || w.lower === 'more' || w.lower === 'than' || w.lower === 'over'))
      return false;
  }
  return false;
}

/** Prepositions after `wrote` that introduce an addressee, topic or medium. */
const WRITE_PREPS = ruleWords('writePreps');

/** Texts one writes that convey something: `wrote a column`, `wrote an essay`. */
const WRITTEN_TEXTS = ruleWords('writtenTexts');

/** Where one reports to start work: `report to their buildings`, `reported to base`. */
const REPORT_TO_PLACES = ruleWords('reportToPlaces');

/**
 * A filing duty, not an account given: "must report income", "failing to report gifts",
 * "Farmers report earnings from subsidies": `report` not in the past, whose object is money or
 * holdings with no figure ("reported income of $4 million" is a company's account of itself).
 */
function reportsAsDuty(ctx: Context, s: Sentence, v: Verb): boolean {
  const toks = ctx.tokens;
  if (v.passive || !/^report(?:s|ing)?$/.test(toks[v.i]!.lower)) return false;
  // past a determiner and up to two modifiers: "report all foreign income", "rental income"
  let k = v.end;
  if (isDet(toks[k])) k++;
  for (const stop = k + 2; k < stop && k < s.last && isWord(toks[k]); k++)
    if (REPORT_DUTY_OBJECTS.has(toks[k]!.lower)) break;
  if (!REPORT_DUTY_OBJECTS.has(toks[k]?.lower ?? '')) return false;
  const after = toks[k + 1];
  return !(after && (after.lower === 'of' || after.kind === 'num'));
}

const REPORT_DUTY_OBJECTS = ruleWords('reportDutyObjects');

/**
 * A line of command, no report: "Osei, who reports directly to the chair, ...", "Thorne
 * reported to Calder directly.", "The audit office, which reports to parliament," (`report to` a
 * person, or in the present a body, with nothing reported after it; not "had been reported to
 * the ministry", nor "reported to the board that").
 */
function reportsToSuperior(ctx: Context, s: Sentence, v: Verb): boolean {
  const toks = ctx.tokens;
  if (v.passive) return false;
  let k = v.end;
  while (k < s.last && isAdverb(toks[k])) k++;
  if (toks[k]?.lower !== 'to') return false;
  const np = phraseStartingAt(ctx, k + 1, s.last);
  if (!np) return false;
  const cls = headClass(ctx, np.head);
  // ("The chamber, which reports to parliament,": a body answers to a body in the present)
  const present = !ctx.tokens[v.i]!.lower.endsWith('ed') && !v.sawAux;
  if (!(cls === 'role' || cls === 'title' || cls === 'occupation' || cls === 'person'))
    if (
      ctx.name[np.head] !== 1 &&
      !(present && (cls === 'organisation' || (np.start === np.head && cls === 'other')))
    )
      return false;
  let e = np.end;
  while (e < s.last && isAdverb(toks[e])) e++;
  const w = toks[e];
  return !w || e >= s.last || (isPunct(w) && w.lower !== ':') || w.lower === 'and';
}

/**
 * A document's publication, no report: "The results were published Thursday in the journal",
 * "is expected to be published in the official gazette", "published alongside a reply", "when
 * the minutes were published,".
 */
function publicationEvent(ctx: Context, s: Sentence, v: Verb): boolean {
  const toks = ctx.tokens;
  if (toks[v.g - 1]?.lower === 'to' || toks[v.g - 2]?.lower === 'to') return true;
  let k = v.end;
  while (k < s.last && (isTimeWord(toks[k]) || PUBLICATION_TIME_LEADS.has(toks[k]!.lower))) k++;
  const w = toks[k]?.lower;
  // "was disclosed only when the minutes were published, and": a publication ending its clause
  // ("...were published, and", "was published.")
  if (k >= s.last || (isPunct(toks[k]) && w !== ':') || w === 'and' || w === 'but') return true;
  return PUBLICATION_PLACES.has(w ?? '');
}

/** Where a document is published: `in the journal`, `alongside a reply`, `online`. */
const PUBLICATION_PLACES_LIST = ['in', 'alongside', 'online'];

const PUBLICATION_PLACES: ReadonlySet<string> = new Set(PUBLICATION_PLACES_LIST);

/** Words before a time word after `published`: `last month`, `on Monday`, `this week`. */
const PUBLICATION_TIME_LEADS_LIST = ['last', 'on', 'this', 'earlier'];

const PUBLICATION_TIME_LEADS: ReadonlySet<string> = new Set(PUBLICATION_TIME_LEADS_LIST);

/**
 * A document's publication told in a reduced relative, past adverbs on either side: "The
 * commission's written evidence, published shortly before the hearing, says", "the annual
 * report, quietly published on Friday", "minutes published under its transparency rules", "the
 * tally published with the decision shows". The document's own verb or the phrase citing it is
 * the cue; a by-agent keeps one ("published on Tuesday by the Schools Standards Office").
 */
function publicationAside(ctx: Context, s: Sentence, v: Verb): boolean {
  const toks = ctx.tokens;
  let n = v.i + 1;
  while (n < s.last && isAdverb(toks[n])) n++;
  let p = v.i - 1;
  while (p > s.first && isAdverb(toks[p])) p--;
  const next = toks[n];
  if (!next || !ASIDE_AFTER.has(next.lower) || byBeforeComma(ctx, s, v.end)) return false;
  return isPunct(toks[p], ',') || documentBefore(ctx, s, p + 1);
}

/** What opens a reduced relative's circumstance after `published`: `with`, `under`, `when`. */
const ASIDE_AFTER: ReadonlySet<string> = new Set([
  'after',
  'alongside',
  'before',
  'during',
  'in',
  'last',
  'on',
  'this',
  'under',
  'when',
  'with',
]);

/** What follows a publication set off by a comma: `, published on Friday,`, `, published in`. */
const PUBLICATION_AFTER: ReadonlySet<string> = new Set([
  ...PUBLICATION_PLACES_LIST,
  ...PUBLICATION_TIME_LEADS_LIST,
]);

/**
 * A poll's placing of a contender: "an exit poll puts the party ahead", "put Varga narrowly ahead
 * of Reinholt", "the outsider a new poll puts within reach of power" (the object a relative's
 * gap). The subject is a poll, a survey or another document or data noun (not "a late goal put
 * the visitors ahead": a match's play).
 */
function pollPlacing(ctx: Context, s: Sentence, v: Verb): boolean {
  const toks = ctx.tokens;
  const subject = subjectOf(ctx, s, v);
  if (!subject || isPronounSubject(subject)) return false;
  const head = toks[subject.np.head]!.lower;
  if (!DATA_NOUNS.has(head) && !DOCUMENT_NOUNS.has(head)) return false;
  // (the contender's phrase may run on to the placing: "the Greens ahead")
  for (let k = v.end; k < s.last && k <= v.end + 8; k++) {
    const w = toks[k]!;
    if (PLACINGS.has(w.lower)) return true;
    if (isPunct(w) || isQuote(w) || (k > v.end && isVerbLike(w))) return false;
  }
  return false;
}

/** Where a poll puts a contender: `ahead`, `behind`, `level`, `within` (reach). */
const PLACINGS: ReadonlySet<string> = new Set(['ahead', 'behind', 'level', 'within']);

/** Whether a quantity starts at token `k`: `61 percent`, `$2 billion`, `about 40`, `nearly half`. */
function quantityAt(ctx: Context, k: number): boolean {
  const toks = ctx.tokens;
  let t = toks[k];
  if (t && QUANTITY_LEADS.has(t.lower)) t = toks[++k];
  // "at more than 600", "at just under £300,000", "at an estimated 40": more words of degree
  for (let more = 0; more < 2 && t && MORE_LEADS.has(t.lower); more++) t = toks[++k];
  return (
    !!t &&
    (t.kind === 'num' ||
      t.lower === '$' ||
      t.lower === '£' ||
      t.lower === '€' ||
      NUMBER_WORDS.has(t.lower))
  );
}

/**
 * Whether `at` and a quantity close the post-modifier that starts at `k` (after the object of
 * `put`), within a few words and no punctuation, the modifier not opening on a place (`put the
 * boxes in the van at 6` is handling): "the number of households exposed to noise above the
 * legal threshold at 38,000".
 */
function estimateAfterModifier(ctx: Context, s: Sentence, k: number): boolean {
  const toks = ctx.tokens;
  const first = toks[k]?.lower ?? '';
  if (PLACE_PREPS.has(first)) return false;
  for (let q = k; q < s.last && q <= k + 10; q++) {
    const t = toks[q]!;
    if (isPunct(t) || isQuote(t) || t.lower === 'that') return false;
    if (t.lower === 'at') return quantityAt(ctx, q + 1) && !clockAt(ctx, q + 1);
  }
  return false;
}

/** Heads of an amount one puts at a figure: `the number`, `the cost`, `the toll`. */
const ESTIMATED: ReadonlySet<string> = new Set([
  'amount',
  'bill',
  'cost',
  'costs',
  'damage',
  'deficit',
  'figure',
  'loss',
  'losses',
  'number',
  'price',
  'shortfall',
  'size',
  'sum',
  'toll',
  'total',
  'value',
]);

/** Prepositions of place after an object that make `put` a physical act: `in`, `on`, `into`. */
const PLACE_PREPS: ReadonlySet<string> = new Set(['in', 'inside', 'into', 'on', 'onto', 'under']);

/**
 * Whether a hearer starting at `k` (after "put it to") is followed, past adverbs, by a
 * that-clause or a colon: "put it to him that he had gone looking for trouble", "put it to me
 * more bluntly: ...". ("put it to a vote", "put it to good use" have neither.)
 */
function pointPutTo(ctx: Context, s: Sentence, k: number): boolean {
  const toks = ctx.tokens;
  let q = k;
  if (OBJECT_HEARERS.has(toks[q]?.lower ?? '')) q++;
  else {
    const np = phraseStartingAt(ctx, q, s.last);
    if (!np) return false;
    q = np.end;
    // "put it to Vidora's chief operating officer, Erik Moen, that": an apposed name
    if (isPunct(toks[q], ',')) {
      const ap = phraseStartingAt(ctx, q + 1, s.last);
      if (ap && isPunct(toks[ap.end], ',')) q = ap.end + 1;
    }
  }
  while (q < s.last && (isAdverb(toks[q]) || toks[q]!.lower === 'more')) q++;
  const w = toks[q];
  return !!w && (w.lower === 'that' || isPunct(w, ':'));
}

/**
 * Whether a hearer at token `k` closes the way of saying it was told ("as one judge put it to
 * me, "...", "as she put it to us."): an object pronoun, then a break or an adverb.
 */
function wayPutTo(ctx: Context, s: Sentence, k: number): boolean {
  const toks = ctx.tokens;
  if (!OBJECT_HEARERS.has(toks[k]?.lower ?? '')) return false;
  let q = k + 1;
  while (q < s.last && isAdverb(toks[q])) q++;
  const w = toks[q];
  return !w || q >= s.last || isPunct(w) || isQuote(w);
}

/** "put it more bluntly", "put it less politely": a comparative of manner after "put it". */
function comparedManner(ctx: Context, k: number): boolean {
  const toks = ctx.tokens;
  const w = toks[k]?.lower;
  return (w === 'more' || w === 'less') && isAdverb(toks[k + 1]);
}

/**
 * "I put this to a senior diplomat", "When we put these claims to the company, it said": a
 * demonstrative or a claim noun put to a person or body, whose answer the story then gives (not
 * "put this to use", "put that to a vote", "put these to the test": no hearer).
 */
function matterPutTo(ctx: Context, s: Sentence, v: Verb): boolean {
  const toks = ctx.tokens;
  let q = v.end;
  const w = toks[q]?.lower ?? '';
  if ((w === 'this' || w === 'that' || w === 'these') && toks[q + 1]?.lower === 'to') q++;
  else {
    const np = phraseStartingAt(ctx, q, s.last);
    if (!np) return false;
    const head = toks[np.head]!.lower;
    if (!PUT_MATTERS.has(head) && !(PUT_QUESTIONS.has(head) && askerSubject(ctx, s, v)))
      return false;
    q = np.end;
  }
  return toks[q]?.lower === 'to' && hearerAt(ctx, s, q + 1);
}

/**
 * Whether the subject of `v` is a reporter or a speaker, who puts a question to someone for an
 * answer ("We put the query to the player's agent", point 335), not a poll or a survey that puts
 * a question to voters.
 */
function askerSubject(ctx: Context, s: Sentence, v: Verb): boolean {
  const subject = subjectOf(ctx, s, v);
  if (!subject) return false;
  if (isPronounSubject(subject)) return true;
  const head = subject.np.head;
  const w = ctx.tokens[head]!.lower;
  return !DOCUMENT_NOUNS.has(w) && !DATA_NOUNS.has(w) && speakingHead(ctx, head);
}

/** Questions a reporter or a speaker puts to someone: `the question`, `our queries`. */
const PUT_QUESTIONS: ReadonlySet<string> = new Set(['queries', 'query', 'question', 'questions']);

/** Whether the subject of passive `v` is a claim or a complaint: `the faults`, `these claims`. */
function matterSubject(ctx: Context, s: Sentence, v: Verb): boolean {
  const subject = subjectOf(ctx, s, v);
  if (!subject || isPronounSubject(subject)) return false;
  const w = ctx.tokens[subject.np.head]!.lower;
  return PUT_MATTERS.has(w) || PASSIVE_MATTERS.has(w);
}

/** Complaints put to someone, besides the claims of `PUT_MATTERS`: `faults`, `concerns`. */
const PASSIVE_MATTERS: ReadonlySet<string> = new Set([
  'complaints',
  'concerns',
  'failings',
  'faults',
  'problems',
  'questions',
]);

/** Whether a hearer starts at token `k`: an object pronoun, or a person or body. */
function hearerAt(ctx: Context, s: Sentence, k: number): boolean {
  if (OBJECT_HEARERS.has(ctx.tokens[k]?.lower ?? '')) return true;
  const hearer = phraseStartingAt(ctx, k, s.last);
  return !!hearer && speakingHead(ctx, hearer.head);
}

/**
 * What a reporter puts to someone for an answer: `claims`, `allegations`, `findings` (not a
 * question, which a survey puts to voters: asking, an optional cue at most).
 */
const PUT_MATTERS: ReadonlySet<string> = new Set([
  'accusation',
  'accusations',
  'allegation',
  'allegations',
  'claim',
  'claims',
  'criticism',
  'criticisms',
  'figures',
  'findings',
  'points',
]);

/** Object pronouns that can be the hearer of "put it to": `him`, `her`, `me`. */
const OBJECT_HEARERS: ReadonlySet<string> = new Set(['her', 'him', 'me', 'them', 'us', 'you']);

/** Whether a clock time starts at token `k`: `3pm`, `9.30am`, `10:00 GMT` (a meeting put at 3pm). */
function clockAt(ctx: Context, k: number): boolean {
  const toks = ctx.tokens;
  const w = toks[k]?.lower ?? '';
  const n = toks[k + 1]?.lower ?? '';
  return /(?:am|pm|:\d\d)$/.test(w) || CLOCK_AFTER.has(n);
}

/** Words after a number that make it a clock time: `am`, `o'clock`, `GMT`. */
const CLOCK_AFTER: ReadonlySet<string> = new Set([
  'a.m.',
  'am',
  'bst',
  'gmt',
  "o'clock",
  'p.m.',
  'pm',
]);

/** Whether a percentage starts at token `k`: `34%`, `just 12 per cent`, `40 percent`. */
function percentAt(ctx: Context, k: number): boolean {
  const toks = ctx.tokens;
  if (!quantityAt(ctx, k)) return false;
  for (let q = k; q <= k + 3; q++) {
    const w = toks[q]?.lower ?? '';
    if (w === '%' || w === 'percent' || w === 'per' || w.endsWith('%')) return true;
  }
  return false;
}

/** Words before a number in an estimate: `about 40`, `nearly half`, `at least 12`. */
const QUANTITY_LEADS: ReadonlySet<string> = new Set([
  ...ruleWords('quantityStarts'),
  'around',
  'between',
  'over',
  'some',
  'up',
]);

/** Words that may follow a lead before the number: `more than`, `just under`, `an estimated`. */
const MORE_LEADS: ReadonlySet<string> = new Set([
  'above',
  'an',
  'below',
  'estimated',
  'just',
  'least',
  'than',
  'to',
  'under',
]);

/** Number words that start an estimate: `half`, `a third`, `two`, `thousands`. */
const NUMBER_WORDS: ReadonlySet<string> = new Set([
  ...ruleWords('numberWords'),
  'a',
  'half',
  'one',
  'millions',
  'billions',
  'several',
]);

/** Whether verb group `v` is a modal under negation: `may not be`, `cannot be`, `must not be`. */
function permission(ctx: Context, v: Verb): boolean {
  const toks = ctx.tokens;
  let modal = false;
  let not = false;
  for (let k = v.g; k < v.i; k++) {
    const w = toks[k]!.lower;
    if (w === 'may' || w === 'must' || w === 'might' || w === 'can') modal = true;
    else if (w === 'not' || w === "n't") not = true;
    else if (w === 'cannot') modal = not = true;
  }
  return modal && not;
}

/**
 * A wire story's credit line: "Reporting by Tom Hale; Editing by Sarah Lund", "Additional
 * reporting by ...": who wrote the story, not a source of it.
 */
function creditLine(ctx: Context, s: Sentence, v: Verb): boolean {
  const toks = ctx.tokens;
  if (toks[v.i]!.lower !== 'reporting' || toks[v.i + 1]?.lower !== 'by') return false;
  // (also in parentheses at a story's end: "(Reporting by Mira Tass; Editing by Joel Fenn)")
  const p = toks[v.i - 1]?.lower;
  const start =
    v.i === s.first ||
    p === '(' ||
    (p === 'additional' && (v.i - 1 === s.first || toks[v.i - 2]?.lower === '('));
  return start && ctx.name[v.i + 2] === 1;
}

/**
 * Whether a document noun heads the phrase that ends right before token `i`, past its `by`,
 * `from`, `of` or `for` post-modifiers ("Figures from the National Retail Council", "a report by
 * the Maritime Crime Observatory"): at most ten words back, no punctuation, quotation or verb.
 */
function documentBefore(ctx: Context, s: Sentence, i: number): boolean {
  const toks = ctx.tokens;
  for (let k = i - 1; k >= s.first && k >= i - 10; k--) {
    const w = toks[k]!;
    if (isPunct(w) || isQuote(w) || isVerbLike(w)) return false;
    if (isWord(w) && !ctx.name[k] && (DOCUMENT_NOUNS.has(w.lower) || DATA_NOUNS.has(w.lower)))
      return !isContent(toks[k + 1]) || isPrep(toks[k + 1]) || k + 1 === i;
  }
  return false;
}
