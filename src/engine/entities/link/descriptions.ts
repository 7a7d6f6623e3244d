/**
 * The entity of a description: a definite one refers back to the latest matching mention (`the
 * company` to the latest company named, `the official` to `a senior official`, `the sheriff` to
 * `Sheriff Ana Okafor`), an indefinite one is new; how named it is comes from what it refers to
 * (`his lawyer`, `the authors`, `the statement` of a named body).
 */
import type { Context } from '../../context';
import {
  agentiveNoun,
  ANONYMITY,
  F,
  GENERIC_SOURCES,
  INDUSTRY_WORDS,
  ORG_SUFFIXES,
  ROLE_NOUNS,
  ruleWords,
  TEAM_WORDS,
} from '../../lexicon';
import type { HeadClass } from '../../phrase/head-class';
import { headClass, isPersonClass } from '../../phrase/head-class';
import { namedness } from '../../phrase/namedness';
import type { NounPhrase } from '../../phrase/noun-phrase';
import type { SourcePhrase } from '../../subject/result';
import type { SourceType } from '../../types';
import type { Names } from '../names';
import { genderOf, tokenStartingAt } from '../names';
import type { ReferenceView } from '../reference';
import {
  issuerNamed,
  placedOwned,
  placingApposition,
  possessiveParty,
  referredNamed,
  relatedBodyOnly,
} from '../reference';
import type { Tracked } from '../registry';
import { definiteBodyOf, unnamedBody } from './body-antecedent';
import { authorsNoun, squash, wordsHash } from '../words';
import {
  BODY_DOCUMENTS,
  bodyCreditedBefore,
  bodyNamedBefore,
  issuerBy,
  INDEFINITE_SINGULAR,
  journalNamedBefore,
  publishedUnsigned,
  researchersOfStudy,
  studyPublishedBefore,
  writtenIn,
} from './documents';
import { issuerGiven } from './document-issuer';
import { copiedDocument } from './copied-document';
import { creditedReport } from './credited-report';
import { issuerInPhrase } from './issuer-name';
import { identified, pendingUnnamed, unnamedBefore } from './headlines';
import { orgOf, personOf } from './named';
import { pronounReferent } from './pronouns';
import type { LinkState } from './state';
import { pluralHead, subjectBefore } from './subject-before';
import { anonymousSourceBefore } from './source-repeat';
import { indefiniteDocumentBefore } from './other-document';
import { previousSameWord } from '../../same-word';
import { indefiniteAntecedent } from '../../unnamed/unnamed-antecedent';
import { isNameApposition } from '../../subject/aside';

/** What ../reference.ts reads of the linking state. */
export function referenceView(st: LinkState): ReferenceView {
  return st.viewOf ?? (st.viewOf = newReferenceView(st));
}

/**
 * `referenceView`'s object, made once per part. (Its own function: closures over `st` in
 * `referenceView` made V8 allocate a context for `st` on every call, made or not.)
 */
function newReferenceView(st: LinkState): ReferenceView {
  return {
    ctx: st.ctx,
    names: st.names,
    registry: st.registry,
    pronoun: (tok, sentence, as) => pronounReferent(st, tok, sentence, as),
    person: (r) => personOf(st, r, null),
    body: (np, word) => backReference(st, np, word, 'organisation'),
  };
}

