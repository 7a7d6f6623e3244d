/**
 * The engine's output types. Offsets are JavaScript string indices (UTF-16 code
 * units) into the analysed text, `end` exclusive, as in ../shared/ANNOTATION.md.
 */

/** The four kinds of finding the guideline defines. */
export type FindingKind = 'attribution' | 'unnamed' | 'agentless' | 'hedge';

export const FINDING_KINDS: readonly FindingKind[] = [
  'attribution',
  'unnamed',
  'agentless',
  'hedge',
] as const;

/**
 * Whether a source is identified: `true` by a proper name, `'partial'` for a
 * person or group of a named body (`a Pentagon official`), `false` otherwise.
 */
export type Named = boolean | 'partial';

/** What a reporting cue implies about the claim it introduces. */
export type CueClass =
  | 'neutral' // said, told, stated, according to
  | 'doubt' // claimed, alleged: casts doubt on the claim
  | 'factive' // revealed, confirmed, found: presents the claim as fact
  | 'guilt' // admitted, denied, insisted: colours the speaker
  | 'belief' // believe, think, estimate: an opinion or judgement
  | 'stance' // blasted, praised, credited, expressed frustration: criticism, praise or a feeling
  | 'phrase' // a fixed cue phrase: according to, in a statement, citing
  | 'question'; // "Asked about X, she said": the question put to a source, not a claim of its own

/** What kind of source an entity is. */
export type SourceType = 'person' | 'organisation' | 'group' | 'document' | 'unknown';

/** Who a claim is credited to. */
export interface SourceSpan {
  /** The words of this mention of the source (`Okafor`, `the company`, `he`). */
  start: number;
  end: number;
  /** Whether the source is identified: its entity's `named`, whatever words this mention uses. */
  named: Named;
  /** The source's kind, for the sourcing ledger. */
  type?: SourceType;
  /** The source this mention refers to, shared by every finding that credits it. */
  entity?: SourceEntity;
}

/**
 * One source of an article: every mention that refers to it (`Sheriff Ana Okafor`, `Okafor`,
 * `the sheriff`, `she`) links to the same entity, shared by reference between findings (and
 * repeated in each finding once serialised). Ids are `e1`, `e2`, ... in order of first mention
 * within one `analyze` call; mentions link within a text part only, and a part after the first
 * numbers its own (`e1@32801`, src/engine/entities/ids.ts).
 */
export interface SourceEntity {
  id: string;
  /** The fullest name the text gives (`Ana Okafor`), else the first description (`a senior official`). */
  name: string;
  /** `true` by a proper name, `'partial'` a person or group of a named body, `false` unnamed. */
  named: Named;
  type: SourceType;
  /**
   * The head noun of the description the entity was made from, lowercase, as the engine parsed
   * it (`official` of `a senior Treasury official`, `outlets` of `several retail outlets`).
   * Absent for an entity made from a name.
   */
  head?: string;
  /**
   * For a source whose identity is withheld (`named` is `false` or `'partial'`): how the story
   * meets the newsroom standards for anonymous sources. Absent for named sources.
   */
  anonymity?: AnonymityCheck;
  /**
   * For a document whose own words name who issued it (`an email from Acme`, `a report released
   * by the Harbour Audit Office`, `Hallam Council's audit`): that person or body, by name, and by
   * entity id when the story credits them as a source too. The ledgers list the document there.
   */
  issuer?: { name: string; id?: string };
  /**
   * For a person or office partly named by whom a possessive pronoun says they speak for (`his
   * spokesman`, `her lawyer`, `her office`): that named person or body, by name, and by entity id
   * when the story credits them as a source too. The ledgers list the speaker there.
   */
  owner?: { name: string; id?: string };
  /**
   * For a source that is two people or bodies joined by `and` (`Lind and Moorcroft said`, `both
   * Astravel and the Lunar Office said`): each of them, with its own entity, so that the ledgers
   * credit the joint claim to each, not to a third, joint source beside them.
   */
  members?: SourceMember[];
}

/** One of the people or bodies of a joint source (`SourceEntity.members`): its own entity. */
export interface SourceMember {
  id: string;
  name: string;
  named: Named;
  type: SourceType;
}

/**
 * What the story says about an anonymous source, against the standards of news agencies (AP:
 * say why anonymity was granted, how the source knows, describe the source as specifically as
 * possible; for documents, how they were obtained). A missing item is `null`: the story does not
 * say. Texts and offsets point at the story's own words.
 */
export interface AnonymityCheck {
  /** How specifically the source is described. */
  specificity: Specificity;
  /** The stated reason for anonymity (`because they were not authorised to speak publicly`). */
  reason: Evidence<AnonymityReason> | null;
  /** How the source knows (`familiar with the talks`, `who attended the meeting`). */
  basis: Evidence<KnowledgeBasis> | null;
  /** For a document: how the story came to have it (`obtained by the Gazette`, `leaked to`). */
  obtained: Evidence<DocumentAccess> | null;
}

/**
 * `bare`: only that it is a source (`a source`, `people familiar with the matter`); `role`: a
 * role or description (`a senior official`, `a Western diplomat`, `an internal memo`);
 * `role-and-body`: a role in a body (`a White House official`, `an official at the ministry`).
 */
export type Specificity = 'bare' | 'role' | 'role-and-body';

/** Why a source was granted anonymity, as the stated reason reads. */
export type AnonymityReason =
  | 'not-authorised' // not authorised to speak publicly, not permitted to comment
  | 'private' // the talks are private, to discuss internal deliberations, not yet announced
  | 'fear' // for fear of reprisal, fearing for their safety, to protect their job
  | 'policy' // in line with the department's policy, under the ground rules of the briefing
  | 'other'; // a reason the engine does not classify

/** How an anonymous source knows what they say. */
export type KnowledgeBasis =
  | 'familiar' // familiar with the matter
  | 'briefed' // briefed on the talks
  | 'knowledge' // with knowledge of, privy to, aware of
  | 'involved' // involved in, who attended, present at, who took part
  | 'close' // close to the company, the minister's ally
  | 'document'; // who has seen the report, with access to the files

/** How a document relied on as a source reached the story. */
export type DocumentAccess = 'seen' | 'obtained' | 'reviewed' | 'leaked' | 'provided';

/** A standards item as the story states it: its class and the story's words. */
export interface Evidence<K extends string> {
  kind: K;
  /** The words, as in the text, and their offsets. */
  text: string;
  start: number;
  end: number;
}

export interface Finding {
  start: number;
  end: number;
  kind: FindingKind;
  /** For `attribution`: who the claim is credited to, when the sentence says. */
  source?: SourceSpan;
  /** For `attribution`: what the cue implies. */
  cue?: CueClass;
  /** A short reason a reader can understand, e.g. "claimed: a verb that casts doubt". */
  why: string;
}

export interface AnalyzeOptions {
  /** Only return these kinds (default: all four). */
  kinds?: readonly FindingKind[];
}
