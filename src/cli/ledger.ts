import type {
  AnonymityCheck,
  CueClass,
  Finding,
  Named,
  SourceSpan,
  SourceType,
} from '../engine/index';
import {
  bodiesOf,
  creditedSources,
  DOCUMENT_WORDS,
  listedMention,
  namedByBestMention,
  refusalCue,
  untiedPronoun,
} from '../shared/ledger';
import { anonymityAsked } from '../shared/body-source';
import { relayInSentence } from '../shared/relayed';
import { sentenceEnd, sentenceStart } from '../shared/sentence-bounds';
import { squash } from '../shared/squash';

/** One claim credited to a source: where it is said, by which cue, and why it counts. */
export interface LedgerClaim {
  /** The sentence holding the cue, shortened around it. */
  sentence: string;
  /** The cue's words, e.g. `has concluded`. */
  cue: string;
  cueClass?: CueClass;
  why: string;
  /** More cues crediting the same source in the same sentence: one claim, several cues. */
  also?: { cue: string; cueClass?: CueClass; why: string }[];
}

/** A source and every claim the article credits to it. */
export interface LedgerSource {
  /**
   * The source's name: its entity's (`Ana Okafor`, `a senior official`), or its words as first
   * met in the text when the engine linked no entity; for a named source, a later mention that
   * says more when the name is a description (`informativeName`).
   */
  text: string;
  named: Named;
  /** The engine's entity id (`e3`), when the source is linked to one. */
  id?: string;
  /** Other words the text uses for this source (`Okafor`, `the sheriff`; no pronoun), in order. */
  mentions: string[];
  /** For an anonymous source: what the story says against the standards for them. */
  anonymity?: AnonymityCheck;
  /**
   * How some of its claims reached the article when it did not hear them itself, in the story's
   * words (`told Reuters`, `according to the Kessel Times`: `relayOf`).
   */
  via?: string[];
  /**
   * For a person or people partly named by a body the ledger lists (`A Whole Foods
   * spokeswoman`): that body's name (`bodyOf`), as the popup lists them under it; or the name of
   * whom a possessive says they speak for (`his spokesman`: `SourceEntity.owner`), listed or not.
   */
  body?: string;
  claims: LedgerClaim[];
}

/** The article's sources in three groups, plus cues that credit no one. */
export interface Ledger {
  named: LedgerSource[];
  unnamed: LedgerSource[];
  documents: LedgerSource[];
  /** Attributions whose sentence gives no source (a pronoun, a participle cue). */
  unsourced: LedgerClaim[];
}

/** Which group of the ledger a source belongs to. */
export type LedgerGroup = 'named' | 'unnamed' | 'documents';

/** Decides the ledger group: the engine's `type` when given, else a word heuristic. */
export function groupOf(source: SourceSpan, sourceText: string): LedgerGroup {
  // (a document its words say who issued, "an email from Acme", is listed under its issuer)
  if (source.entity?.issuer) return 'named';
  const isDocument = source.type ? source.type === 'document' : DOCUMENT_WORDS.test(sourceText);
  if (isDocument) return 'documents';
  return source.named === false ? 'unnamed' : 'named';
}

/** The longest a sentence in the ledger gets before it is cut around its cue. */
export const MAX_SENTENCE = 140;

/**
 * The sentence around `[start, end)`: from the last sentence end or line break
 * before it to the next one after it, whitespace collapsed, and cut to
 * {@link MAX_SENTENCE} characters around the span with ellipses.
 */
export function sentenceAround(text: string, start: number, end: number): string {
  return shorten(text, sentenceFrom(text, start), sentenceEnd(text, end, WINDOW), start, end);
}

/** Where the sentence holding offset `start` begins: after the last sentence end or line break. */
export function sentenceFrom(text: string, start: number): number {
  return sentenceStart(text, start, WINDOW);
}

/** How far around a cue its sentence's ends are looked for. */
const WINDOW = 1000;

