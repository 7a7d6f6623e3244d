/**
 * Builds the sourcing ledger of an article from the findings it shows: one
 * entry per source, grouped named / partly named / unnamed / documents, plus
 * one entry for attributions that give no source. Pure.
 *
 * One person is one entry: the engine links every mention of a source to an
 * entity (`source.entity`: "Eric Reeves", "Mr. Reeves" and "he" are one);
 * a source without one is told apart by its words ({@link sourceIdentity}).
 */
import type { Evidence, Finding, SourceSpan, SourceType } from '../engine/types';
import type {
  LedgerClaim,
  LedgerEntry,
  LedgerGroup,
  PageLedger,
  SourceStandards,
} from '../shared/ledger';
import {
  bodiesOf,
  bodyNameKey,
  creditedSources,
  DOCUMENT_SPECIFICITY,
  DOCUMENT_WORDS,
  listedMention,
  namedByBestMention,
  refusalCue,
  SPECIFICITY,
  untiedPronoun,
} from '../shared/ledger';
import { anonymityAsked, entityHead } from '../shared/body-source';
import { relayInSentence, relayOf } from '../shared/relayed';
import { sentenceEnd, sentenceStart } from '../shared/sentence-bounds';
import { squash } from '../shared/squash';
import { runSteps, type Steps } from './steps';

/** Who a source is, for grouping: an id shared by every mention, and a name to show. */
export interface SourceIdentity {
  id: string;
  name: string;
}

/** Words that stand before a source and do not tell sources apart. */
const LEADING = /^(?:the|a|an|one|some|several|two|three|four|five|both|another)\s+/i;

/**
 * The identity of a finding's source: the engine's entity when it gives one,
 * else the source's words without a leading article, case and possessive.
 */
export function sourceIdentity(source: SourceSpan, text: string): SourceIdentity {
  const name = squash(text.slice(source.start, source.end));
  const entity = source.entity;
  // (a document its words say who issued, "an email from Acme", is listed under its issuer)
  const issuer = entity?.issuer;
  if (issuer)
    return { id: issuer.id ? `entity:${issuer.id}` : wordsId(issuer.name), name: issuer.name };
  if (entity) return { id: `entity:${entity.id}`, name: entity.name || name };
  return { id: wordsId(name), name };
}