/** A description: a definite one refers back (`the company`, `the official`), else new. */
export function description(st: LinkState, source: SourcePhrase): Tracked {
  const ctx = st.ctx;
  const { np } = source;
  let named = source.named;
  // "The company's union": a body known only by its tie to a named one
  if (named === true && relatedBodyOnly(ctx, np)) named = false;
  const toks = ctx.tokens;
  const head = toks[np.head]!.lower;
  const cls = headClass(ctx, np.head);
  const det = toks[np.start]!.lower;
  // (asked once: most of the tests below ask it of the same word)
  const definite = DEFINITE.has(det);
  const at = toks[np.start]!.start;
  const person = isPersonClass(cls);
  // "A spokesman for the chipmaker declined to comment", "A spokesman for the bank" after "one, a
  // regional bank,": people of a body given by `the` and a common noun are as named as the body
  // it refers back to, unnamed when the story named none (body-antecedent.ts)
  let bodyUnnamed = false;
  if (named === 'partial' && person) {
    const body = definiteBodyOf(ctx, np);
    if (body) {
      const word = toks[body.head]!.lower;
      const back = backReference(st, body, word, 'organisation');
      bodyUnnamed = unnamedBody(ctx, st.names, body, back, OUTLET_HEADS.has(word));
      if (bodyUnnamed) named = false;
    }
  }
  // "A review of the navy's frigates concludes ..., according to a copy seen by the Standard",
  // "a copy of the memo": the document copied, as named as it is (copied-document.ts)
  if (named === false && cls === 'document') {
    const copied = copiedDocument(st, np);
    if (copied) {
      const i = st.toks.lastIndexOf(copied.np.start);
      return i >= 0 ? st.tracked[i]! : description(st, copied);
    }
  }
  // "Brisk Mart stores told shoppers" after "Brisk Mart said": the body whose shops they are
  const premisesOf = bodyPremises(st, np, head, det);
  if (premisesOf) return premisesOf;
  // "Sheriff Says ..." over a story about "Sheriff Ana Okafor": a headline's role is the
  // person the story names with it
  if (person && st.headline(ctx.sentenceOf[np.head]!)) {
    const run = titled(st, head, ctx.tokens.length);
    if (run >= 0) return personOf(st, run, null);
  }
  // "the airport said" after "Flights at Kestrel Field airport", "The home said" after the
  // headline's "Lindenbrook care home": a place a named body runs, called by the noun the text
  // put right after that body's name (decision 15 of the labelled sets)
  if (det === 'the' && np.head === np.start + 1 && cls !== 'organisation' && !person) {
    const run =
      KIND_PLACES.has(head) || kindAfterName(ctx, head, np.start)
        ? nameBeforeKind(st, head, np.start)
        : -1;
    if (run >= 0) return orgOf(st, run);
  }
  // "the station said" after "Vale TV has been fined", "the theatre" after "the Alder
  // Playhouse": a broadcaster or a venue named before, called by a word for what it runs
  if (det === 'the' && np.head === np.start + 1 && RUNS_NAMED_BY.has(head)) {
    const run = runnerBefore(st, np.start, head);
    if (run >= 0) return orgOf(st, run);
  }
  // ("a major supermarket chain" ... "The supermarket chain did not respond": the unnamed body
  // met before in the same words, not the latest company named)
  // ("one supplier" ... "the supplier": unnamed-antecedent.ts)
  const repeat =
    cls === 'organisation' &&
    definite &&
    (repeatsIndefinite(ctx, np) || (np.head === np.coreEnd - 1 && indefiniteAntecedent(ctx, np))) &&
    // ("a militia" ... "The militia, the Iron Shield,": the repeat names it now, decision 4)
    !apposedName(ctx, np);
  if (repeat) named = false;
  if (definite && np.head === np.coreEnd - 1 && !repeat) {
    const back = backReference(st, np, head, cls);
    // "Coast Guard Says" and the lede's "the Coast Guard said": the story's definite mention
    // names the body the headline announced
    if (back && named === true && back.entity.named === false) identified(st, back);
    // "safety report reveals" over the lede's "the Rail Accident Investigation Office said in
    // an interim report": the story's report, which a named body issued (decision 83)
    if (back && cls === 'document' && pendingUnnamed(st, back) && writtenIn(st, np, head))
      identified(st, back);
    // "an independent inquiry has concluded ... The 140-page report by the Police Conduct
    // Commission found": a definite mention that gives the issuer names the document, from here
    // on (`the findings` after it are that named report's) and, once the part is linked, before
    if (
      back &&
      cls === 'document' &&
      back.entity.named === false &&
      issuerNamed(referenceView(st), np)
    ) {
      back.entity.named = true;
      st.namedLater.push(back);
    }
    // "the Russian space agency said ... (Roscosmos Space Agency photo) ... the Russian space
    // agency said": the words met before the name are that named body too
    if (back && cls === 'organisation' && back.entity.named === true && np.head > np.start + 1) {
      const same = st.registry.byText(wordsHash(ctx.text, at, toks[np.end - 1]!.end));
      if (same && same !== back && same.entity.type === 'organisation' && !same.merged)
        st.mergeLater.push([same, back]);
    }
    // ("Archaeologists Say" then "The archaeologists say" after a study in a named journal:
    // the study's authors, whom the headline announced; see below)
    if (back && !(authorsNoun(head) && pendingUnnamed(st, back))) return back;
  }
  // "Officials at the Ministry of Transport were asked about it. '...,' the officials said":
  // the people the sentence before opened with, in the same word, who credited nothing there
  if (definite && person && named !== true && np.head === np.coreEnd - 1) {
    const before = subjectBefore(st, ctx.sentenceOf[np.start]!, pluralHead(head));
    if (
      before &&
      toks[before.np.head]!.lower === head &&
      !DEFINITE.has(toks[before.np.start]!.lower)
    )
      return description(st, before);
  }
  // ("An editorial published alongside the study ... Its authors warned": other-document.ts)
  const otherAuthors =
    (det === 'its' || det === 'their') &&
    authorsNoun(head) &&
    indefiniteDocumentBefore(st, ctx.sentenceOf[np.start]!);
  // "The authors", "its researchers": the authors of the study the story relies on
  if (authorsNoun(head) && (definite || det === 'its' || det === 'their') && !otherAuthors) {
    const doc = st.registry.latestNamedDocument() ?? studyPublishedBefore(st, np.start);
    if (doc) {
      const t = st.registry.create(phraseText(ctx, np), 'partial', 'group', at, { head });
      st.registry.setHead(head, t);
      return t;
    }
  }
  // "a team of archaeologists argues in a paper published ... in the Journal of X"
  if (named === false && researchersOfStudy(st, np)) named = 'partial';
  // "staff at the plant say" after "the Halvik nuclear power station": people at the workplace
  // the story named before, by its own or another word for it, are people of a named body
  // (decisions 122 and 184)
  if (named === false && person && atNamedWorkplace(st, np)) named = 'partial';
  // "the man allegedly told officers" after "A 34-year-old man has been charged": a repeat
  // of an unnamed description that credited nothing yet
  // (not a repeat of a person of a named body, named through it: "The adviser replied" after "an
  // adviser in the Grants Office", decision 23)
  if (definite && st.registry.unnamedBefore(head, at) && !st.registry.partialHead(head))
    named = false;
  // "One of them, a former party fundraiser, said": an apposition that places the person in a
  // named body (reference.ts), whatever group the person is one of
  const placed =
    named === false &&
    cls !== 'document' &&
    cls !== 'organisation' &&
    placingApposition(referenceView(st), np) !== null;
  if (placed) named = 'partial';
  // "One", "His lawyer", "the research": named by what they refer to
  if (named !== true && !placed) {
    const ref = referredNamed(referenceView(st), np);
    if (typeof ref === 'object' && ref) return ref;
    // (not the people of the body just found unnamed, which the look-up would place in the
    // latest body named; nor "its members" of the union that says what they did: placed, decision
    // 91, whatever the unnamed rules make of them)
    if (ref !== null && !(ref === 'partial' && (bodyUnnamed || placedOwned(ctx, np)))) named = ref;
  }
  // "The other employee", "the officer" after "Two Corvid employees": one of a group of a named
  // body, as named as the group (decision 23 of the labelled sets)
  // "Another official" after "A senior administration official": one more of the same body;
  // "One nurse" after "Several nurses at the hospital": one of them
  // "One paper describes", "Each letter states" after "board papers" of a named body: one of
  // those named documents (decisions 15 and 23)
  if (
    named === false &&
    (definite || det === 'another' || det === 'one' || det === 'each') &&
    np.head === np.coreEnd - 1
  ) {
    const group = st.registry.byHead(`${head}s`);
    const same = det === 'another' ? st.registry.byHead(head) : undefined;
    if (
      (group && group.entity.type === 'group' && group.entity.named === 'partial') ||
      same?.entity.named === 'partial'
    )
      named = 'partial';
    // (`paper` is an outlet's word too: the plural met as a document decides; not `the report`
    // after named `reports`, which may be another)
    else if (!definite && group?.entity.type === 'document' && group.entity.named === true)
      named = true;
  }
  // "A spokesman for the prince" after "Prince Edric", "an aide to the minister" after "Health
  // Minister Ana Pell": one who serves a person the story named by that title speaks for that
  // person, as "an aide to Ana Pell" does (decision 20 of the labelled sets)
  if (named === false && person && SERVING.has(head) && servesTitled(st, np)) named = 'partial';
  // "the decision", "the minutes", "its latest accounts" in a story that names a body: that
  // body's document (decisions 14 and 15), unless an unnamed one of its kind came before; with
  // `the`, only what a body issues itself ("the indictment", "the lawsuit", "the letter" may
  // come from anyone); bare, or said to be published, too ("minutes of the meeting", "a
  // summary ... released on Tuesday"; not "a report published on Tuesday"); and any definite
  // document that is the story's own ("An internal investigation by Acme found ... The report
  // said": storyDocument, decision 15's description that refers back to what a named body issued)
  if (
    named !== true &&
    (cls === 'document' || BODY_DOCUMENTS.has(head)) &&
    (det === 'its' ||
      det === 'their' ||
      (det === 'the' && cls === 'document' && storyDocument(st, np)) ||
      (BODY_DOCUMENTS.has(head) &&
        (det === 'the' || np.start === np.head || publishedUnsigned(ctx, np)))) &&
    !unnamedBefore(st, head, at) &&
    bodyNamedBefore(st, np.start)
  )
    named = true;
  // "In a short report on Sunday, the mission said ... the report noted": the report that named
  // source was credited in (credited-report.ts)
  if (named === false && det === 'the' && cls === 'document' && creditedReport(st, np))
    named = true;
  // "The retraction notice says" after "the journal Cellular Rhythms": a notice or correction
  // the story's named journal issued about a paper in it, unless an unnamed one came before
  if (
    named === false &&
    det === 'the' &&
    JOURNAL_DOCUMENTS.has(head) &&
    !unnamedBefore(st, head, at) &&
    journalNamedBefore(st, np)
  )
    named = true;
  // "figures from the operator", "a letter from the club" after "Trackway Northern" and
  // "Melvick Road Runners": a document from a body the story named, called by the word for its
  // kind (decisions 15 and 68 of the labelled sets)
  if (named === false && cls === 'document' && fromNamedBody(st, np)) named = true;
  // "In a memo to staff, Chief Executive Ana Ruiz wrote that ... The memo said", "The agency
  // has issued a warning letter ... The letter says": the document a named source of the
  // sentences before wrote in or issued (decision 43 of the labelled sets)
  if (named === false && det === 'the' && cls === 'document' && writtenIn(st, np, head))
    named = true;
  // "the National Audit Office, whose report found", "According to the indictment" in a named
  // case: an issuer the story gives outside the phrase (document-issuer.ts)
  if (named === false && cls === 'document' && issuerGiven(st, np)) named = true;
  // "a preprint posted by researchers at Halden University Hospital ... The trial found": a bare
  // definite research document in another word for the named study the story relies on is that
  // study, unless an unnamed one of its kind came before (decision 68's author's namedness)
  if (
    named === false &&
    det === 'the' &&
    np.head === np.start + 1 &&
    RESEARCH_PAPERS.has(head) &&
    !unnamedBefore(st, head, at) &&
    sameStudy(st, np.head)
  )
    named = true;
  // "In a statement, Acme said the 52-week study showed no benefit": a definite document in
  // what a named body credited before it in its sentence says is that body's (its trial, its
  // audit), unless an unnamed one of its kind came before
  if (
    named === false &&
    det === 'the' &&
    cls === 'document' &&
    !unnamedBefore(st, head, at) &&
    bodyCreditedBefore(st, np.start)
  )
    named = true;
  // "Officials said ... officials also said": a plural or bare description, word for word
  const indefinite = INDEFINITE_SINGULAR.has(det);
  const key = indefinite ? 0 : wordsHash(ctx.text, at, toks[np.end - 1]!.end);
  if (!indefinite) {
    const same = st.registry.byText(key);
    if (same) return same;
  }
  // ("his spokesman", "her office": the named party they speak for, looked up before this entity
  // is made, as `referredNamed` looked it up)
  const party = named === 'partial' ? possessiveParty(referenceView(st), np) : null;
  const digits = digitNamedBody(ctx, np);
  const type = digits ? 'organisation' : typeOf(cls, head, np.head === np.start ? '' : det);
  // ("data analysis firm 1010data" is listed as 1010data: the words before are what it is)
  const text = digits ? digitName(ctx, np) : phraseText(ctx, np);
  const t = st.registry.create(text, named, type, at, { head });
  st.described = t;
  if (party) st.registry.noteOwner(t.entity, party);
  if (type === 'document' && named !== false) {
    const issuer = issuerInPhrase(st, np);
    if (issuer) st.registry.noteIssuer(t.entity, issuer.name, issuer.by);
  }
  if (!indefinite) st.registry.setText(key, t);
  const g = genderOf(head);
  if (g) t.gender = g;
  return t;
}

