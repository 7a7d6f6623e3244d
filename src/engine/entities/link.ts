/**
 * The entities pass: after the cues of a text part are found, every source mention is linked to
 * an entity. A name links to the person or body it names (`Okafor` and `Mr. Okafor` to `Sheriff
 * Ana Okafor`, `MSS` to `the Ministry of State Security`); a definite description to the latest
 * matching mention (`the company`, `the report`, `the official`, `the sheriff`); a pronoun to
 * the nearest compatible earlier source or named person; a participle or anonymity cue shares
 * its clause's source. The entity decides whether the source is named.
 *
 * The pass is here; how each kind of mention finds its entity is in `link/`: names (named.ts),
 * descriptions (descriptions.ts), the documents a body or a named source owns (documents.ts),
 * pronouns (pronouns.ts), and headline subjects the story names later (headlines.ts), over the
 * part's state (state.ts).
 */
import type { Context } from '../context';
import type { Cue } from '../cues/cue';
import { F } from '../lexicon';
import type { NounPhrase } from '../phrase/noun-phrase';
import type { SourcePhrase } from '../subject/result';
import type { Finding, SourceEntity } from '../types';
import { identifyLater } from './delayed';
import { isTitleWord } from './names';
import { describedPair } from './link/described-pair';
import { describedThenNamed } from './link/described-then-named';
import { description, referenceView } from './link/descriptions';
import { claim, expect, ledePerson, ledeSubjects } from './link/headlines';
import { ledeIdentifies } from './link/headline-lede';
import {
  bodyIn,
  firstName,
  onlyName,
  orgOf,
  personIn,
  personOf,
  personPair,
  singleName,
} from './link/named';
import { pronounReferent, PRONOUNS } from './link/pronouns';
import { LinkState } from './link/state';
import { referredNamed, sourceEnd } from './reference';
import type { Tracked } from './registry';
import { quotationAround } from './quoted-speaker';
import { Registry } from './registry';
import { checkMention } from './standards';

/**
 * Links the sources of one text part to entities, sentence after sentence. Nothing is kept from
 * one part to the next (see ./ids.ts).
 */
export class Linker {
  readonly registry: Registry;

  /** @param partStart offset in the text of the part */
  constructor(partStart: number) {
    this.registry = new Registry(partStart);
  }

  /** The linker of the part's sentences (its tokens and names). */
  part(ctx: Context): PartLinker {
    return new PartLinker(ctx, this.registry);
  }
}

/** The linking of one text part (what it keeps as it goes: ./link/state.ts). */
export class PartLinker {
  private readonly st: LinkState;
  /** The entity of each cue of the sentence being linked. */
  private readonly sentenceTracked: (Tracked | null)[] = [];
  /**
   * The entity of each source phrase linked in this part, by head token (an array as long as the
   * part's tokens, not a Map: asked and set for every source, and a Map grew and rehashed its
   * table as the part went on).
   */
  private readonly byHead: (Tracked | undefined)[];
  /** Whether a sentence after the latest headline had sources (a new headline then ends it). */
  private body = false;
  /** A description of this sentence that a longer phrase showed to be a named person. */
  private replaced: Tracked | null = null;

  constructor(
    private readonly ctx: Context,
    private readonly registry: Registry,
  ) {
    this.st = new LinkState(ctx, registry);
    this.byHead = new Array<Tracked | undefined>(ctx.tokens.length + 1);
  }

  /**
   * Whether a description that is no source refers to a named entity all the same (`the
   * researchers` of a story that names them): then it is no unnamed actor (./reference.ts).
   */
  refersToNamed(np: NounPhrase): boolean {
    const ref = referredNamed(referenceView(this.st), np);
    return ref !== null && (typeof ref !== 'object' || ref.entity.named !== false);
  }

  /** The entity of the source phrase with head token `head`, if one was linked. */
  entityAt(head: number): Tracked | undefined {
    return this.byHead[head];
  }