/** The identity of a source the engine linked to no entity: its words without a leading article, case and possessive. */
function wordsId(name: string): string {
  const key = name
    .toLowerCase()
    .replace(/[’']s$/, '')
    .replace(LEADING, '');
  return `words:${key}`;
}

/** Words compared as the same mention: any case, a leading `the` left out. */
const withoutThe = (words: string): string => words.toLowerCase().replace(/^the /, '');

/** The ledger group of a source (a document with a named issuer is its issuer's). */
export function groupOf(source: SourceSpan, name: string): LedgerGroup {
  if (source.entity?.issuer) return source.named === 'partial' ? 'partial' : 'named';
  if (source.type === 'document' || (source.type === undefined && DOCUMENT_WORDS.test(name))) {
    return 'documents';
  }
  if (source.named === 'partial') return 'partial';
  return source.named ? 'named' : 'unnamed';
}

/** The story's words for a standards item (at most 300 characters), null when it is silent. */
const words = (item: Evidence<string> | null): string | null =>
  item ? squash(item.text).slice(0, 300) : null;

/**
 * What the story says about an anonymous source or a document, against newsroom standards, as
 * the engine checked it (`source.entity.anonymity`): why anonymity was granted, how the source
 * knows (for a document, how the story came to have it), how specifically it is described.
 * Undefined for a named source (the engine checks none) and a body speaking as itself (`the
 * courts`: `anonymityAsked`).
 */
export function standardsOf(source: SourceSpan): SourceStandards | undefined {
  const check = anonymityAsked(source);
  if (!check) return undefined;
  // (a document is granted no anonymity: the standards ask how the story came to have it)
  if (source.type === 'document' || source.entity?.type === 'document')
    return {
      obtained: words(check.obtained),
      specificity: DOCUMENT_SPECIFICITY[check.specificity],
    };
  return {
    reason: words(check.reason),
    basis: words(check.basis),
    specificity: SPECIFICITY[check.specificity],
  };
}

/** Longest snippet of a claim's sentence, in characters. */
export const SNIPPET = 160;

export { sentenceStart };

/** The sentence around `[start, end)`, whitespace collapsed, cut around the span when long. */
export function snippetAround(all: string, start: number, end: number): string {
  const from = sentenceStart(all, start);
  const to = sentenceEnd(all, end);
  if (to - from <= SNIPPET) return squash(all.slice(from, to));
  // Keep the span, share the room around it, cut between words.
  const room = Math.max(0, SNIPPET - (end - start));
  let left = Math.max(from, start - Math.floor(room / 2));
  let right = Math.min(to, end + (room - (start - left)));
  if (left > from) left = Math.min(start, all.indexOf(' ', left) + 1 || start);
  if (right < to) right = Math.max(end, all.lastIndexOf(' ', right));
  return `${left > from ? '…' : ''}${squash(all.slice(left, right))}${right < to ? '…' : ''}`;
}

/**
 * Names a named or partly named entry by its most informative mention (`informativeName`:
 * `Astravel` over a first `the Norvish space agency`), its first name then among its mentions.
 */
function nameByBestMention(entry: LedgerEntry): void {
  if (entry.group !== 'named' && entry.group !== 'partial') return;
  ({ name: entry.name, mentions: entry.mentions } = namedByBestMention(entry.name, entry.mentions));
}

/** An entry an attribution is credited to: who, in which group, with what standards. */
interface Credit {
  id: string;
  name: string;
  group: LedgerGroup;
  /** Its entity's type (a person, a body), when the engine gives one. */
  type?: SourceType;
  /** The head noun the engine parsed its description by (`SourceEntity.head`). */
  head?: string;
  /** Whom a possessive says it speaks for (`his spokesman`: `SourceEntity.owner`). */
  owner?: { name: string; id?: string };
  standards?: SourceStandards;
}

/**
 * The entries an attribution is credited to: its source's; each of the people or bodies a joint
 * source names (`Lind and Moorcroft said`: Lind's and Moorcroft's, not a third, joint entry);
 * "No source given" for none, or for a pronoun the story ties to no one.
 */
function creditsOf(f: Finding, all: string): Credit[] {
  const source = f.source;
  if (!source || untiedPronoun(squash(all.slice(source.start, source.end)), source.entity?.name))
    return [NO_SOURCE];
  return creditedSources(source).map((s) => {
    const { id, name } = sourceIdentity(s, all);
    const group = groupOf(s, name);
    const standards = standardsOf(s);
    const type = s.entity?.type ?? s.type;
    const head = s.entity?.head;
    const owner = s.entity?.owner;
    // The same words can name a person once and a document once; keep them apart.
    return {
      id: `${group}:${id}`,
      name,
      group,
      ...(type ? { type } : {}),
      ...(head ? { head } : {}),
      ...(owner ? { owner } : {}),
      ...(standards ? { standards } : {}),
    };
  });
}

/**
 * Lists `mention` among an entry's other mentions, unless it is the entry's name or listed
 * already ("The company" at a sentence start and "the company" inside one are one mention, and
 * "the Harbour Audit Office" is its name), or says nothing of who it is ("I", "we").
 */
function addMention(entry: LedgerEntry, mention: string): void {
  const lower = withoutThe(mention);
  if (
    lower !== withoutThe(entry.name) &&
    listedMention(mention) &&
    !entry.mentions.some((m) => withoutThe(m) === lower) &&
    entry.mentions.length < 20
  )
    entry.mentions.push(mention);
}

/** Notes on an entry how one of its claims reached the article (a few, each once). */
function addRelay(entry: LedgerEntry, via: string): void {
  const list = (entry.via ??= []);
  if (list.length < 5 && !list.includes(via)) list.push(via);
}

/** The ids of the entries an attribution is credited to: one, or each of a joint source's. */
export function creditIds(f: Finding, all: string): string[] {
  return creditsOf(f, all).map((c) => c.id);
}

/**
 * How the claim of attribution `f` reached the article (`relayOf`: `told Reuters`), its
 * sentence's other attributions found among `findings`; null when first-hand or unsourced.
 */
export function claimRelay(f: Finding, findings: readonly Finding[], all: string): string | null {
  if (!f.source) return null;
  const from = sentenceStart(all, f.start);
  const to = sentenceEnd(all, f.end);
  const peers = findings.filter((g) => g.kind === 'attribution' && g.start >= from && g.end <= to);
  return relayOf(f, peers, all, to);
}

/** What `mergeBodyPeople` keeps in step with the entries it merges. */
interface ClaimBooks {
  /** Entry id to its claims' first attributions, in step with `LedgerEntry.claims`. */
  claims: Map<string, Finding[]>;
  /** Where each claim's sentence starts. */
  sentenceOf: Map<LedgerClaim, number>;
  counts: Record<LedgerGroup, number>;
}

/**
 * Makes a body's people of one kind one entry under it (`Harbour Authority officials`, `a group
 * of Harbour Authority officials` and `officials at the Harbour Authority`, which the engine
 * keeps as three descriptions: one source to a reader, listed once with its words for them),
 * by the body `bodyOf` found and the head of their description (`officials`; a gathering's, of
 * what follows its `of`), not by their words. A sentence both credit is one claim. Returns each
 * merged entry's id and the id of the entry it went into.
 */
function mergeBodyPeople(
  byId: Map<string, LedgerEntry>,
  kinds: ReadonlyMap<string, Pick<Credit, 'type' | 'head'>>,
  books: ClaimBooks,
): Map<string, string> {
  const merged = new Map<string, string>();
  const first = new Map<string, LedgerEntry>();
  for (const person of [...byId.values()]) {
    const { head, type } = kinds.get(person.id) ?? {};
    const kind = entityHead({ name: person.name, ...(head ? { head } : {}) }).head;
    // (people of a body the ledger does not list, by its name: `Environmental Protection
    // officials` and `Environmental Protection Department officials`)
    const named =
      person.body === undefined &&
      person.group === 'partial' &&
      (type === 'person' || type === 'group')
        ? bodyNameKey(person.name, kind)
        : undefined;
    if (person.body === undefined && named === undefined) continue;
    const key = `${person.body ?? `name:${named}`}\u0000${kind}`;
    const into = first.get(key);
    if (into === undefined) {
      first.set(key, person);
      continue;
    }
    mergeEntry(into, person, books);
    byId.delete(person.id);
    merged.set(person.id, into.id);
  }
  return merged;
}

/** Moves entry `from`'s words, standards, relays and claims into `into` (`mergeBodyPeople`). */
function mergeEntry(into: LedgerEntry, from: LedgerEntry, books: ClaimBooks): void {
  for (const words of [from.name, ...from.mentions]) addMention(into, words);
  for (const via of from.via ?? []) addRelay(into, via);
  if (from.standards) {
    const standards: SourceStandards = { ...from.standards, ...into.standards };
    // (what one of them says, "who was not authorised to speak", is said of them)
    for (const k of Object.keys(standards) as (keyof SourceStandards)[])
      if (standards[k] === null && from.standards[k]) standards[k] = from.standards[k];
    into.standards = standards;
  }
  const rows = [into, from].flatMap((e) =>
    e.claims.map((claim, i) => ({ claim, f: books.claims.get(e.id)![i]! })),
  );
  rows.sort((a, b) => a.f.start - b.f.start);
  into.claims = [];
  const firsts: Finding[] = [];
  for (const { claim, f } of rows) {
    const last = into.claims[into.claims.length - 1];
    if (last !== undefined && books.sentenceOf.get(last) === books.sentenceOf.get(claim)) {
      last.cue = `${last.cue} · ${claim.cue}`;
      books.counts[into.group]--;
      continue;
    }
    into.claims.push(claim);
    firsts.push(f);
  }
  books.claims.set(into.id, firsts);
  books.claims.delete(from.id);
}

/** The ledger plus, for the page, which findings each entry stands for. */
export interface BuiltLedger {
  ledger: PageLedger;
  /** Entry id to its claims' first attributions (one a sentence), in reading order. */
  claims: Map<string, Finding[]>;
  /** Attribution to the id of its entry. */
  entryOf: Map<Finding, string>;
}

/** The id of the entry for attributions that name no source. */
export const UNSOURCED = 'unsourced';

/** The credit of claims that give no source. */
const NO_SOURCE: Credit = { id: UNSOURCED, name: 'No source given', group: 'unsourced' };

/**
 * Builds the ledger from the findings shown (offsets into `all`). Without
 * `snippets` the claims carry no sentence (what the card needs, and quick on a
 * long article); the popup's ledger has them.
 */
export function buildLedger(
  findings: readonly Finding[],
  all: string,
  snippets = true,
): BuiltLedger {
  return runSteps(buildLedgerSteps(findings, all, snippets));
}

/** Attributions gone through between two pauses of `buildLedgerSteps`. */
const CLAIMS_PER_STEP = 256;

/**
 * `buildLedger` in steps, pausing every few hundred claims: the popup's ledger of a very long
 * article (14,000 claims, each with its sentence) took one task of 100-180 ms on the page.
 */
export function* buildLedgerSteps(
  findings: readonly Finding[],
  all: string,
  snippets = true,
): Steps<BuiltLedger> {
  const byId = new Map<string, LedgerEntry>();
  /** Each entry's entity type, head noun and owner, for `bodiesOf`. */
  const kinds = new Map<string, Pick<Credit, 'type' | 'head' | 'owner'>>();
  /** Where each claim's sentence starts. */
  const sentenceOf = new Map<LedgerClaim, number>();
  const claims = new Map<string, Finding[]>();
  const entryOf = new Map<Finding, string>();
  const counts: Record<LedgerGroup, number> = {
    named: 0,
    partial: 0,
    unnamed: 0,
    documents: 0,
    unsourced: 0,
  };
  let attributions = 0;
  /** Claims of documents the story identifies ("a report released by the X Center"). */
  let namedDocuments = 0;
  // (the reporter's question, "Asked about the delay," before the answer, is no claim: the
  // answer's cue credits the source)
  let questions = 0;
  const attributionsInOrder = findings
    .filter((f) => {
      if (f.kind !== 'attribution') return false;
      if (f.cue !== 'question') return true;
      questions++;
      return false;
    })
    .sort((a, b) => a.start - b.start);
  const starts = attributionsInOrder.map((f) => sentenceStart(all, f.start));
  for (let i = 0; i < attributionsInOrder.length; i++) {
    const f = attributionsInOrder[i]!;
    if (++attributions % CLAIMS_PER_STEP === 0) yield;
    const at = starts[i]!;
    const credits = creditsOf(f, all);
    entryOf.set(f, credits[0]!.id);
    const refused = refusalCue(all.slice(f.start, f.end));
    const via = f.source
      ? relayInSentence(attributionsInOrder, starts, i, all, sentenceEnd(all, f.end))
      : null;
    for (const { id, name, group, type, head, owner, standards } of credits) {
      let entry = byId.get(id);
      if (entry === undefined) {
        entry = { id, name, group, mentions: [], claims: [] };
        byId.set(id, entry);
        claims.set(id, []);
        kinds.set(id, {
          ...(type ? { type } : {}),
          ...(head ? { head } : {}),
          ...(owner ? { owner } : {}),
        });
      }
      // (the first mention too: a document listed under its issuer shows its own words)
      if (f.source && id !== UNSOURCED)
        addMention(entry, squash(all.slice(f.source.start, f.source.end)));
      // (asked of a source of claims: not of one that only declined to comment)
      if (standards !== undefined && entry.standards === undefined && !refused)
        entry.standards = standards;
      if (via !== null) addRelay(entry, via);
      // One claim a sentence: "Two officials, who spoke on condition of anonymity, said ..." is
      // one claim with three cues, not three claims.
      const last = entry.claims[entry.claims.length - 1];
      if (last !== undefined && sentenceOf.get(last) === at) {
        last.cue = `${last.cue} · ${squash(all.slice(f.start, f.end))}`;
        continue;
      }
      const from = f.source ? Math.min(f.start, f.source.start) : f.start;
      const to = f.source ? Math.max(f.end, f.source.end) : f.end;
      const claim: LedgerClaim = {
        cue: squash(all.slice(f.start, f.end)),
        snippet: snippets ? snippetAround(all, from, to) : '',
      };
      sentenceOf.set(claim, at);
      entry.claims.push(claim);
      claims.get(id)?.push(f);
      // (counted as the entries count them, a claim a sentence, so the share and the groups agree)
      counts[group]++;
      if (group === 'documents' && f.source?.named === true) namedDocuments++;
    }
  }
  for (const entry of byId.values()) nameByBestMention(entry);
  // (a spokeswoman of a body the ledger lists is listed under it: one source, its people with it)
  const candidates = [...byId.values()].map((e) => {
    const { owner, ...kind } = kinds.get(e.id) ?? {};
    return { ...e, ...kind, ...(owner?.id ? { owner: `named:entity:${owner.id}` } : {}) };
  });
  for (const [id, body] of bodiesOf(candidates)) byId.get(id)!.body = body;
  // ("his spokesman" of a person who backs no claim here: whose, by name)
  for (const entry of byId.values()) {
    const owner = kinds.get(entry.id)?.owner;
    if (entry.body === undefined && owner) entry.speaksFor = owner.name;
  }
  const merged = mergeBodyPeople(byId, kinds, { claims, sentenceOf, counts });
  for (const [f, id] of entryOf) {
    const into = merged.get(id);
    if (into !== undefined) entryOf.set(f, into);
  }
  const entries = [...byId.values()];
  // "No source given" closes the list, whatever came first.
  entries.sort((a, b) => Number(a.id === UNSOURCED) - Number(b.id === UNSOURCED));
  const ledger: PageLedger = { entries, attributions, claims: counts };
  if (namedDocuments > 0) ledger.namedDocuments = namedDocuments;
  if (questions > 0) ledger.questions = questions;
  return { ledger, claims, entryOf };
}