/**
 * Whether a definite document with no antecedent of its own head (`The report`, `the
 * findings`) is the document of the story in hand, which its named body issued: the latest
 * document the story relied on was named, or there was none; the phrase is the document alone
 * (not `the forum's logs`, whose owner it gives); it is a text a body issues, not a recording
 * or a filing one party makes against another (`the footage`, `the indictment`), nor the press's
 * coverage (`The reports`); and the
 * sentence neither says a reporter got hold of it (`the emails, which were obtained by`;
 * decision 14) nor withholds its author (`prepared by a firm the council declined to name`).
 */
function storyDocument(st: LinkState, np: NounPhrase): boolean {
  const last = st.registry.latest('document');
  if (last && last.entity.named !== true) return false;
  const ctx = st.ctx;
  const toks = ctx.tokens;
  const head = toks[np.head]!.lower;
  if (RECORDINGS.has(head) || FILED_AGAINST.has(head) || PRESS_COVERAGE.has(head)) return false;
  for (let k = np.start; k < np.end; k++) if (toks[k]!.kind === 'pos') return false;
  // (nor the repeat of one the story brought in with `a`: "A trial by an unnamed drugmaker was
  // halted ... The trial found")
  for (let h = previousSameWord(ctx, np.head); h > 0; h = previousSameWord(ctx, h))
    for (let d = h - 1; d >= h - 3 && d >= 0; d--)
      if (INDEFINITE_SINGULAR.has(toks[d]!.lower)) return false;
  const sentenceEnd = ctx.sentences[ctx.sentenceOf[np.start]!]!.last;
  for (let k = np.end; k < sentenceEnd; k++) {
    const w = toks[k]!.lower;
    // (not a reading in public: "which was read to the court", "read out at the hearing")
    if (ACCESS.has(w) && !(w === 'read' && PUBLIC_READING.has(toks[k + 1]?.lower ?? '')))
      return false;
    if (NAMING.has(w))
      for (let q = k - 1; q >= k - 3 && q >= np.end; q--)
        if (WITHHOLDING.has(toks[q]!.lower)) return false;
  }
  return true;
}

/** Participles by which a reporter got hold of a document: `obtained`, `seen`, `leaked`. */
const ACCESS: ReadonlySet<string> = new Set(Object.values(ANONYMITY.access).flat());

/** Words after `read` of a reading in public, not a reporter's access: `to`, `out`. */
const PUBLIC_READING: ReadonlySet<string> = new Set(['aloud', 'out', 'to']);

/** Recordings and pictures, which no body issues as a text: `footage`, `video`. */
const RECORDINGS = ruleWords('recordings');

/** Filings one party makes against another, not the named body's own: `indictment`. */
const FILED_AGAINST: ReadonlySet<string> = new Set([
  'affidavit',
  'complaint',
  'indictment',
  'lawsuit',
  'petition',
  'suit',
  'writ',
]);

