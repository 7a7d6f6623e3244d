/**
 * The source entities of one `analyze` call, with the indexes later mentions are matched on: a
 * person's surname, an organisation's name words and acronyms, the head noun of a description
 * (`official`, `report`), and the exact words of a plural or bare description (`officials`).
 * One registry serves one text part (see ./ids.ts).
 */
import type { Finding, Named, SourceEntity, SourceType } from '../types';
import { entityId } from './ids';
import type { Gender } from './names';

/** An entity with what later mentions match on. */
export interface Tracked {
  entity: SourceEntity;
  /** Lowercase words a later mention may use: surname and first name, or organisation words. */
  surname: string;
  given: string;
  /** An organisation's full name, lowercase (`ministry of state security`). */
  orgKey: string;
  /** The head noun of its descriptions, lowercase (`official`, `sources`, `report`). */
  head: string;
  gender: Gender;
  /** Offsets in the text of its first and its latest mention. */
  first: number;
  last: number;
  /** How many of its mentions the anonymity check has read. */
  read: number;
  /** A people or a public (`residents`, `Tunisians`), not a source granted anonymity. */
  population?: boolean;
  /** A news outlet (`Reuters`, `the Harbour Gazette`): what a story cites, seldom its topic. */
  outlet?: boolean;
  /** Merged into another entity (a headline's subject the story names later): no entity now. */
  merged: boolean;
}

export class Registry {
  readonly all: Tracked[] = [];

  /** @param partStart offset in the text of the part whose entities this registry holds */
  constructor(private readonly partStart = 0) {}

  /** Entities of names met before, by their first and last word (`ana` `okafor`). */
  private readonly names = new Map<string, Map<string, Tracked>>();

  /** The entity of a name whose first and last words were `first` and `last` before. */
  byName(first: string, last: string): Tracked | undefined {
    return this.names.get(first)?.get(last);
  }

  setByName(first: string, last: string, t: Tracked): void {
    let byLast = this.names.get(first);
    if (!byLast) this.names.set(first, (byLast = new Map()));
    byLast.set(last, t);
  }

  /** The latest person by surname or first name, and each by first name and surname. */
  private readonly persons = new Map<string, Tracked>();
  private readonly fullNames = new Map<string, Map<string, Tracked>>();
  /** Organisations by full name, acronym and first word. */
  private readonly orgs = new Map<string, Tracked>();
  /** The latest entity described with a head noun. */
  private readonly heads = new Map<string, Tracked>();
  /** Plural and bare descriptions by a hash of their words (`U.S. officials`, `officials`). */
  private readonly texts = new Map<number, Tracked>();
  /**
   * Heads of unnamed descriptions that credit nothing (`A 34-year-old man has been charged`), to
   * where they were first met: a later `the man` repeats an unnamed mention.
   */
  private readonly unnamedHeads = new Map<string, number>();
  /**
   * The heads among them of people of a named body (`an adviser in the Grants Office`): a later
   * `the adviser` repeats the mention but is named through the body (decision 23 of the labelled
   * sets).
   */
  private readonly partialHeads = new Set<string>();
  /** The latest mentioned entity of each type the links ask for. */
  private lastPerson: Tracked | undefined;
  private lastGroup: Tracked | undefined;
  private lastOrganisation: Tracked | undefined;
  private lastDocument: Tracked | undefined;
  private lastNamedDocument: Tracked | undefined;
  private lastUnknownName: Tracked | undefined;
  /** The latest organisation made with a word in its name or as its head. */
  private readonly orgByWord = new Map<string, Tracked>();
  /** The latest document made with a head noun (`report`, `minutes`). */
  private readonly documentByHead = new Map<string, Tracked>();