  /**
   * Links the sources of one sentence's cues (sentences in text order) and fills the `source` of
   * each cue's finding (`findings[from + k]` is made from `cues[k]`).
   */
  link(cues: readonly Cue[], findings: readonly Finding[], from: number, sentence: number): void {
    const toks = this.ctx.tokens;
    const s = this.ctx.sentences[sentence]!;
    const headline = this.st.headline(sentence);
    if (!headline) {
      if (!this.body) this.st.lede = sentence;
      this.body = true;
    } else if (this.body) {
      // a new story: what the last headline announced is no longer expected
      ledeSubjects(this.st);
      this.st.pending.length = 0;
      this.st.headlineSourced.length = 0;
      this.body = false;
    }
    // (refilled for each sentence, never shortened: setting an array's length is slow)
    const tracked = this.sentenceTracked;
    for (let k = 0; k < cues.length; k++) {
      const { source, pronoun } = cues[k]!;
      const finding = findings[from + k]!;
      let t: Tracked | null = null;
      let a = -1;
      let b = -1;
      if (source) {
        this.st.described = null;
        t = this.phrase(source);
        a = source.np.start;
        // ("a tally" + "by the Kesh Monitoring Group", "her son" + ", Anders": part of the source)
        b = sourceEnd(referenceView(this.st), source.np, t.entity.type);
        if (headline) {
          // a headline's description: the story may name it later
          if (t === this.st.described) expect(this.st, t, source.np, findings, from, cues.length);
        } else if (this.st.pending.length > 0)
          claim(this.st, t, source.np, sentence === this.st.lede);
      } else if (pronoun >= 0) {
        t = pronounReferent(this.st, pronoun, sentence);
        a = pronoun;
        b = pronoun + 1;
      }
      if (this.replaced) {
        this.replace(this.replaced, t!, findings, from, k, s.first);
        this.replaced = null;
      }
      tracked[k] = t;
      if (a < 0) continue;
      const start = toks[a]!.start;
      let end = toks[b - 1]!.end;
      // "something I’d never say": the pronoun, not its auxiliary
      if (source === null) end = start + pronounLength(toks[a]!.lower);
      if (!t) {
        finding.source = { start, end, named: false };
        continue;
      }
      // (the writer is nobody's antecedent: "I asked him. He said" is not the writer saying)
      if (t !== this.st.writer) {
        this.registry.touch(t, start);
        this.mentioned(a, t);
      }
      const e = t.entity;
      finding.source = { start, end, named: e.named, type: e.type, entity: e };
      if (e.named !== true && !quotationAround(this.ctx, cues[k]!.start))
        checkMention(this.ctx, s, source ? source.np : null, a, t, this.anonymous(sentence));
    }
    // a headline's one source may be the lede's named one ("..., panel warns" over "according
    // to a report by the Regional Climate Panel"): the lede is the sentence right after it
    if (headline) {
      for (let k = 0; k < cues.length; k++)
        if (tracked[k] && !cues[k]!.shares) this.st.headlineSourced.push(findings[from + k]!);
    } else if (this.st.headlineSourced.length > 0 && this.st.headline(sentence - 1))
      ledeIdentifies(this.st, findings, from, cues.length);
    // participle and anonymity cues take the source of the nearest cue of their sentence
    for (let k = 0; k < cues.length; k++) {
      const cue = cues[k]!;
      if (!cue.shares) continue;
      if (!findings[from + k]!.source) {
        let q = k - 1;
        while (q >= 0 && !tracked[q]) q--;
        if (q < 0) for (q = k + 1; q < cues.length && !tracked[q]; q++);
        const other = q >= 0 && q < cues.length ? findings[from + q]!.source : undefined;
        if (!other) continue;
        tracked[k] = tracked[q]!;
        findings[from + k]!.source = {
          start: other.start,
          end: other.end,
          named: other.named,
          type: other.type,
          entity: other.entity,
        };
      }
      // "the people, who asked not to be identified because the talks are private"
      const t = tracked[k];
      if (t && t.entity.named !== true && !quotationAround(this.ctx, cue.start))
        checkMention(this.ctx, s, null, cue.start - 1, t, this.anonymous(sentence));
    }
  }

  /**
   * A sentence with no cue that says why an unnamed source spoke without a name: "The official
   * was not authorized to discuss the case publicly", "They spoke on condition that ...": its
   * subject (`the` and the head of an unnamed source met before, or a pronoun) gets the reason.
   */
  anonymityOnly(sentence: number): void {
    if (!this.anonymous(sentence)) return;
    const ctx = this.ctx;
    const toks = ctx.tokens;
    const s = ctx.sentences[sentence]!;
    let k = s.first;
    let t: Tracked | null | undefined = null;
    const w = toks[k]!;
    if (PRONOUNS.has(w.lower)) t = pronounReferent(this.st, k, sentence);
    else if (w.lower === 'the') {
      // "The official", "The two officials", "The person"
      k++;
      while (
        k < s.last &&
        k <= s.first + 3 &&
        (toks[k]!.kind === 'num' || NUMBERS.has(toks[k]!.lower))
      )
        k++;
      t = this.registry.byHead(toks[k]?.lower ?? '');
    }
    if (!t || t.entity.named === true || t.merged) return;
    checkMention(ctx, s, null, k, t, true);
  }