/**
 * News coverage in the plural, which the press writes about a body, not a text the body issues:
 * `The reports highlight problems inside the company` (after outlets began publishing files).
 */
const PRESS_COVERAGE: ReadonlySet<string> = new Set(['articles', 'reports', 'stories']);

/** Verbs of naming whom the text withholds after `declined to`, `not`: `identify`, `name`. */
const NAMING: ReadonlySet<string> = new Set(['identified', 'identify', 'name', 'named']);

/** Words that withhold a naming: `declined to name`, `not identified`. */
const WITHHOLDING: ReadonlySet<string> = new Set(['declined', 'not', 'refused', 'without']);

/**
 * Whether the research document whose head is token `k` may be the latest named document the
 * story relied on, a study reported under another word: that one is a study too, and the word
 * was not used before it outside the headline ("A report by a consultancy was leaked ... an
 * analysis by the Harwick Institute ... The report says": the first report).
 */
function sameStudy(st: LinkState, k: number): boolean {
  const doc = st.registry.latestNamedDocument();
  if (!doc || !RESEARCH_PAPERS.has(doc.head)) return false;
  const ctx = st.ctx;
  for (let h = previousSameWord(ctx, k); h >= 0; h = previousSameWord(ctx, h))
    if (ctx.tokens[h]!.start < doc.first && !st.headline(ctx.sentenceOf[h]!)) return false;
  return true;
}

/**
 * Whether `np` is working people "at the" workplace word (`staff at the plant`, `engineers at the site`)
 * and the story before it gave a name right before a workplace word, past at most two lowercase
 * modifiers (`the Halvik nuclear power station`, `the Kelby plant`): the one named workplace.
 */
function atNamedWorkplace(st: LinkState, np: NounPhrase): boolean {
  const { ctx, names } = st;
  const toks = ctx.tokens;
  const h = np.head;
  if (toks[h + 1]?.lower !== 'at' || toks[h + 2]?.lower !== 'the') return false;
  if (np.end !== h + 4 || !WORKPLACES.has(toks[h + 3]!.lower)) return false;
  if (!WORKFORCE.has(toks[h]!.lower)) return false;
  for (let k = np.start - 1; k >= 1; k--) {
    if (!WORKPLACES.has(toks[k]!.lower) || ctx.name[k]) continue;
    let e = k - 1;
    for (let n = 0; n < 2 && e > 0 && !ctx.name[e]; n++, e--) {
      const mod = toks[e]!;
      if (mod.kind !== 'word' || mod.cap || (mod.f & F.FUNC) !== 0) break;
    }
    if (!ctx.name[e]) continue;
    const r = names.runAt(e);
    if (r >= 0 && names.end[r] === e + 1 && names.kind(r) !== 'person') return true;
  }
  return false;
}

/**
 * Whether person phrase `np` ends in `for` or `to`, `the` and at most two modifiers before a
 * title (`for the prince`, `to the health minister`) that a person the story named before holds.
 */
function servesTitled(st: LinkState, np: NounPhrase): boolean {
  const { ctx, names } = st;
  const toks = ctx.tokens;
  const k = np.coreEnd;
  const prep = toks[k]?.lower;
  if ((prep !== 'for' && prep !== 'to') || toks[k + 1]?.lower !== 'the') return false;
  const h = np.end - 1;
  if (h < k + 2 || h > k + 4) return false;
  for (let q = k + 2; q <= h; q++) if (toks[q]!.kind !== 'word' || ctx.name[q]) return false;
  return names.titled(toks[h]!.lower, np.start) >= 0;
}

/** Heads of those who serve a person and speak for him or her: `aide`, `spokesman`, `lawyer`. */
const SERVING: ReadonlySet<string> = new Set([
  ...ruleWords('servingRoles'),
  ...ruleWords('representatives'),
]);

/** Words for a works where staff are placed: `plant`, `station`, `site`, `refinery`. */
const WORKPLACES = ruleWords('workplaces');

/** People who work at a works, not its visitors: `staff`, `engineers`, `a technician`. */
const WORKFORCE = ruleWords('workforce');

/**
 * The words of phrase `np` as written, white space squashed: a description entity's name. (A
 * function, not a closure in `description`: a closure there kept its variables in a context
 * object made on every call.)
 */
function phraseText(ctx: Context, np: NounPhrase): string {
  const toks = ctx.tokens;
  return squash(ctx.text.slice(toks[np.start]!.start, toks[np.end - 1]!.end));
}

/** The latest source mention of a named organisation `the company` may stand for. */
function latestCompany(st: LinkState, except?: Tracked): Tracked | undefined {
  for (let q = st.tracked.length - 1; q >= 0; q--) {
    const t = st.tracked[q]!;
    // (past a cited outlet, a name of no known kind that spoke may be the company: "Uber
    // tweeted ... As Mashable reports, the company")
    const type = t.entity.type;
    if (t === except || (type !== 'organisation' && !(except && type === 'unknown'))) continue;
    if (t.entity.named !== true) continue;
    if (companyLike(t.orgKey || t.head, !t.orgKey)) return t;
  }
  return undefined;
}

/**
 * The source an aside of `as` cites before token `k` in its sentence ("As Mashable reports, the
 * company ...", "as Reuters reported,"): an outlet, not the story's topic.
 */
function citedIn(st: LinkState, k: number): Tracked | undefined {
  const toks = st.ctx.tokens;
  const si = st.ctx.sentenceOf[k];
  for (let q = st.tracked.length - 1; q >= 0; q--) {
    const m = st.toks[q]!;
    if (st.ctx.sentenceOf[m] !== si) return undefined;
    if (m < k && toks[m - 1]?.lower === 'as') return st.tracked[q];
  }
  return undefined;
}

/**
 * Whether definite description `np` with a word before its head (`the supermarket chain`, `the
 * new company`) repeats the words of an indefinite phrase of the part before it (`a major
 * supermarket chain`, `a new company`): the body met then, which the text did not name.
 */
function repeatsIndefinite(ctx: Context, np: NounPhrase): boolean {
  const toks = ctx.tokens;
  const first = np.start + 1;
  if (np.head - first < 1 || toks[first]!.kind !== 'word' || ctx.name[first]) return false;
  const words = ctx.text.slice(toks[first]!.start, toks[np.head]!.end);
  const from = toks[0]!.start;
  // The answer is whether some place at or before `limit` where the part has these words has
  // an indefinite before them; what each such place says does not change within the part, so
  // the places read for the same words before are not read again (a common description, met
  // many times in a long part, searched the part's text back to its start at each mention).
  const limit = Math.max(toks[np.start]!.start - 1, 0);
  let bySearch = indefiniteSearches.get(ctx);
  if (!bySearch) indefiniteSearches.set(ctx, (bySearch = new Map()));
  let search = bySearch.get(words);
  if (!search) bySearch.set(words, (search = { upTo: from - 1, first: -1 }));
  if (search.first >= 0 && (limit > search.upTo || search.first <= limit)) return true;
  if (limit <= search.upTo) return false;
  // (no place found up to `upTo`: the places after it, up to `limit`, the earliest one kept)
  for (let at = ctx.text.lastIndexOf(words, limit); at >= from && at > search.upTo;) {
    if (indefiniteBefore(ctx, tokenStartingAt(toks, at))) search.first = at;
    if (at === 0) break;
    at = ctx.text.lastIndexOf(words, at - 1);
  }
  search.upTo = limit;
  return search.first >= 0;
}