function shorten(text: string, from: number, to: number, start: number, end: number): string {
  const whole = squash(text.slice(from, to));
  if (whole.length <= MAX_SENTENCE) return whole;
  // Keep the span and share the remaining room on both sides of it.
  const room = Math.max(0, MAX_SENTENCE - (end - start));
  let left = Math.max(from, start - Math.floor(room / 2));
  let right = Math.min(to, end + (room - (start - left)));
  // Cut between words, never inside one (unless the word is all there is).
  if (left > from) {
    const space = text.slice(left, start).search(/\s/);
    if (space >= 0) left += space + 1;
  }
  if (right < to) {
    const space = text.slice(end, right).search(/\s\S*$/);
    if (space >= 0) right = end + space;
  }
  const head = left > from ? '\u2026' : '';
  const tail = right < to ? '\u2026' : '';
  return head + squash(text.slice(left, right)) + tail;
}

/** Words compared as the same: any case and spacing, a leading `the` left out. */
const key = (s: string): string => squash(s.toLowerCase()).replace(/^the /, '');

/**
 * Who a source is, for the ledger: the key its mentions share, its name and its entity id. A
 * document whose words say who issued it (`an email from Acme`) is its issuer; a source the
 * engine linked to no entity is its words (any case).
 */
function identity(
  group: LedgerGroup,
  words: string,
  entity: SourceSpan['entity'],
): { key: string; text: string; id?: string } {
  const issuer = entity?.issuer;
  if (issuer?.id) return { key: `entity\u0000${issuer.id}`, text: issuer.name, id: issuer.id };
  if (issuer) return { key: `${group}\u0000${key(issuer.name)}`, text: issuer.name };
  if (entity) return { key: `entity\u0000${entity.id}`, text: entity.name, id: entity.id };
  return { key: `${group}\u0000${key(words)}`, text: words };
}

/**
 * Builds the sourcing ledger: every attribution's source, grouped as named, unnamed or
 * documents, with the claims it backs, in order of first appearance. Mentions of one entity
 * (`Sheriff Ana Okafor`, `Okafor`, `she`) are one source; sources the engine did not link are
 * merged by their words (any case).
 */
export function buildLedger(text: string, findings: readonly Finding[]): Ledger {
  const ledger: Ledger = { named: [], unnamed: [], documents: [], unsourced: [] };
  const seen = new Map<string, LedgerSource>();
  /** Each source's entity type, head noun and owner, for `bodiesOf`. */
  const kinds = new Map<LedgerSource, SourceKind>();
  /** Where each claim's sentence starts. */
  const sentenceOf = new Map<LedgerClaim, number>();
  // (the reporter's question, "Asked about the delay," before the answer, is no claim: the
  // answer's cue credits the source)
  const attributions = findings
    .filter((f) => f.kind === 'attribution' && f.cue !== 'question')
    .sort((a, b) => a.start - b.start);
  const starts = attributions.map((f) => sentenceFrom(text, f.start));
  for (const [i, f] of attributions.entries()) {
    const from = f.source ? Math.min(f.start, f.source.start) : f.start;
    const to = f.source ? Math.max(f.end, f.source.end) : f.end;
    const claim: LedgerClaim = {
      sentence: sentenceAround(text, from, to),
      cue: text.slice(f.start, f.end),
      why: f.why,
      ...(f.cue ? { cueClass: f.cue } : {}),
    };
    const words = f.source ? squash(text.slice(f.source.start, f.source.end)) : '';
    if (!f.source || untiedPronoun(words, f.source.entity?.name)) {
      ledger.unsourced.push(claim);
      continue;
    }
    const via = relayInSentence(attributions, starts, i, text, sentenceEnd(text, f.end, WINDOW));
    for (const source of creditedWithEntity(f.source)) {
      const entity = source.entity;
      const group = groupOf(source, entity?.name ?? words);
      const who = identity(group, words, entity);
      let entry = seen.get(who.key);
      if (!entry) {
        entry = {
          text: who.text,
          named: source.named,
          mentions: [],
          claims: [],
          ...(who.id ? { id: who.id } : {}),
        };
        seen.set(who.key, entry);
        ledger[group].push(entry);
        if (entity)
          kinds.set(entry, {
            type: entity.type,
            ...(entity.head ? { head: entity.head } : {}),
            ...(entity.owner ? { owner: entity.owner } : {}),
          });
      }
      // (asked of a source of claims: not of one that only declined to comment)
      if (entry.anonymity === undefined && !refusalCue(claim.cue)) {
        const anonymity = anonymityAsked(source);
        if (anonymity) entry.anonymity = anonymity;
      }
      if (via !== null && !(entry.via ??= []).includes(via)) entry.via.push(via);
      addClaim(entry, words, { ...claim }, starts[i]!, sentenceOf);
    }
  }
  for (const entry of ledger.named) nameByBestMention(entry);
  listUnderBodies(ledger.named, kinds);
  return ledger;
}