  /**
   * Moves the sentence's first `count` cue findings (`findings[from, from + count)`) that credit
   * `old` to `t`; `old` is merged away if this sentence made it (its token offset `first` on).
   */
  private replace(
    old: Tracked,
    t: Tracked,
    findings: readonly Finding[],
    from: number,
    count: number,
    first: number,
  ): void {
    const e = t.entity;
    for (let k = from; k < from + count; k++) {
      const src = findings[k]!.source;
      if (src?.entity !== old.entity) continue;
      src.named = e.named;
      src.type = e.type;
      src.entity = e;
      this.sentenceTracked[k - from] = t;
    }
    for (let q = this.st.toks.length - 1; q >= 0 && this.st.toks[q]! >= first; q--)
      if (this.st.tracked[q] === old) this.st.tracked[q] = t;
    if (old.first >= this.ctx.tokens[first]!.start) this.registry.merge(old, t);
  }

  /**
   * After the part's last sentence: the descriptions the story identifies later are the named
   * entity, or named (./delayed.ts). Their findings (`findings` from index `from`, this part's)
   * follow, and an `unnamed` finding on their words is withdrawn.
   */
  finish(findings: readonly Finding[], from: number): void {
    ledeSubjects(this.st);
    const later = identifyLater({
      ctx: this.ctx,
      names: this.st.names,
      registry: this.registry,
      toks: this.st.toks,
      tracked: this.st.tracked,
      lede: (si) => !this.st.headline(si) && (si === 0 || this.st.headline(si - 1)),
    });
    for (const t of this.st.namedLater) if (!t.merged) later.named.push(t);
    for (const [a, b] of this.st.mergeLater) if (!a.merged && !b.merged) later.merges.push([a, b]);
    for (const [a, b] of describedThenNamed(this.st)) {
      later.merges.push([a, b]);
      // (the name's kind unknown: the description says it is a body)
      b.entity.type = 'organisation';
    }
    if (later.merges.length === 0 && later.named.length === 0) return;
    // "The study, published in the Journal of X,": the mention that names it is no repeat of an
    // unnamed source
    for (let i = 0; i < later.naming.length; i += 2)
      this.registry.retract(later.naming[i]!, later.naming[i + 1]!);
    const into = new Map<SourceEntity, SourceEntity>();
    for (const [a, b] of later.merges) {
      // "contractor tells bribery trial" over "A construction executive told jurors ... Leonard
      // Brisco ... testified": the headline's person is the lede's, whom the story names
      const p = ledePerson(this.st, a);
      if (p) {
        this.registry.merge(p.t, b);
        into.set(p.t.entity, b.entity);
      }
      this.registry.merge(a, b);
      into.set(a.entity, b.entity);
    }
    const named = new Set<SourceEntity>();
    for (const t of later.named) {
      t.entity.named = true;
      delete t.entity.anonymity;
      named.add(t.entity);
    }
    for (let i = from; i < findings.length; i++) {
      const src = findings[i]!.source;
      if (!src?.entity) continue;
      const e = into.get(src.entity) ?? src.entity;
      if (e === src.entity && !named.has(e)) continue;
      src.entity = e;
      src.named = e.named;
      src.type = e.type;
      if (e.named === true) this.registry.retract(src.start, src.end);
    }
  }

  mentioned(tok: number, t: Tracked): void {
    this.st.toks.push(tok);
    this.st.tracked.push(t);
  }

  /** The entity of a source phrase. */
  phrase(source: SourcePhrase): Tracked {
    // the same words credited by several cues ("A House Democratic aide, who spoke on condition
    // of anonymity, said") are one mention
    const np = source.np;
    const seen = this.byHead[np.head];
    if (seen) {
      // "In a statement, St. Aldric's chief executive, Dr. Paul Ransome, said": the longer
      // phrase of a later cue names the person the first one only described
      if (seen.entity.named === true || np.end - np.start < 3) return seen;
      const r = personIn(this.ctx, this.st.names, np);
      if (r < 0) return seen;
      const person = personOf(this.st, r, np);
      this.byHead[np.head] = person;
      this.replaced = seen;
      return person;
    }
    // "Lind and Moorcroft said": two people, one source for both, not the second alone
    const pair = personPair(this.st, np);
    if (pair) {
      this.byHead[np.head] = pair;
      return pair;
    }
    // a name met before, word for word ("Okafor", "Ana Okafor", "Acme Corp."): the same entity
    const ctx = this.ctx;
    const name = onlyName(ctx, np);
    const toks = ctx.tokens;
    const first = name ? toks[np.start]!.lower : '';
    const last = name ? toks[np.end - 1]!.lower : '';
    const known = name ? this.registry.byName(first, last) : undefined;
    const t = known ?? this.describedPair(source) ?? this.resolve(source);
    this.byHead[np.head] = t;
    if (name && !known && t.entity.named === true && t.entity.type !== 'unknown')
      this.registry.setByName(first, last, t);
    return t;
  }