/**
 * What `repeatsIndefinite` read of each part, by the words searched for: every place of them at
 * or before `upTo` was read, and `first` is the earliest with an indefinite before it, or -1.
 */
const indefiniteSearches = new WeakMap<Context, Map<string, { upTo: number; first: number }>>();

/** Whether an indefinite stands up to three words before token `k` (-1: none). */
function indefiniteBefore(ctx: Context, k: number): boolean {
  const toks = ctx.tokens;
  // ("a supermarket chain", "a major supermarket chain", "one big supermarket chain")
  for (let d = k - 1; k >= 0 && d >= k - 3 && d >= 0; d--) {
    const w = toks[d]!.lower;
    if (INDEFINITE.has(w)) return true;
    if (toks[d]!.kind !== 'word' || ctx.name[d]) break;
  }
  return false;
}

/** Determiners of a first, indefinite mention. */
const INDEFINITE: ReadonlySet<string> = new Set(['a', 'an', 'another', 'one']);

/**
 * The latest named body before token `limit` (a few paragraphs back) whose name ends with `head`
 * (`Hartwell Trust` for `trust`), or the latest outlet for a noun of one (`Harbour Gazette` for
 * `newspaper`); -1 when none. Bodies of other kinds named since are passed over ("The Hartwell
 * Trust ... Brightwater Energy ... the trust said": the trust).
 */
function bodyOfKind(st: LinkState, limit: number, head: string): number {
  const names = st.names;
  const outlet = OUTLET_HEADS.has(head);
  return latestRun(st, limit, (r) => {
    const kind = names.kind(r);
    if (outlet) return kind === 'publication';
    return (
      (kind === 'organisation' || kind === 'publication') &&
      st.ctx.tokens[names.end[r]! - 1]!.lower === head
    );
  });
}

/**
 * The latest name run before token `limit`, as far back as BODY_REACH, that `test` accepts; -1
 * when none (each run is tried once, from its last token).
 */
function latestRun(st: LinkState, limit: number, test: (r: number) => boolean): number {
  const ctx = st.ctx;
  const names = st.names;
  for (let k = limit - 1; k >= 0 && k >= limit - BODY_REACH; k--) {
    if (!ctx.name[k]) continue;
    const r = names.runAt(k);
    if (r < 0) continue;
    if (test(r)) return r;
    k = names.from[r]!;
  }
  return -1;
}

/** Words in a broadcaster's name: `Vale TV`, `Harbour Radio`, `Northmere Television`. */
const BROADCASTER_NAME: ReadonlySet<string> = new Set([
  'channel',
  'fm',
  'radio',
  'television',
  'tv',
]);
/** Words in a theatre's name: `the Alder Playhouse`, `the Northgate Theatre`. */
const THEATRE_NAME: ReadonlySet<string> = new Set(['playhouse', 'theater', 'theatre']);

/**
 * What a body runs, which stands for the body named before (`the station` for `Vale TV`, `the
 * theatre` for `the Alder Playhouse`), with the words of such a body's name.
 */
const RUNS_NAMED_BY: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['channel', BROADCASTER_NAME],
  ['network', BROADCASTER_NAME],
  ['station', BROADCASTER_NAME],
  ['playhouse', THEATRE_NAME],
  ['theater', THEATRE_NAME],
  ['theatre', THEATRE_NAME],
]);

/**
 * The latest name before token `limit` (as far back as `bodyOfKind` looks), not a person's,
 * with a word of `RUNS_NAMED_BY` for `head` (`Vale TV` for `station`); -1 when none.
 */
function runnerBefore(st: LinkState, limit: number, head: string): number {
  const names = st.names;
  const words = RUNS_NAMED_BY.get(head)!;
  return latestRun(st, limit, (r) => {
    if (names.kind(r) === 'person') return false;
    for (let q = names.start[r]!; q < names.end[r]!; q++)
      if (words.has(st.ctx.tokens[q]!.lower)) return true;
    return false;
  });
}

/** Nouns for a news outlet that refer back to the one named: `the newspaper`. */
const OUTLET_HEADS: ReadonlySet<string> = new Set([
  'broadcaster',
  'broadsheet',
  'magazine',
  'newspaper',
  'tabloid',
]);

/** Words for any business, which `the company` may mean whatever its name ends with. */
const ANY_BUSINESS: ReadonlySet<string> = new Set([
  'business',
  'company',
  'corporation',
  'firm',
  'group',
]);

/**
 * Whether document `np` ends in `from the BODY`, `of the BODY` or `by the BODY`, one singular body
 * noun that refers back to a body the story named (`figures from the operator`, `a letter from the
 * club`, `an initial report by the operator`; not `data from the survey`, `a statement from the
 * family`, nor a body never named). The `by` may follow a participle of issuing and a time phrase
 * (`figures published on Monday by the theatre`, `a review commissioned by the council itself`),
 * and its agent may be the board of the body the story is about (`commissioned by its trustees`).
 * The body may own the document as a possessive instead (`the unit's report` after `The league's
 * integrity unit said`): a document takes its issuer's namedness (decision 68).
 */