/** A source's entity type, head noun and owner (`SourceEntity`), for `bodiesOf`. */
interface SourceKind {
  type: SourceType;
  head?: string;
  owner?: { name: string; id?: string };
}

/**
 * Notes on each partly named person or people the body they speak for (`bodiesOf`), if listed;
 * else whom a possessive says they speak for (`his spokesman`), by name.
 */
function listUnderBodies(named: LedgerSource[], kinds: Map<LedgerSource, SourceKind>): void {
  const candidates = named.map((e, i) => {
    const { owner, ...kind } = kinds.get(e) ?? {};
    const at = owner?.id === undefined ? -1 : named.findIndex((n) => n.id === owner.id);
    return {
      id: String(i),
      group: e.named === 'partial' ? ('partial' as const) : ('named' as const),
      ...kind,
      name: e.text,
      mentions: e.mentions,
      ...(at >= 0 ? { owner: String(at) } : {}),
    };
  });
  for (const [i, body] of bodiesOf(candidates)) named[Number(i)]!.body = named[Number(body)]!.text;
  for (const e of named) {
    const owner = kinds.get(e)?.owner;
    if (e.body === undefined && e.named === 'partial' && owner) e.body = owner.name;
  }
}

/**
 * The sources an attribution credits (`creditedSources`: each member of a joint source), each
 * with its entity's `named` and `type`.
 */
function creditedWithEntity(source: SourceSpan): SourceSpan[] {
  return creditedSources(source).map((s) =>
    s.entity ? { ...s, named: s.entity.named, type: s.entity.type } : s,
  );
}

/**
 * Adds a claim to a source, with the words it was credited by among the source's mentions (unless
 * they are its name, listed already, or say nothing: `I`, `we`). One claim a sentence: "Two
 * officials, who spoke on condition of anonymity, said ..." is one claim with three cues.
 */
function addClaim(
  entry: LedgerSource,
  words: string,
  claim: LedgerClaim,
  at: number,
  sentenceOf: Map<LedgerClaim, number>,
): void {
  if (
    key(words) !== key(entry.text) &&
    listedMention(words) &&
    !entry.mentions.some((m) => key(m) === key(words))
  )
    entry.mentions.push(words);
  const last = entry.claims[entry.claims.length - 1];
  if (last !== undefined && sentenceOf.get(last) === at) {
    (last.also ??= []).push({
      cue: claim.cue,
      why: claim.why,
      ...(claim.cueClass ? { cueClass: claim.cueClass } : {}),
    });
    return;
  }
  sentenceOf.set(claim, at);
  entry.claims.push(claim);
}

/**
 * Names a named source by its most informative mention (`informativeName`: `Astravel` over a
 * first `the Norvish space agency`), its first name then among its mentions.
 */
function nameByBestMention(entry: LedgerSource): void {
  ({ name: entry.text, mentions: entry.mentions } = namedByBestMention(entry.text, entry.mentions));
}