  /** A new entity. */
  create(
    name: string,
    named: Named,
    type: SourceType,
    at: number,
    fields: Partial<Omit<Tracked, 'entity' | 'first' | 'last' | 'read' | 'merged'>> = {},
    /** Whether it becomes the latest of its type (not the writer: no pronoun's antecedent). */
    latest = true,
  ): Tracked {
    const entity: SourceEntity = {
      id: entityId(this.all.length + 1, this.partStart),
      name,
      named,
      type,
    };
    // (the ledgers read what kind of source a description is from its head, not from its words)
    if (fields.head) entity.head = fields.head;
    const t: Tracked = {
      entity,
      surname: fields.surname ?? '',
      given: fields.given ?? '',
      orgKey: fields.orgKey ?? '',
      head: fields.head ?? '',
      gender: fields.gender ?? '',
      first: at,
      last: at,
      read: 0,
      // (the optional fields are written here, unset, so that an entity keeps one hidden class
      // when `standards.ts` or `named.ts` sets them later: the rules that read its fields met
      // three)
      population: undefined,
      outlet: false,
      merged: false,
    };
    this.all.push(t);
    if (t.surname) this.persons.set(t.surname, t);
    if (t.given) this.named(t, t.given);
    if (t.orgKey) this.addOrg(t.orgKey, t);
    if (t.head) this.heads.set(t.head, t);
    // an organisation by each word of its name, a document by its head: the latest made
    if (type === 'organisation') {
      if (t.head) this.orgByWord.set(t.head, t);
      // (each word of the name without splitting it into an array)
      const key = t.orgKey;
      for (let a = 0; key && a <= key.length;) {
        let b = key.indexOf(' ', a);
        if (b < 0) b = key.length;
        this.orgByWord.set(key.slice(a, b), t);
        a = b + 1;
      }
    } else if (type === 'document' && t.head) this.documentByHead.set(t.head, t);
    if (latest) this.touch(t, at);
    return t;
  }

  /** Whether some entity was merged into another (then `renumber` closes the gaps in ids). */
  private anyMerged = false;

  /**
   * Marks `t` as merged into entity `into`: it no longer counts, and what found `t` (a head
   * noun, its words, the latest of its type) finds `into` now. Rare: a few times a story.
   */
  merge(t: Tracked, into: Tracked): void {
    t.merged = true;
    this.anyMerged = true;
    for (const map of [this.heads, this.orgs, this.persons, this.orgByWord, this.documentByHead])
      for (const [k, v] of map) if (v === t) map.set(k, into);
    for (const [k, v] of this.texts) if (v === t) this.texts.set(k, into);
    if (this.lastPerson === t) this.lastPerson = into;
    if (this.lastGroup === t) this.lastGroup = into;
    if (this.lastOrganisation === t) this.lastOrganisation = into;
    if (this.lastDocument === t) this.lastDocument = into;
    if (this.lastUnknownName === t) this.lastUnknownName = undefined;
    if (this.lastNamedDocument === t)
      this.lastNamedDocument = into.entity.named === true ? into : undefined;
  }

  /**
   * Spans (`start`, `end` pairs) of headline subjects the story turned out to name: an `unnamed`
   * finding there is withdrawn once the analysis is done (see `withdraw`).
   */
  readonly retracted: number[] = [];

  retract(start: number, end: number): void {
    this.retracted.push(start, end);
  }

  /**
   * Removes the `unnamed` findings of retracted spans from `findings`, from index `from` on (this
   * part's), in place, and returns the array. (In place: a copy of all the findings so far, made
   * for each part of a long text, cost time and garbage that grew with the text.)
   */
  withdraw(findings: Finding[], from = 0): Finding[] {
    const spans = this.retracted;
    if (spans.length === 0) return findings;
    let kept = from;
    for (let k = from; k < findings.length; k++) {
      const f = findings[k]!;
      if (f.kind === 'unnamed' && withinSpan(f, spans)) continue;
      findings[kept++] = f;
    }
    findings.length = kept;
    return findings;
  }

  /** Documents and the issuers their words name, with the issuer's entity when it has one. */
  private readonly issuers: [SourceEntity, string, Tracked | undefined][] = [];