function fromNamedBody(st: LinkState, np: NounPhrase): boolean {
  const ctx = st.ctx;
  const toks = ctx.tokens;
  // "the unit's report", "the assembly's final report": the body as a possessive
  const owned = toks[np.start]!.lower === 'the' && toks[np.start + 2]?.kind === 'pos';
  let h = np.start + 1;
  if (!owned) {
    const direct = toks[np.coreEnd]?.lower;
    const p =
      direct === 'from' || direct === 'of' || direct === 'by'
        ? np.coreEnd
        : issuerBy(ctx, np.coreEnd - 1);
    if (p < 0 || p >= np.end) return false;
    // (not one a reporter then got hold of: "an assessment commissioned by the county and
    // obtained by the Wire", the guideline's own case)
    if (toks[np.end]?.lower === 'and' && ACCESS.has(toks[np.end + 1]?.lower ?? '')) return false;
    if (governingBoard(st, np, p)) return true;
    if (toks[p + 1]?.lower !== 'the') return false;
    h = p + 2;
    // ("the council itself": the body, stressed, in the phrase or just after it)
    const stressed = np.end === h + 2 && toks[h + 1]!.lower === 'itself';
    if (np.end !== h + 1 && !stressed) return false;
  }
  if (ctx.name[h] || isPersonClass(headClass(ctx, h))) return false;
  const word = toks[h]!.lower;
  if (word.endsWith('s')) return false;
  const body: NounPhrase = { start: h - 1, end: h + 1, head: h, coreEnd: h + 1 };
  // (read only: `backReference` may retype the names it links, so it is not asked here)
  // a word of an organisation's name met before ("the trust" after "the Hartwell Trust"), or a
  // body noun as named as it would be as a subject, once the story named an organisation
  if (st.names.organisation(body.start, word) >= 0) return true;
  // ("a letter from the station" after "Vale TV"; "figures from the theatre": runnerBefore)
  if (RUNS_NAMED_BY.has(word) && runnerBefore(st, body.start, word) >= 0) return true;
  const before = toks[body.start]!.start;
  // ("the assembly's report" after "the Harlow Citizens' Assembly", "the unit's report" after
  // "The league's integrity unit said": a named source met before with that word)
  const known = st.registry.latestOrganisation(word) ?? st.registry.byHead(word);
  if (known && known.entity.named === true && known.last < before) return true;
  if (namedness(ctx, body) !== true) return false;
  const org = st.registry.latest('organisation');
  // ("Trackway Northern said ... figures from the operator": a name of no known kind that spoke,
  // as `the company` takes it in `latestMatching`)
  const name = COMPANY_HEADS.has(word) ? st.registry.latestUnknownName() : undefined;
  return (
    st.names.organisation(body.start) >= 0 ||
    (!!org && org.entity.named === true && org.last < before) ||
    (!!name && name.entity.named === true && name.last < before)
  );
}

/**
 * Whether the agent after the `by` at token `p` ends document `np` as `its` or `their` and the
 * word for a body's governing board (`commissioned by its trustees`, `a review ordered by their
 * board`), in a story that named an organisation before: only a body has a board, so the
 * possessive is that body's (not `by its owners`, `by their lawyers`, who may be anyone's).
 */
function governingBoard(st: LinkState, np: NounPhrase, p: number): boolean {
  const toks = st.ctx.tokens;
  const det = toks[p + 1]?.lower;
  if ((det !== 'its' && det !== 'their') || np.end !== p + 3) return false;
  return GOVERNING_BOARDS.has(toks[p + 2]!.lower) && bodyNamedBefore(st, np.start);
}

/** Words for the board that governs a body: `trustees`, `board`, `governors`. */
const GOVERNING_BOARDS: ReadonlySet<string> = new Set([
  'board',
  'directors',
  'governors',
  'trustees',
]);

/** How many tokens back `the trust` looks for the body it names. */
const BODY_REACH = 600;

/** What a definite description refers back to, if the text has it. */
function backReference(
  st: LinkState,
  np: NounPhrase,
  head: string,
  cls: HeadClass,
): Tracked | null {
  // "the trust" after "the Hartwell Trust", "the bank" after "Ostmark Bank", "the newspaper"
  // after "the Harbour Gazette": a body called by the word for its kind that ends its name, or
  // an outlet by a word for an outlet. ("the company" is the company the story is about, which
  // the walk below weighs, not the latest name that ends in "Company": last resort only)
  const bare = np.head === np.start + 1 && st.ctx.tokens[np.start]!.lower === 'the';
  const generic = ANY_BUSINESS.has(head);
  const run = bare && !generic ? bodyOfKind(st, np.start, head) : -1;
  if (run >= 0) return orgOf(st, run);
  const back = latestMatching(st, np, head, cls);
  if (back || !bare || !generic) return back;
  const last = bodyOfKind(st, np.start, head);
  return last >= 0 ? orgOf(st, last) : null;
}

/** `backReference` before its last resort: the latest mention the description matches. */
function latestMatching(
  st: LinkState,
  np: NounPhrase,
  head: string,
  cls: HeadClass,
): Tracked | null {
  const ctx = st.ctx;
  const names = st.names;
  const before = ctx.tokens[np.start]!.start;
  if (cls === 'organisation') {
    // "the ministry" after "the Ministry of State Security"; "the company" after "Acme Corp."
    // ("the company" is no union or ministry named before)
    const any = COMPANY_HEADS.has(head);
    const name = any ? st.registry.latestUnknownName() : undefined;
    let known = any ? st.registry.latest('organisation') : st.registry.latestOrganisation(head);
    // (the latest company that spoke, past a city or a union met since, unless a name of no
    // known kind spoke after it)
    if (any && known && !companyLike(known.orgKey || known.head, !known.orgKey)) {
      known = latestCompany(st);
      if (known && name && name.last > known.last) known = undefined;
    }
    // ("Uber tweeted ... As Mashable reports, ... what the corporation believes": an outlet the
    // story cites is not the company it is about, unless no other company was named)
    if (any && known?.outlet) {
      known = latestCompany(st, known) ?? known;
      // (a name of no known kind that the story calls the company is one)
      if (known.entity.type === 'unknown') known.entity.type = 'organisation';
    }
    // ("As Mashable reports, the company announced": the outlet an aside cites is not it)
    const cited = any ? citedIn(st, np.start) : undefined;
    if (cited) {
      const topic = latestCompany(st, cited);
      if (topic) return topic;
    }
    // ("Company Says" in a headline, then "StrideWell said": the company is the name)
    if (known && known.entity.named !== true && name && name.last > known.last) known = undefined;
    let run = any
      ? names.organisation(np.start, '', st.companyRun ?? (st.companyRun = companyTest(st)))
      : names.organisation(np.start, head);
    // "the club", "the side" after "Ashbury Rovers": the latest sports club named (not "the
    // Portuguese club", maybe another)
    if (run < 0 && TEAM_HEADS.has(head) && np.head === np.start + 1)
      run = names.organisation(np.start, '', teamTest(st));
    const runAt = run >= 0 ? ctx.tokens[names.start[run]!]!.start : -1;
    if (known && known.last >= runAt) return known;
    // "Acme said ... does not offer VR. ... the company promised": a bare acronym met since is
    // more often a thing (a technology, a district, a chemical) than the company
    if (any && bareAcronym(ctx, names, run)) {
      const spoke = name && name.last < before && (!known || name.last > known.last);
      if (spoke) name.entity.type = 'organisation';
      const back = spoke ? name : known;
      if (back) return back;
    }
    if (run >= 0) return orgOf(st, run);
    // "The NTSB said ... The agency added", "the Federal Aviation Administration ... the
    // agency": a public body's generic name is the body that spoke last, if no company
    if (head === 'agency' && np.head === np.start + 1) {
      const body = publicBodyBefore(st, np.start);
      if (body) return body;
    }
    // "StrideWell said ... the company disclosed": no organisation was named, but a name of
    // no known kind spoke before; the company is that name
    if (name && name.last < before) {
      name.entity.type = 'organisation';
      return name;
    }
    return null;
  }
  if (cls === 'document')
    return st.registry.latestDocument(head) ?? inquiryReported(st, head) ?? draftOf(st, head);
  // "Both sources", "the people" after "two people familiar with the talks": source nouns
  // refer to the latest unnamed source of their number
  if (GENERIC_SOURCES.has(head)) {
    const plural = head.endsWith('s') || head === 'people';
    const t = st.registry.latest(plural ? 'group' : 'person');
    // (a source of the same kind or a role, not the workforce or public of a story: "Farmers
    // said ... Both sources said" are others)
    if (t && t.entity.named === false && (GENERIC_SOURCES.has(t.head) || ROLE_NOUNS.has(t.head)))
      return t;
    // ("A worker at the factory told the paper ... The source said": source-repeat.ts)
    const earlier = anonymousSourceBefore(st, head);
    if (earlier) return earlier;
  }
  // "the official" after "a senior official"; "the sheriff" after "Sheriff Ana Okafor"
  const known = st.registry.byHead(head);
  const run = titled(st, head, np.start);
  const runAt = run >= 0 ? ctx.tokens[names.start[run]!]!.start : -1;
  if (known && known.last >= runAt && known.last < before) return known;
  return run >= 0 ? personOf(st, run, null) : (known ?? null);
}