  /**
   * "the agency and its partner agency said": one source for the two descriptions, each linked
   * as its own, so that the ledgers credit the claim to each; null for any other phrase.
   */
  private describedPair(source: SourcePhrase): Tracked | null {
    // (the same words credited by several cues, "Two officials and a diplomat, who spoke on
    // condition of anonymity, said", are one pair, whichever word each cue took for the head)
    const key = `${source.np.start}:${source.np.end}`;
    const known = this.pairs.get(key);
    if (known) return known;
    const halves = describedPair(this.st, source.np, (p) => description(this.st, p));
    if (!halves) return null;
    const [a, b] = halves as [Tracked, Tracked];
    const at = this.ctx.tokens[source.np.start]!.start;
    const name = `${a.entity.name} and ${b.entity.name}`;
    const pair = this.registry.create(name, source.named, 'group', at);
    this.registry.noteMembers(pair.entity, halves);
    this.pairs.set(key, pair);
    return pair;
  }

  /** The joint sources of two descriptions made so far, by their phrase's first and end token. */
  private readonly pairs = new Map<string, Tracked>();

  private resolve(source: SourcePhrase): Tracked {
    const ctx = this.ctx;
    const { np } = source;
    const names = this.st.names;
    // "Facebook CEO says" over the story's "Facebook CEO Mark Zuckerberg": a body's title with no
    // name after it is the person the part names with that title at that body
    const holder = titleHolder(this.st, np);
    if (holder >= 0) return personOf(this.st, holder, np);
    // a person's name in the phrase: "Sheriff Ana Okafor", "A Harlow spokeswoman, Tessa Moorcroft"
    const person = personIn(ctx, names, np);
    if (person >= 0)
      return names.kind(person) === 'person'
        ? personOf(this.st, person, np)
        : firstName(this.st, person);
    // "The ship's operator, Nordvik Tankers": the body named in apposition (not the latest one)
    const body = bodyIn(ctx, names, np);
    if (body >= 0) {
      // ("The clinic's operator, Bellweather Care Group, ... The operator said": the same body)
      const t = orgOf(this.st, body);
      this.registry.describedAs(ctx.tokens[np.head]!.lower, t);
      return t;
    }
    const head = np.head;
    const r = names.runAt(head);
    // ("Hill said" after "Sam Hill said": a place word alone that is a person's surname)
    if (ctx.name[head] && r >= 0 && (names.kind(r) !== 'place' || this.surnameOnly(r))) {
      const kind = names.kind(r);
      if (kind === 'organisation' || kind === 'publication') return orgOf(this.st, r);
      return singleName(this.st, r, np);
    }
    return description(this.st, source);
  }

  /** Whether name run `r` is one word, the surname of a person linked or named before. */
  private surnameOnly(r: number): boolean {
    const names = this.st.names;
    if (names.end[r]! - names.start[r]! !== 1) return false;
    if (this.registry.person(names.surname(r))) return true;
    // (or of a person named before who credited nothing: "Jo Park was asked ... Park said")
    const q = names.named(names.key(r), names.start[r]!);
    return q >= 0 && q !== r && names.kind(q) === 'person';
  }

  /** Whether sentence `si` speaks of anonymity or authorisation at all (most do not). */
  private anonymous(si: number): boolean {
    return (this.ctx.sentenceFlags[si]! & F.ANON) !== 0;
  }
}

/**
 * The person run that holds the title at the head of source phrase `np` (`Facebook CEO`: a body's
 * name, then a title, nothing after) at the same body (`Facebook CEO Mark Zuckerberg`), before
 * or after it in the part (a body has one holder of a title at a time); -1 when none.
 */
function titleHolder(st: LinkState, np: NounPhrase): number {
  const names = st.names;
  const ctx = st.ctx;
  const toks = ctx.tokens;
  const h = np.head;
  if (h !== np.end - 1 || h < 1 || !ctx.name[h - 1] || !isTitleWord(toks[h]!)) return -1;
  return names.titledAt(toks[h]!.lower, toks[h - 1]!.lower);
}

/** Counts between `the` and a head: `the two officials`. */
const NUMBERS: ReadonlySet<string> = new Set(['two', 'three', 'four', 'both']);

/** The length of a pronoun's own letters in its token: 1 in `i’d`, 2 in `we've`. */
function pronounLength(word: string): number {
  const cut = word.search(/['\u2019]/);
  return cut > 0 ? cut : word.length;
}