  /** Records that document `doc` was issued by `name`, the entity `by` when the story has one. */
  noteIssuer(doc: SourceEntity, name: string, by?: Tracked): void {
    this.issuers.push([doc, name, by]);
  }

  /** Speakers and offices and the named party a possessive says they speak for. */
  private readonly owners: [SourceEntity, Tracked][] = [];

  /** Records that `speaker` speaks for `party` (`his spokesman`: `possessiveParty`). */
  noteOwner(speaker: SourceEntity, party: Tracked): void {
    this.owners.push([speaker, party]);
  }

  /** Joint sources and the entities of the people or bodies they join. */
  private readonly joints: [SourceEntity, readonly Tracked[]][] = [];

  /** Records that `joint` is the people or bodies `members` together (`Lind and Moorcroft`). */
  noteMembers(joint: SourceEntity, members: readonly Tracked[]): void {
    this.joints.push([joint, members]);
  }

  /**
   * Numbers the entities that count `e1`, `e2`, ... in order of creation, after merges; then
   * gives each document its issuer, by the final id of the issuer's entity, each speaker the party
   * a possessive says they speak for, and each joint source its members (those not merged away since: a joint source of fewer than two has none).
   */
  renumber(): void {
    if (this.anyMerged) {
      let n = 0;
      for (const t of this.all) if (!t.merged) t.entity.id = entityId(++n, this.partStart);
    }
    for (const [doc, name, by] of this.issuers)
      doc.issuer = by && !by.merged ? { name, id: by.entity.id } : { name };
    for (const [speaker, { entity, merged }] of this.owners)
      speaker.owner = merged ? { name: entity.name } : { name: entity.name, id: entity.id };
    for (const [joint, members] of this.joints) {
      const kept = members.filter((t) => !t.merged);
      if (kept.length < 2) continue;
      joint.members = kept.map(({ entity: e }) => ({
        id: e.id,
        name: e.name,
        named: e.named,
        type: e.type,
      }));
    }
  }

  /** Records a mention of `t` at offset `at` (mentions come in text order). */
  touch(t: Tracked, at: number): void {
    t.last = at;
    // a later `the officials` is the group with that head met last, not the one made last:
    // "agency officials said ... Con Edison officials said ... said the officials" (Con Edison's)
    if (t.head && this.heads.has(t.head) && t.first < at) this.heads.set(t.head, t);
    const e = t.entity;
    switch (e.type) {
      case 'person':
        this.lastPerson = t;
        break;
      case 'group':
        this.lastGroup = t;
        break;
      case 'organisation':
        this.lastOrganisation = t;
        break;
      case 'document':
        this.lastDocument = t;
        if (e.named === true) this.lastNamedDocument = t;
        break;
      default:
        if (e.named === true) this.lastUnknownName = t;
        break;
    }
  }

  /**
   * The most recently mentioned name of no known kind (`StrideWell said`): what a later `the
   * company` may refer to when no organisation was named.
   */
  latestUnknownName(): Tracked | undefined {
    return this.lastUnknownName;
  }

  /** Registers an organisation under a name, an acronym or its first word. */
  addOrg(key: string, t: Tracked): void {
    if (!this.orgs.has(key)) this.orgs.set(key, t);
    const space = key.indexOf(' ');
    if (space > 0) {
      const firstWord = key.slice(0, space);
      if (!this.orgs.has(firstWord) && firstWord.length > 2) this.orgs.set(firstWord, t);
    }
  }

  /**
   * The person a name refers to: with `first`, the one of that first name and surname (or one
   * known by surname only, whose first name a fuller mention now gives); without, the latest with
   * that surname or first name.
   */
  person(word: string, first = ''): Tracked | undefined {
    if (first) {
      const full = this.fullNames.get(word)?.get(first);
      if (full) return full;
      const t = this.persons.get(word);
      return t && !t.given && t.surname === word ? t : undefined;
    }
    return this.persons.get(word);
  }