/**
 * The inquiry or study a definite `the report` (or `the document`) with no antecedent of its own
 * head refers to: the story's latest document, when it is one (`an internal review found ... The
 * review, commissioned by the force, concluded ... According to the report`; `an audit ... the
 * document`). A report is what an inquiry makes; a memo or emails are not called one.
 */
function inquiryReported(st: LinkState, head: string): Tracked | null {
  if (!REPORT_HEADS.has(head)) return null;
  for (let q = st.tracked.length - 1; q >= 0; q--) {
    const t = st.tracked[q]!;
    if (t.entity.type !== 'document') continue;
    return !t.merged && INQUIRY_HEADS.has(t.head) ? t : null;
  }
  return null;
}

/**
 * The document a definite `the draft` with no antecedent of its own head refers to: the story's
 * latest document, when its first mention called it a draft (`a draft inspection report seen by
 * the Ledger ... The draft, compiled by the Inspectorate,`).
 */
function draftOf(st: LinkState, head: string): Tracked | null {
  if (head !== 'draft') return null;
  for (let q = st.tracked.length - 1; q >= 0; q--) {
    const t = st.tracked[q]!;
    if (t.entity.type !== 'document') continue;
    return !t.merged && DRAFT_MODIFIER.test(t.entity.name) ? t : null;
  }
  return null;
}

/** A draft's word before other words of a document's phrase: `a draft inspection report`. */
const DRAFT_MODIFIER = /\bdrafts? [a-z]/i;

/** General words for the document an inquiry or study makes: `the report`. */
const REPORT_HEADS: ReadonlySet<string> = new Set(['document', 'report']);

/** Heads of inquiries and studies a story may then call `the report`. */
const INQUIRY_HEADS: ReadonlySet<string> = new Set([
  'analysis',
  'assessment',
  'audit',
  'evaluation',
  'inquiry',
  'inspection',
  'investigation',
  'probe',
  'review',
  'study',
  'survey',
]);

/** The latest person named before token `limit` with title or role `head`, or -1. */
function titled(st: LinkState, head: string, limit: number): number {
  return st.names.titled(head, limit);
}

/**
 * Whether phrase `np` ends on a body's name written with digits after the word for its kind
 * (`data analysis firm 1010data`, `genetics company 23andMe`): the tokens read a number glued to
 * the head, so the head's class (`data`, a document) is not the phrase's.
 */
function digitNamedBody(ctx: Context, np: NounPhrase): boolean {
  const toks = ctx.tokens;
  const num = toks[np.head - 1];
  if (np.head - 2 < np.start || num?.kind !== 'num' || num.end !== toks[np.head]!.start)
    return false;
  return headClass(ctx, np.head - 2) === 'organisation';
}

/** The name of the body `digitNamedBody` found: its number and the word glued to it (`1010data`). */
function digitName(ctx: Context, np: NounPhrase): string {
  const toks = ctx.tokens;
  return ctx.text.slice(toks[np.head - 1]!.start, toks[np.head]!.end);
}

/**
 * The body phrase `np` names by its shops (`Brisk Mart stores`, `all Brisk Mart branches`): a
 * body's name the story met as an organisation, then a plural word for its premises, which speak
 * for it; one source, not two. Not a name of no known body (`Tarnby stores`: a place's shops).
 */
function bodyPremises(st: LinkState, np: NounPhrase, head: string, det: string): Tracked | null {
  if (!PREMISES.has(head) || np.head !== np.coreEnd - 1 || !st.ctx.name[np.head - 1]) return null;
  const names = st.names;
  const r = names.runAt(np.head - 1);
  if (r < 0 || names.end[r] !== np.head) return null;
  const start = names.start[r]!;
  if (start !== np.start && !(start === np.start + 1 && PREMISES_DETERMINERS.has(det))) return null;
  const body = st.registry.org(names.key(r));
  return body && !body.merged && body.entity.type === 'organisation' ? body : null;
}

/** Plural words for a body's shops: `stores`, `branches`, `restaurants`. */
const PREMISES: ReadonlySet<string> = new Set([
  'branches',
  'outlets',
  'restaurants',
  'shops',
  'stores',
  'supermarkets',
]);

/** Determiners before a body's shops: `all Brisk Mart stores`, `the Brisk Mart branches`. */
const PREMISES_DETERMINERS: ReadonlySet<string> = new Set(['all', 'many', 'some', 'the']);

/** The entity type of a description by its head. */
function typeOf(cls: HeadClass, head: string, det: string): SourceType {
  const plural = head.endsWith('s') && !head.endsWith('ss');
  switch (cls) {
    case 'organisation':
      return plural ? 'group' : 'organisation';
    case 'document':
      return 'document';
    case 'role':
    case 'occupation':
    case 'person':
    case 'title':
    case 'nonAgent':
      return plural || head === 'people' || head === 'police' || head === 'staff'
        ? 'group'
        : 'person';
    default:
      // "two reviewers", "a bookseller": an unknown noun shaped like a person noun; "Some
      // Republicans", "a Tory": a party's members
      if (agentiveNoun(head) || PARTY_MEMBERS.has(head)) return plural ? 'group' : 'person';
      // ("the military said": an adjective as a noun for a state's body)
      if (BODY_ADJECTIVE_NOUNS.has(head) && det === 'the') return 'organisation';
      return det === 'one' ? 'person' : 'unknown';
  }
}

/** Adjectives that stand for a state's body after `the`: `the military`, `the judiciary`. */
const BODY_ADJECTIVE_NOUNS: ReadonlySet<string> = new Set(['judiciary', 'military']);

/** Members of a party by its name or creed: `Republicans`, `Tories`, `a Democrat`. */
const PARTY_MEMBERS = ruleWords('partyMembers');

/** Heads of a study's report, one study called by several: `preprint`, `trial`, `survey`. */
const RESEARCH_PAPERS = ruleWords('researchPapers');

/** Documents a journal issues about a paper it published: `the retraction notice`. */
const JOURNAL_DOCUMENTS: ReadonlySet<string> = new Set(['correction', 'notice', 'retraction']);

/** Determiners of a description that refers back. */
const DEFINITE: ReadonlySet<string> = new Set(['the', 'this', 'that', 'these', 'those', 'both']);

/**
 * Places a body runs, which a name before them calls by their kind (`Kestrel Field airport`,
 * `Lindenbrook care home`, `the Orrin theatre`): `the airport` refers back to that name.
 */
const KIND_PLACES = ruleWords('kindPlaces');

/**
 * The name run, not a person's, that the text wrote right before noun `head` (one lowercase
 * modifier may stand between: `Lindenbrook care home`) before token `limit`, latest first; -1
 * when there is none.
 */
function nameBeforeKind(st: LinkState, head: string, limit: number): number {
  const { ctx, names } = st;
  const toks = ctx.tokens;
  for (let k = limit - 1; k >= 2; k--) {
    if (toks[k]!.lower !== head || ctx.name[k]) continue;
    let e = k - 1;
    // (one lowercase modifier, two for a kind written after a name: "the Halvik steel plant";
    // or a possessive: "St Brigid's hospital")
    const mods = kindAfterName(ctx, head, k + 1) ? 2 : 1;
    for (let n = 0; n < mods && !ctx.name[e]; n++, e--) {
      const mod = toks[e]!;
      if (mod.kind !== 'word' || mod.cap || (mod.f & F.FUNC) !== 0) break;
    }
    if (!ctx.name[e] && toks[e]!.kind === 'pos' && e === k - 1) e--;
    if (!ctx.name[e]) continue;
    const r = names.runAt(e);
    // (a name that reads as a person's is the place's too, "Kestrel Field airport", unless the
    // noun is an adverb after it: "drove Ana Marsh home")
    if (r < 0 || names.end[r] !== e + 1) continue;
    if (e === k - 1 && head === 'home' && names.kind(r) === 'person') continue;
    return r;
  }
  return -1;
}

/**
 * Whether the text wrote the kind noun `head` after a body's name before token `limit` (`the
 * Tolnik health centre` for `the centre`; context.ts).
 */
function kindAfterName(ctx: Context, head: string, limit: number): boolean {
  const at = ctx.kindWords.get(head);
  return at !== undefined && at < limit;
}

/** Heads that refer back to a sports club named before (`the club` after `Ashbury Rovers`). */
const TEAM_HEADS = ruleWords('teamHeads');

/** Organisation heads that refer back to any company named before (`the company`, `the firm`). */
const COMPANY_HEADS = ruleWords('companyHeads');

/** Bodies that are no company (`union`, `ministry`, `court`): not `the company` later. */
const NON_COMPANY = ruleWords('nonCompanyBodies');

/** Heads of a town's government described, not named: `the city believed itself attacked`. */
const MUNICIPAL = ruleWords('municipalHeads');

/**
 * The named organisation credited last before token `k`, in its sentence or the two before, if
 * its name makes it no company or outlet (`NTSB`, `Federal Aviation Administration`; not `Acme
 * Energy`, `Reuters`).
 */
function publicBodyBefore(st: LinkState, k: number): Tracked | undefined {
  const ctx = st.ctx;
  const t = st.registry.latest('organisation');
  if (!t || t.entity.named !== true || t.outlet || t.merged) return undefined;
  const from = ctx.tokens[ctx.sentences[Math.max(0, ctx.sentenceOf[k]! - 2)]!.first]!.start;
  if (t.last < from || t.last >= ctx.tokens[k]!.start) return undefined;
  // (by the word that ends its name: `Acme Energy`, `Northvale Rail`, not `Federal Rail
  // Administration`)
  const key = t.orgKey || t.head;
  const w = key.slice(key.lastIndexOf(' ') + 1);
  return COMPANY_HEADS.has(w) || ORG_SUFFIXES.has(w) || INDUSTRY_WORDS.has(w) ? undefined : t;
}

/**
 * Whether an organisation with lowercase name or head `key` may be called `the company`
 * (`described`: `key` is the head of a description, `the city`, not a name).
 */
function companyLike(key: string, described = false): boolean {
  if (described && MUNICIPAL.has(key)) return false;
  for (const w of key.split(' ')) if (NON_COMPANY.has(w)) return false;
  return true;
}

/**
 * `companyRun` of `st` as the test a look back over the names takes. (Made here, not in
 * `backReference`: a closure over `st` there made it allocate a context on every call.)
 */
function companyTest(st: LinkState): (r: number) => boolean {
  return (r) => companyRun(st, r);
}

/** Whether a name run of `st` ends in a word of a sports club (`Rovers`, `United`). */
function teamTest(st: LinkState): (r: number) => boolean {
  const toks = st.ctx.tokens;
  const names = st.names;
  return (r) => TEAM_WORDS.has(toks[names.end[r]! - 1]!.lower);
}

/**
 * Whether the organisation of name run `r` may be called `the company`: worked out once per run
 * (each `the company` looks back over the organisations named before it, mostly the same ones).
 */
function companyRun(st: LinkState, r: number): boolean {
  let known = st.companyRuns[r];
  if (known === undefined) known = st.companyRuns[r] = companyLike(st.names.key(r));
  return known;
}

/** Whether name run `r` is one word in capitals and nothing else (`VR`, `CBD`). */
function bareAcronym(ctx: Context, names: Names, r: number): boolean {
  if (r < 0 || names.end[r]! - names.start[r]! !== 1) return false;
  const t = ctx.tokens[names.start[r]!]!;
  return (
    t.kind === 'word' && t.end - t.start >= 2 && /^[A-Z]+$/.test(ctx.text.slice(t.start, t.end))
  );
}

/** Whether `np` runs on past its core into a name in apposition: `The militia, the Iron Shield`. */
function apposedName(ctx: Context, np: NounPhrase): boolean {
  return (
    np.end > np.coreEnd + 1 &&
    ctx.tokens[np.coreEnd]?.lower === ',' &&
    isNameApposition(ctx, np.coreEnd + 1, np.end)
  );
}