  /**
   * Records that person `t`, known so far by first name `given` alone (as its surname), has
   * surname `surname`: both names now find it.
   */
  renamed(t: Tracked, surname: string, given: string): void {
    t.surname = surname;
    this.persons.set(surname, t);
    this.named(t, given);
  }

  /** Records that person `t` now has first name `given`. */
  named(t: Tracked, given: string): void {
    t.given = given;
    let byGiven = this.fullNames.get(t.surname);
    if (!byGiven) this.fullNames.set(t.surname, (byGiven = new Map()));
    byGiven.set(given, t);
    if (given !== t.surname && !this.persons.has(given)) this.persons.set(given, t);
  }

  org(key: string): Tracked | undefined {
    return this.orgs.get(key);
  }

  /** The latest entity described with head noun `head`. */
  byHead(head: string): Tracked | undefined {
    return this.heads.get(head);
  }

  setHead(head: string, t: Tracked): void {
    if (head) this.heads.set(head, t);
  }

  /**
   * Records that organisation `t` was called by the noun `head` in apposition (`her label,
   * Corvane Records`): a later `the label` is that body, not an earlier unnamed `her label`.
   */
  describedAs(head: string, t: Tracked): void {
    if (!head) return;
    this.heads.set(head, t);
    if (t.entity.type === 'organisation') this.orgByWord.set(head, t);
  }

  /**
   * Records an unnamed description met at offset `at` that is no source; `partial`: a person of
   * a named body.
   */
  noteUnnamed(head: string, at: number, partial = false): void {
    if (this.unnamedHeads.has(head)) return;
    this.unnamedHeads.set(head, at);
    if (partial) this.partialHeads.add(head);
  }

  /** Whether the first unnamed description with head `head` was a person of a named body. */
  partialHead(head: string): boolean {
    return this.partialHeads.has(head);
  }

  /** Whether a phrase with head `head` was flagged as unnamed (no source) before offset `at`. */
  flaggedBefore(head: string, at: number): boolean {
    const first = this.unnamedHeads.get(head);
    return first !== undefined && first < at;
  }

  /** The offset of the first unnamed description with head `head` that is no source, or -1. */
  firstUnnamed(head: string): number {
    return this.unnamedHeads.get(head) ?? -1;
  }

  /** Whether an unnamed description with head `head` came before offset `at`. */
  unnamedBefore(head: string, at: number): boolean {
    const first = this.unnamedHeads.get(head) ?? this.heads.get(head)?.first;
    return first !== undefined && first < at && this.heads.get(head)?.entity.named !== true;
  }

  byText(key: number): Tracked | undefined {
    return this.texts.get(key);
  }

  setText(key: number, t: Tracked): void {
    this.texts.set(key, t);
  }

  /** The most recently mentioned named document. */
  latestNamedDocument(): Tracked | undefined {
    return this.lastNamedDocument;
  }

  /** The most recently mentioned entity of `type` (a person, group, organisation or document). */
  latest(type: 'person' | 'group' | 'organisation' | 'document'): Tracked | undefined {
    switch (type) {
      case 'person':
        return this.lastPerson;
      case 'group':
        return this.lastGroup;
      case 'organisation':
        return this.lastOrganisation;
      default:
        return this.lastDocument;
    }
  }

  /** The most recently mentioned organisation with `word` in its name or as its head. */
  latestOrganisation(word: string): Tracked | undefined {
    return this.orgByWord.get(word);
  }

  /** The most recently mentioned document with head noun `head`. */
  latestDocument(head: string): Tracked | undefined {
    return this.documentByHead.get(head);
  }
}

/** Whether finding `f` lies within one of `spans` (`start`, `end` pairs). */
function withinSpan(f: Finding, spans: readonly number[]): boolean {
  for (let i = 0; i < spans.length; i += 2)
    if (f.start >= spans[i]! && f.end <= spans[i + 1]!) return true;
  return false;
}
