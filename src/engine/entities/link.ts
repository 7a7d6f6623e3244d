/**
 * The entities pass: after the cues of a text part are found, every source mention is linked to
 * an entity. A name links to the person or body it names (`Okafor` and `Mr. Okafor` to `Sheriff
 * Ana Okafor`, `MSS` to `the Ministry of State Security`); a definite description to the latest
 * matching mention (`the company`, `the report`, `the official`, `the sheriff`); a pronoun to
 * the nearest compatible earlier source or named person; a participle or anonymity cue shares
 * its clause's source. The entity decides whether the source is named.
 */
import type { Context } from '../context';
import { isHeadline, isPunct } from '../context';
import type { Cue } from '../cues/cue';
import {
  agentiveNoun,
  ANONYMITY,
  F,
  GENERIC_SOURCES,
  ROLE_NOUNS,
  ruleWords,
  TEAM_WORDS,
} from '../lexicon';
import type { HeadClass } from '../phrase/head-class';
import { headClass, isPersonClass } from '../phrase/head-class';
import type { NounPhrase } from '../phrase/noun-phrase';
import { describedName } from '../subject/aside';
import type { SourcePhrase } from '../subject/result';
import type { Finding, Named, SourceEntity, SourceType } from '../types';
import { identifyLater } from './delayed';
import type { Gender } from './names';
import { genderOf, isTitleWord, Names } from './names';
import type { Tracked } from './registry';
import { Registry } from './registry';
import type { ReferenceView } from './reference';
import {
  headlinePeopleOf,
  headlineStandsFor,
  referredNamed,
  relatedBodyOnly,
  sourceEnd,
} from './reference';
import { isFirstPerson, quotationAround } from './quoted-speaker';
import { checkMention } from './standards';
import { authorsNoun, squash, wordsHash } from './words';

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

/** The linking state of one text part. */
export class PartLinker {
  private namesOf: Names | null = null;
  /** Per sentence: 1 a headline, -1 not, 0 not asked yet. */
  private headlines: Int8Array | null = null;
  /** Source mentions linked so far in this part: their first token and entity. */
  private readonly toks: number[] = [];
  private readonly tracked: Tracked[] = [];
  /** The entity of each cue of the sentence being linked. */
  private readonly sentenceTracked: (Tracked | null)[] = [];
  /**
   * The entity of each source phrase linked in this part, by head token (an array as long as the
   * part's tokens, not a Map: asked and set for every source, and a Map grew and rehashed its
   * table as the part went on).
   */
  private readonly byHead: (Tracked | undefined)[];
  /** Headline subjects the story may name later (`Ostravan Minister Derides ...`). */
  private readonly pending: Pending[] = [];
  /** Whether a sentence after the latest headline had sources (a new headline then ends it). */
  private body = false;
  /** The first sentence after the latest headline (its lede), -1 before one. */
  private lede = -1;
  /** The entity `description` made last, to tell a new description from a name. */
  private described: Tracked | null = null;
  /** People known only by a first name given in apposition (`her mother, Fiona`). */
  private readonly givenOnly: Tracked[] = [];
  /** A description of this sentence that a longer phrase showed to be a named person. */
  private replaced: Tracked | null = null;

  constructor(
    private readonly ctx: Context,
    private readonly registry: Registry,
  ) {
    this.byHead = new Array<Tracked | undefined>(ctx.tokens.length + 1);
  }

  /**
   * Whether a description that is no source refers to a named entity all the same (`the
   * researchers` of a story that names them): then it is no unnamed actor (./reference.ts).
   */
  refersToNamed(np: NounPhrase): boolean {
    const ref = referredNamed(this.view, np);
    return ref !== null && (typeof ref !== 'object' || ref.entity.named !== false);
  }

  /** The entity of the source phrase with head token `head`, if one was linked. */
  entityAt(head: number): Tracked | undefined {
    return this.byHead[head];
  }

  private get names(): Names {
    return (this.namesOf ??= new Names(this.ctx));
  }

  private viewOf: ReferenceView | null = null;

  /** What ./reference.ts reads of the linking state. */
  private get view(): ReferenceView {
    return (this.viewOf ??= {
      ctx: this.ctx,
      names: this.names,
      registry: this.registry,
      pronoun: (tok, sentence, as) => this.pronoun(tok, sentence, as),
      person: (r) => this.personOf(r, null),
    });
  }

  /**
   * Links the sources of one sentence's cues (sentences in text order) and fills the `source` of
   * each cue's finding (`findings[from + k]` is made from `cues[k]`).
   */
  link(cues: readonly Cue[], findings: readonly Finding[], from: number, sentence: number): void {
    const toks = this.ctx.tokens;
    const s = this.ctx.sentences[sentence]!;
    const headline = this.headline(sentence);
    if (!headline) {
      if (!this.body) this.lede = sentence;
      this.body = true;
    } else if (this.body) {
      // a new story: what the last headline announced is no longer expected
      this.ledeSubjects();
      this.pending.length = 0;
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
        this.described = null;
        t = this.phrase(source);
        a = source.np.start;
        // ("a tally" + "by the Kesh Monitoring Group", "her son" + ", Anders": part of the source)
        b = sourceEnd(this.view, source.np, t.entity.type);
        if (headline) {
          // a headline's description: the story may name it later
          if (t === this.described) this.expect(t, source.np, findings, from, cues.length);
        } else if (this.pending.length > 0) this.claim(t, source.np, sentence === this.lede);
      } else if (pronoun >= 0) {
        t = this.pronoun(pronoun, sentence);
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
      const end = toks[b - 1]!.end;
      if (!t) {
        finding.source = { start, end, named: false };
        continue;
      }
      // (the writer is nobody's antecedent: "I asked him. He said" is not the writer saying)
      if (t !== this.writer) {
        this.registry.touch(t, start);
        this.mentioned(a, t);
      }
      const e = t.entity;
      finding.source = { start, end, named: e.named, type: e.type, entity: e };
      if (e.named !== true)
        checkMention(this.ctx, s, source ? source.np : null, a, t, this.anonymous(sentence));
    }
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
      if (t && t.entity.named !== true)
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
    if (PRONOUNS.has(w.lower)) t = this.pronoun(k, sentence);
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
    for (let q = this.toks.length - 1; q >= 0 && this.toks[q]! >= first; q--)
      if (this.tracked[q] === old) this.tracked[q] = t;
    if (old.first >= this.ctx.tokens[first]!.start) this.registry.merge(old, t);
  }

  /** Keeps headline subject `t` (phrase `np`) to be matched with a later mention in the story. */
  private expect(
    t: Tracked,
    np: NounPhrase,
    findings: readonly Finding[],
    from: number,
    count: number,
  ): void {
    const toks = this.ctx.tokens;
    const words: string[] = [];
    const names: string[] = [];
    for (let k = np.start; k < np.coreEnd; k++) {
      if (toks[k]!.kind !== 'word') continue;
      words.push(toks[k]!.lower);
      if (this.ctx.name[k] && k !== np.head) names.push(toks[k]!.lower);
    }
    const head = singular(toks[np.head]!.lower);
    // (the findings themselves: the sentence's findings are sorted after linking)
    this.pending.push({
      t,
      sentence: this.ctx.sentenceOf[np.head]!,
      opens: np.start === this.ctx.sentences[this.ctx.sentenceOf[np.head]!]!.first,
      head,
      words,
      names,
      findings: findings.slice(from, from + count),
      start: toks[np.start]!.start,
      end: toks[np.end - 1]!.end,
    });
  }

  /**
   * A story's mention `t` (phrase `np`) of what a headline announced: `Ostrava's foreign minister,
   * Radek Holub` for `Ostravan Minister`, `internal testers` for `Testers`, `Northvale Water` for
   * `Water Firm`. The headline's findings then credit `t`, and its own entity is merged away.
   */
  private claim(t: Tracked, np: NounPhrase, lede: boolean): void {
    const pending = this.pending;
    const head = singular(this.ctx.tokens[np.head]!.lower);
    for (let i = 0; i < pending.length; i++) {
      const p = pending[i]!;
      // "Deputies Say" over the lede's "the Brantley County Sheriff's Office said": its people
      if (lede && p.words.length === 1 && headlinePeopleOf(p.t, p.words[0]!, t)) {
        pending.splice(i--, 1);
        this.namedAs(p, 'partial');
        continue;
      }
      if (
        p.t !== t &&
        !sameReferent(p, head, t) &&
        !sameBodysPerson(this.ctx, p, np, t) &&
        // "Sources Say" for the lede's "three people with knowledge of the result told"
        !(lede && sourcesOfLede(p, t)) &&
        // "Audit Finds" for the story's named report, "Network Says" for the lede's "CNB said"
        !headlineStandsFor(p.t, p.words.length, t, lede, p.opens)
      )
        continue;
      pending.splice(i--, 1);
      this.standFor(p, t);
    }
  }

  /** Headline subject `p` is the story's entity `t`: its findings credit `t`. */
  private standFor(p: Pending, t: Tracked): void {
    // (the story referring back to the headline's own entity: nothing to merge)
    if (p.t === t) return;
    this.registry.merge(p.t, t);
    // a headline subject the story names is no unnamed actor ("District Data Show ...")
    if (t.entity.named === true) this.registry.retract(p.start, p.end);
    const e = t.entity;
    for (const f of p.findings) {
      const src = f.source;
      if (src?.entity !== p.t.entity) continue;
      src.named = e.named;
      src.type = e.type;
      src.entity = e;
    }
  }

  /**
   * At the end of a story, the one-word headline subjects no source of the story claimed
   * (`Regulator cites ...`): the body named at the start of the story's first sentence, though no
   * cue credits it there (`The National Medicines Board has issued a warning letter to ...`).
   */
  private ledeSubjects(): void {
    const pending = this.pending;
    for (let i = 0; i < pending.length; i++) {
      const p = pending[i]!;
      if (p.words.length !== 1 || p.t.merged || p.t.entity.named !== false) continue;
      const r = this.subjectNameAt(this.storyStart(p.sentence));
      if (r < 0) continue;
      const t = this.orgOf(r);
      if (headlinePeopleOf(p.t, p.words[0]!, t)) this.namedAs(p, 'partial');
      else if (headlineStandsFor(p.t, 1, t, true, p.opens)) this.standFor(p, t);
      else continue;
      pending.splice(i--, 1);
    }
  }

  /** The first sentence after headline sentence `si` that is no headline, or -1. */
  private storyStart(si: number): number {
    const n = this.ctx.sentences.length;
    let q = si + 1;
    while (q < n && this.headline(q)) q++;
    return q < n ? q : -1;
  }

  /**
   * The run of the organisation's name that opens sentence `si` as its subject (`The National
   * Medicines Board has issued`, `Acme fined`), or -1.
   */
  private subjectNameAt(si: number): number {
    if (si < 0) return -1;
    const ctx = this.ctx;
    const toks = ctx.tokens;
    const s = ctx.sentences[si]!;
    const k = toks[s.first]!.lower === 'the' ? s.first + 1 : s.first;
    const r = ctx.name[k] ? this.names.runAt(k) : -1;
    if (r < 0 || this.names.start[r] !== k || this.names.kind(r) !== 'organisation') return -1;
    const v = toks[this.names.end[r]!];
    if (!v || v.kind !== 'word' || ctx.name[this.names.end[r]!]) return -1;
    if ((v.f & (F.AUX | F.BE | F.REPORT)) !== 0) return r;
    return (v.f & (F.PREP | F.CONJ | F.DET | F.PRON)) === 0 && /(?:ed|s)$/.test(v.lower) ? r : -1;
  }

  /**
   * After the part's last sentence: the descriptions the story identifies later are the named
   * entity, or named (./delayed.ts). Their findings (`findings` from index `from`, this part's)
   * follow, and an `unnamed` finding on their words is withdrawn.
   */
  finish(findings: readonly Finding[], from: number): void {
    this.ledeSubjects();
    const later = identifyLater({
      ctx: this.ctx,
      names: this.names,
      registry: this.registry,
      toks: this.toks,
      tracked: this.tracked,
      lede: (si) => !this.headline(si) && (si === 0 || this.headline(si - 1)),
    });
    if (later.merges.length === 0 && later.named.length === 0) return;
    // "The study, published in the Journal of X,": the mention that names it is no repeat of an
    // unnamed source
    for (let i = 0; i < later.naming.length; i += 2)
      this.registry.retract(later.naming[i]!, later.naming[i + 1]!);
    const into = new Map<SourceEntity, SourceEntity>();
    for (const [a, b] of later.merges) {
      // "contractor tells bribery trial" over "A construction executive told jurors ... Leonard
      // Brisco ... testified": the headline's person is the lede's, whom the story names
      const p = this.ledePerson(a);
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

  /**
   * The headline person still unclaimed (`contractor tells`, one word) that stands for `a`, the
   * person the lede describes first (`A construction executive told`), if any.
   */
  private ledePerson(a: Tracked): Pending | null {
    if (this.pending.length !== 1 || this.lede < 0) return null;
    const p = this.pending[0]!;
    if (p.words.length !== 1 || p.t.merged || p.t.entity.named !== false) return null;
    if (p.t.entity.type !== 'person' || a.entity.type !== 'person') return null;
    const s = this.ctx.sentences[this.lede]!;
    const toks = this.ctx.tokens;
    if (a.first < toks[s.first]!.start || a.first > toks[s.last - 1]!.end) return null;
    // (the lede's first source)
    const q = this.tracked.indexOf(a);
    return q >= 0 && (q === 0 || this.tracked[q - 1] === p.t) ? p : null;
  }

  mentioned(tok: number, t: Tracked): void {
    this.toks.push(tok);
    this.tracked.push(t);
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
      const r = personIn(this.ctx, this.names, np);
      if (r < 0) return seen;
      const person = this.personOf(r, np);
      this.byHead[np.head] = person;
      this.replaced = seen;
      return person;
    }
    // "Lind and Moorcroft said": two people, one source for both, not the second alone
    const pair = this.personPair(np);
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
    const t = known ?? this.resolve(source);
    this.byHead[np.head] = t;
    if (name && !known && t.entity.named === true && t.entity.type !== 'unknown')
      this.registry.setByName(first, last, t);
    return t;
  }

  private resolve(source: SourcePhrase): Tracked {
    const ctx = this.ctx;
    const { np } = source;
    const names = this.names;
    // a person's name in the phrase: "Sheriff Ana Okafor", "A Harlow spokeswoman, Tessa Moorcroft"
    const person = personIn(ctx, names, np);
    if (person >= 0)
      return names.kind(person) === 'person' ? this.personOf(person, np) : this.firstName(person);
    // "The ship's operator, Nordvik Tankers": the body named in apposition (not the latest one)
    const body = bodyIn(ctx, names, np);
    if (body >= 0) {
      // ("The clinic's operator, Bellweather Care Group, ... The operator said": the same body)
      const t = this.orgOf(body);
      this.registry.setHead(ctx.tokens[np.head]!.lower, t);
      return t;
    }
    const head = np.head;
    const r = names.runAt(head);
    if (ctx.name[head] && r >= 0 && names.kind(r) !== 'place') {
      const kind = names.kind(r);
      if (kind === 'organisation' || kind === 'publication') return this.orgOf(r);
      return this.singleName(r, np);
    }
    return this.description(source);
  }

  /**
   * The two people a phrase of two names joined by `and` names (`Mara Lind and Tessa Moorcroft`,
   * `Lind and Moorcroft` after both were met), as one group named after both; null for any other
   * phrase.
   */
  private personPair(np: NounPhrase): Tracked | null {
    const names = this.names;
    const toks = this.ctx.tokens;
    const b = names.runAt(np.end - 1);
    if (b < 0 || names.end[b] !== np.end) return null;
    const and = names.start[b]! - 1;
    if (and <= np.start || toks[and]!.lower !== 'and') return null;
    const a = names.runAt(and - 1);
    if (a < 0 || names.start[a] !== np.start || names.end[a] !== and) return null;
    if (!this.isPerson(a) || !this.isPerson(b)) return null;
    const first = this.personOf(a, null);
    const second = this.personOf(b, null);
    // (one person twice is no pair: a photo credit run into the text, "Apple Nintendo and Apple")
    if (first === second) return null;
    const name = `${first.entity.name} and ${second.entity.name}`;
    return this.registry.create(name, true, 'group', toks[np.start]!.start);
  }

  /** Whether run `r` names a person: by its kind, or a surname met before as a person's. */
  private isPerson(r: number): boolean {
    const names = this.names;
    if (names.kind(r) === 'person') return true;
    if (names.end[r]! - names.start[r]! !== 1) return false;
    return this.fullerName(r) !== r || !!this.registry.person(names.surname(r));
  }

  /** The entity of the person named by run `r`, met in phrase `np`. */
  private personOf(r: number, np: NounPhrase | null): Tracked {
    const names = this.names;
    const surname = names.surname(r);
    const words = names.end[r]! - names.start[r]!;
    const first = words > 1 ? this.ctx.tokens[names.start[r]!]!.lower : '';
    let known = this.registry.person(surname, first);
    // (a first name known alone is no surname: "her brother, Tomas" is not "Mila Tomas")
    if (known && first && this.givenOnly.includes(known)) known = undefined;
    known ??= this.fullNameOf(first, surname, r);
    if (known) {
      // "Ana Okafor" after "Okafor": the fuller name is the display name
      if (first && !known.given) {
        this.registry.named(known, first);
        known.entity.name = names.text(r);
      }
      if (!known.gender) known.gender = names.gender(r);
      const before = names.titleBefore(r);
      if (before) this.registry.setHead(before, known);
      return known;
    }
    const at = this.ctx.tokens[names.start[r]!]!.start;
    const title = names.title(r);
    const full = words > 1 ? r : this.fullerName(r);
    const t = this.registry.create(names.text(full), true, 'person', at, {
      surname,
      given:
        names.end[full]! - names.start[full]! > 1 ? this.ctx.tokens[names.start[full]!]!.lower : '',
      gender: names.gender(full) || names.gender(r),
      head: title,
    });
    if (np) {
      // "A Harlow spokeswoman, Tessa Moorcroft": a later "the spokeswoman" is her
      const h = this.ctx.tokens[np.head]!;
      if (!this.ctx.name[np.head] && isTitleWord(h)) this.registry.setHead(h.lower, t);
    }
    return t;
  }

  /**
   * The person a lone first name in apposition names (`her mother, Fiona`), known by it until
   * the story gives the full name (no other person's surname: a later `Mila Tomas` is not the
   * `Tomas` of `her brother, Tomas`).
   */
  private firstName(r: number): Tracked {
    const names = this.names;
    const word = names.surname(r);
    const met = this.givenOnly.find((g) => g.surname === word && !g.merged);
    if (met) return met;
    const at = this.ctx.tokens[names.start[r]!]!.start;
    const gender = names.gender(r);
    const t = this.registry.create(names.text(r), true, 'person', at, { surname: word, gender });
    this.givenOnly.push(t);
    return t;
  }

  /**
   * The person known so far by first name `first` alone ("her mother, Fiona"), whom the full
   * name of run `r` ("Fiona Parry") now names; undefined when there is none.
   */
  private fullNameOf(first: string, surname: string, r: number): Tracked | undefined {
    if (!first) return undefined;
    const t = this.givenOnly.find((g) => g.surname === first && !g.merged);
    if (!t) return undefined;
    this.givenOnly.splice(this.givenOnly.indexOf(t), 1);
    this.registry.renamed(t, surname, first);
    t.entity.name = this.names.text(r);
    return t;
  }

  /** An earlier run of this part naming the same person more fully (`Ana Okafor` for `Okafor`). */
  private fullerName(r: number): number {
    const names = this.names;
    const q = names.named(names.surname(r), names.start[r]!);
    return q >= 0 && names.kind(q) === 'person' && names.end[q]! - names.start[q]! > 1 ? q : r;
  }

  /** The entity of the organisation or publication named by run `r`. */
  private orgOf(r: number): Tracked {
    const names = this.names;
    const key = names.key(r);
    const known = this.registry.org(key);
    if (known) return known;
    const at = this.ctx.tokens[names.start[r]!]!.start;
    const t = this.registry.create(names.text(r), true, 'organisation', at, { orgKey: key });
    // "the Ministry of State Security (MSS)": the acronym names it too
    const toks = this.ctx.tokens;
    const e = names.end[r]!;
    if (toks[e]?.lower === '(' && toks[e + 2]?.lower === ')')
      this.registry.addOrg(toks[e + 1]!.lower, t);
    return t;
  }

  /** A one-word name (`Okafor`, `Crispin`, `MSS`): a known person, body or acronym, or new. */
  private singleName(r: number, np: NounPhrase): Tracked {
    const names = this.names;
    const word = names.key(r);
    const known = this.registry.person(names.surname(r)) ?? this.registry.org(word);
    if (known) return known;
    const run = names.acronym(word);
    if (run >= 0) return this.orgOf(run);
    // an earlier name of this part: "Sheriff Ana Okafor arrived. ... Okafor said", "Crispin
    // Snacks ... Crispin said"
    const q = names.named(word, names.start[r]!);
    if (q >= 0 && q !== r) return names.kind(q) === 'person' ? this.personOf(q, np) : this.orgOf(q);
    if (names.kind(r) === 'person') return this.personOf(r, np);
    const at = this.ctx.tokens[names.start[r]!]!.start;
    return this.registry.create(names.text(r), true, 'unknown', at, { orgKey: word });
  }

  /** A description: a definite one refers back (`the company`, `the official`), else new. */
  private description(source: SourcePhrase): Tracked {
    const ctx = this.ctx;
    const { np } = source;
    let named = source.named;
    // "The company's union": a body known only by its tie to a named one
    if (named === true && relatedBodyOnly(ctx, np)) named = false;
    const toks = ctx.tokens;
    const head = toks[np.head]!.lower;
    const cls = headClass(ctx, np.head);
    const det = toks[np.start]!.lower;
    const at = toks[np.start]!.start;
    const text = (): string => squash(ctx.text.slice(at, toks[np.end - 1]!.end));
    const person = isPersonClass(cls);
    // "Sheriff Says ..." over a story about "Sheriff Ana Okafor": a headline's role is the
    // person the story names with it
    if (person && this.headline(ctx.sentenceOf[np.head]!)) {
      const run = this.titled(head, ctx.tokens.length);
      if (run >= 0) return this.personOf(run, null);
    }
    if (DEFINITE.has(det) && np.head === np.coreEnd - 1) {
      const back = this.backReference(np, head, cls);
      // "Coast Guard Says" and the lede's "the Coast Guard said": the story's definite mention
      // names the body the headline announced
      if (back && named === true && back.entity.named === false) this.identified(back);
      // ("Archaeologists Say" then "The archaeologists say" after a study in a named journal:
      // the study's authors, whom the headline announced; see below)
      if (back && !(authorsNoun(head) && this.pendingUnnamed(back))) return back;
    }
    // "The authors", "its researchers": the authors of the study the story relies on
    if (authorsNoun(head) && (DEFINITE.has(det) || det === 'its' || det === 'their')) {
      const doc = this.registry.latestNamedDocument() ?? this.studyPublishedBefore(np.start);
      if (doc) {
        const t = this.registry.create(text(), 'partial', 'group', at, { head });
        this.registry.setHead(head, t);
        return t;
      }
    }
    // "a team of archaeologists argues in a paper published ... in the Journal of X"
    if (named === false && this.researchersOfStudy(np)) named = 'partial';
    // "the man allegedly told officers" after "A 34-year-old man has been charged": a repeat
    // of an unnamed description that credited nothing yet
    if (DEFINITE.has(det) && this.registry.unnamedBefore(head, at)) named = false;
    // "One", "His lawyer", "the research": named by what they refer to
    if (named !== true) {
      const ref = referredNamed(this.view, np);
      if (typeof ref === 'object' && ref) return ref;
      if (ref !== null) named = ref;
    }
    // "The other employee", "the officer" after "Two Corvid employees": one of a group of a named
    // body, as named as the group (decision 23 of the labelled sets)
    // "Another official" after "A senior administration official": one more of the same body;
    // "One nurse" after "Several nurses at the hospital": one of them
    if (
      named === false &&
      (DEFINITE.has(det) || det === 'another' || det === 'one') &&
      np.head === np.coreEnd - 1
    ) {
      const group = this.registry.byHead(`${head}s`);
      const same = det === 'another' ? this.registry.byHead(head) : undefined;
      if (
        (group && group.entity.type === 'group' && group.entity.named === 'partial') ||
        same?.entity.named === 'partial'
      )
        named = 'partial';
    }
    // "the decision", "the minutes", "its latest accounts" in a story that names a body: that
    // body's document (decisions 14 and 15), unless an unnamed one of its kind came before; with
    // `the`, only what a body issues itself ("the indictment", "the lawsuit", "the letter" may
    // come from anyone); bare, or said to be published, too ("minutes of the meeting", "a
    // summary ... released on Tuesday"; not "a report published on Tuesday")
    if (
      named !== true &&
      (cls === 'document' || BODY_DOCUMENTS.has(head)) &&
      (det === 'its' ||
        det === 'their' ||
        (BODY_DOCUMENTS.has(head) &&
          (det === 'the' || np.start === np.head || publishedUnsigned(ctx, np)))) &&
      !this.unnamedBefore(head, at) &&
      this.bodyNamedBefore(np.start)
    )
      named = true;
    // "In a memo to staff, Chief Executive Ana Ruiz wrote that ... The memo said", "The agency
    // has issued a warning letter ... The letter says": the document a named source of the
    // sentences before wrote in or issued (decision 43 of the labelled sets)
    if (named === false && det === 'the' && cls === 'document' && this.writtenIn(np, head))
      named = true;
    // "In a statement, Acme said the 52-week study showed no benefit": a definite document in
    // what a named body credited before it in its sentence says is that body's (its trial, its
    // audit), unless an unnamed one of its kind came before
    if (
      named === false &&
      det === 'the' &&
      cls === 'document' &&
      !this.unnamedBefore(head, at) &&
      this.bodyCreditedBefore(np.start)
    )
      named = true;
    // "Officials said ... officials also said": a plural or bare description, word for word
    const indefinite = INDEFINITE_SINGULAR.has(det);
    const key = indefinite ? 0 : wordsHash(ctx.text, at, toks[np.end - 1]!.end);
    if (!indefinite) {
      const same = this.registry.byText(key);
      if (same) return same;
    }
    const type = typeOf(cls, head, np.head === np.start ? '' : det);
    const t = this.registry.create(text(), named, type, at, { head });
    this.described = t;
    if (!indefinite) this.registry.setText(key, t);
    const g = genderOf(head);
    if (g) t.gender = g;
    return t;
  }

  /** Whether `t` is a headline's unnamed subject the story has yet to identify. */
  private pendingUnnamed(t: Tracked): boolean {
    return t.entity.named === false && this.pending.some((p) => p.t === t);
  }

  /**
   * Whether an unnamed source with head `head` was met before offset `at`, other than a headline's
   * subject the story has yet to identify (`Minutes Show ...` before `minutes of the meeting`).
   */
  private unnamedBefore(head: string, at: number): boolean {
    if (!this.registry.unnamedBefore(head, at)) return false;
    const t = this.registry.byHead(head);
    return !t || !this.pending.some((p) => p.t === t);
  }

  /** Headline subject `p`, no longer pending, is `named` after all: so are its findings. */
  private namedAs(p: Pending, named: Named): void {
    const e = p.t.entity;
    e.named = named;
    for (const f of p.findings) if (f.source?.entity === e) f.source.named = named;
  }

  /**
   * Headline subject `t`, still pending, turns out named: its entity is, its findings follow and
   * its `unnamed` finding is withdrawn.
   */
  private identified(t: Tracked): void {
    const i = this.pending.findIndex((p) => p.t === t);
    if (i < 0) return;
    const p = this.pending[i]!;
    this.pending.splice(i, 1);
    t.entity.named = true;
    delete t.entity.anonymity;
    this.registry.retract(p.start, p.end);
    for (const f of p.findings) if (f.source?.entity === t.entity) f.source.named = true;
  }

  /**
   * Whether a study the story places in a named journal stands before token `k`, though no cue
   * credits it (`a paper published on Wednesday in the Journal of X`, `a study in Nature`): the
   * study whose authors `the authors` are.
   */
  private studyPublishedBefore(k: number): boolean {
    for (let q = k - 1; q >= 0 && q >= k - STUDY_REACH; q--) if (this.studyIn(q, k)) return true;
    return false;
  }

  /**
   * Whether the source phrase `np` is researchers whose cue places their study in a named journal
   * in the same sentence: `a team of archaeologists argues in a paper published on Wednesday in
   * the Journal of X` (the authors of a named study, like `the authors` after it).
   */
  private researchersOfStudy(np: NounPhrase): boolean {
    const ctx = this.ctx;
    const toks = ctx.tokens;
    const head = toks[np.head]!.lower;
    let people = np.head;
    // "a team of archaeologists", "a group of scientists"
    if (RESEARCH_GROUPS.has(head) && toks[np.head + 1]?.lower === 'of') people = np.end - 1;
    const who = toks[people]!.lower;
    if (!authorsNoun(who) && !(headClass(ctx, people) === 'occupation' && who.endsWith('s')))
      return false;
    const s = ctx.sentences[ctx.sentenceOf[np.head]!]!;
    for (let q = np.end; q < s.last; q++) if (this.studyIn(q, s.last)) return true;
    return false;
  }

  /** Whether a study noun at token `q` is placed in a named journal before token `limit`. */
  private studyIn(q: number, limit: number): boolean {
    const toks = this.ctx.tokens;
    if (!STUDY_HEADS.has(toks[q]!.lower) || this.ctx.name[q]) return false;
    for (let p = q + 1; p < q + STUDY_TAIL && p < limit; p++) {
      const w = toks[p]!;
      if (w.kind === 'punct' && w.lower !== ',') break;
      if (w.lower !== 'in') continue;
      const n = toks[p + 1]?.lower === 'the' ? p + 2 : p + 1;
      const r = this.ctx.name[n] ? this.names.runAt(n) : -1;
      if (r < 0) continue;
      const kind = this.names.kind(r);
      if (kind === 'publication' || kind === 'organisation') return true;
      // "the Journal of Prehistoric Studies", "the Harbour Review": a name of several words,
      // or with an `of` part, that is no place, person or date
      const e = this.names.end[r]!;
      const long =
        e - this.names.start[r]! > 1 || (toks[e]?.lower === 'of' && !!this.ctx.name[e + 1]);
      if (kind === 'unknown' && long) return true;
    }
    return false;
  }

  /**
   * Whether a named source wrote or issued the document `np` (head `head`) refers back to, in its
   * sentence or the two before: `In a Slack message to staff, Chief Executive Ana Ruiz wrote`,
   * `Acme told staff in a memo that`, `The Tarn Medicines Agency has issued a warning letter`.
   */
  private writtenIn(np: NounPhrase, head: string): boolean {
    const ctx = this.ctx;
    const toks = ctx.tokens;
    const si = ctx.sentenceOf[np.start]!;
    const floor = ctx.sentences[Math.max(0, si - 2)]!.first;
    for (let h = np.start - 1; h > floor; h--) {
      if (toks[h]!.lower !== head || ctx.name[h]) continue;
      // `a` and at most two modifiers before the head: "a warning letter", "a Slack message"
      let d = h - 1;
      while (d > floor && d >= h - 3 && !INDEFINITE_SINGULAR.has(toks[d]!.lower)) {
        if (toks[d]!.kind !== 'word') break;
        d--;
      }
      if (!INDEFINITE_SINGULAR.has(toks[d]!.lower)) continue;
      const before = toks[d - 1];
      if (before?.lower === 'in') return this.namedSourceIn(ctx.sentenceOf[d]!);
      if (before && ISSUED.has(before.lower)) return this.namedIssuer(d - 1);
      return false;
    }
    return false;
  }

  /**
   * Whether a cue of token `k`'s sentence credits a named organisation before it (a source
   * linked so far).
   */
  private bodyCreditedBefore(k: number): boolean {
    const toks = this.ctx.tokens;
    const s = this.ctx.sentences[this.ctx.sentenceOf[k]!]!;
    const from = toks[s.first]!.start;
    const to = toks[k]!.start;
    for (let q = this.tracked.length - 1; q >= 0; q--) {
      const t = this.tracked[q]!;
      const at = toks[this.toks[q]!]!.start;
      if (at < from) break;
      if (at < to && t.entity.named === true && t.entity.type === 'organisation') return true;
    }
    return false;
  }

  /** Whether sentence `si` credits a named person or body (a cue's source linked so far). */
  private namedSourceIn(si: number): boolean {
    const toks = this.ctx.tokens;
    const s = this.ctx.sentences[si]!;
    const from = toks[s.first]!.start;
    const to = toks[s.last - 1]!.end;
    for (let q = this.tracked.length - 1; q >= 0; q--) {
      const t = this.tracked[q]!;
      const at = toks[this.toks[q]!]!.start;
      if (at < from) break;
      if (at < to && t.entity.named === true && t.entity.type !== 'document') return true;
    }
    return false;
  }

  /**
   * Whether the verb of issuing at token `v` (`issued`, `has sent`) has a named subject right
   * before it: `The Tarn Medicines Agency has issued`, `Acme sent` (not a place: `Ohio issued`).
   */
  private namedIssuer(v: number): boolean {
    const ctx = this.ctx;
    let k = v - 1;
    while (k >= 0 && ctx.tokens[k]!.kind === 'word' && ISSUE_AUX.has(ctx.tokens[k]!.lower)) k--;
    if (k < 0 || !ctx.name[k]) return false;
    const r = this.names.runAt(k);
    if (r < 0 || this.names.end[r] !== k + 1) return false;
    const kind = this.names.kind(r);
    return kind === 'organisation' || kind === 'publication' || kind === 'person';
  }

  /** Whether the story named an organisation before token `k`. */
  private bodyNamedBefore(k: number): boolean {
    if (this.names.organisation(k) >= 0) return true;
    const org = this.registry.latest('organisation');
    return !!org && org.entity.named === true;
  }

  /** The latest source mention of a named organisation `the company` may stand for. */
  private latestCompany(except?: Tracked): Tracked | undefined {
    for (let q = this.tracked.length - 1; q >= 0; q--) {
      const t = this.tracked[q]!;
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
  private citedIn(k: number): Tracked | undefined {
    const toks = this.ctx.tokens;
    const si = this.ctx.sentenceOf[k];
    for (let q = this.tracked.length - 1; q >= 0; q--) {
      const m = this.toks[q]!;
      if (this.ctx.sentenceOf[m] !== si) return undefined;
      if (m < k && toks[m - 1]?.lower === 'as') return this.tracked[q];
    }
    return undefined;
  }

  /** What a definite description refers back to, if the text has it. */
  private backReference(np: NounPhrase, head: string, cls: HeadClass): Tracked | null {
    const ctx = this.ctx;
    const names = this.names;
    const before = ctx.tokens[np.start]!.start;
    if (cls === 'organisation') {
      // "the ministry" after "the Ministry of State Security"; "the company" after "Acme Corp."
      // ("the company" is no union or ministry named before)
      const any = COMPANY_HEADS.has(head);
      const name = any ? this.registry.latestUnknownName() : undefined;
      let known = any
        ? this.registry.latest('organisation')
        : this.registry.latestOrganisation(head);
      // (the latest company that spoke, past a city or a union met since, unless a name of no
      // known kind spoke after it)
      if (any && known && !companyLike(known.orgKey || known.head, !known.orgKey)) {
        known = this.latestCompany();
        if (known && name && name.last > known.last) known = undefined;
      }
      // ("As Mashable reports, the company announced": the outlet an aside cites is not it)
      const cited = any ? this.citedIn(np.start) : undefined;
      if (cited) {
        const topic = this.latestCompany(cited);
        if (topic) return topic;
      }
      // ("Company Says" in a headline, then "StrideWell said": the company is the name)
      if (known && known.entity.named !== true && name && name.last > known.last) known = undefined;
      let run = any
        ? names.organisation(np.start, '', (r) => companyLike(names.key(r)))
        : names.organisation(np.start, head);
      // "the club", "the side" after "Ashbury Rovers": the latest sports club named (not "the
      // Portuguese club", maybe another)
      if (run < 0 && TEAM_HEADS.has(head) && np.head === np.start + 1)
        run = names.organisation(np.start, '', (r) =>
          TEAM_WORDS.has(ctx.tokens[names.end[r]! - 1]!.lower),
        );
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
      if (run >= 0) return this.orgOf(run);
      // "StrideWell said ... the company disclosed": no organisation was named, but a name of
      // no known kind spoke before; the company is that name
      if (name && name.last < before) {
        name.entity.type = 'organisation';
        return name;
      }
      return null;
    }
    if (cls === 'document') return this.registry.latestDocument(head) ?? null;
    // "Both sources", "the people" after "two people familiar with the talks": source nouns
    // refer to the latest unnamed source of their number
    if (GENERIC_SOURCES.has(head)) {
      const plural = head.endsWith('s') || head === 'people';
      const t = this.registry.latest(plural ? 'group' : 'person');
      // (a source of the same kind or a role, not the workforce or public of a story: "Farmers
      // said ... Both sources said" are others)
      if (t && t.entity.named === false && (GENERIC_SOURCES.has(t.head) || ROLE_NOUNS.has(t.head)))
        return t;
    }
    // "the official" after "a senior official"; "the sheriff" after "Sheriff Ana Okafor"
    const known = this.registry.byHead(head);
    const run = this.titled(head, np.start);
    const runAt = run >= 0 ? ctx.tokens[names.start[run]!]!.start : -1;
    if (known && known.last >= runAt && known.last < before) return known;
    return run >= 0 ? this.personOf(run, null) : (known ?? null);
  }

  /** Whether sentence `si` speaks of anonymity or authorisation at all (most do not). */
  private anonymous(si: number): boolean {
    return (this.ctx.sentenceFlags[si]! & F.ANON) !== 0;
  }

  /** Whether sentence `si` is a headline (asked once per sentence). */
  private headline(si: number): boolean {
    const known = (this.headlines ??= new Int8Array(this.ctx.sentences.length))[si]!;
    if (known) return known > 0;
    const yes = isHeadline(this.ctx, this.ctx.sentences[si]!);
    this.headlines[si] = yes ? 1 : -1;
    return yes;
  }

  /** The latest person named before token `limit` with title or role `head`, or -1. */
  private titled(head: string, limit: number): number {
    return this.names.titled(head, limit);
  }

  /**
   * The entity a pronoun subject refers to, or null when the text does not say. `as`: the
   * pronoun a possessive stands for (`he` for `his`).
   */
  pronoun(tok: number, sentence: number, as?: string): Tracked | null {
    const w = this.ctx.tokens[tok]!.lower;
    // "when I asked him": outside any quotation, the first person is the story's writer, a
    // named source (the byline), not an anonymous one; inside one it is the speaker's
    // ("we" too: "a time when we might have read", "We reported last week": the writer, with the
    // readers or the paper, no unnamed source)
    // (and their contractions: "something I’d never say", "We’ve argued that")
    if (!as && isFirstPerson(w) && !quotationAround(this.ctx, tok)) return this.writerAt(tok);
    const want: Want | undefined = PRONOUNS.get(as ?? OBJECT_FORMS.get(w) ?? w);
    if (!want) return null;
    const t = this.antecedent(tok, sentence, want);
    // "A source told The Sun ... the manager refused to be drawn. ... he told BBC Sport": a
    // person described since, who gave no cue, is nearer than any source; better no entity
    // than the wrong one
    if (t && want.type === 'person' && this.describedSince(t, tok, sentence)) return null;
    return t;
  }

  /** The story's writer, made on the first first-person cue outside a quotation. */
  private writer: Tracked | null = null;

  private writerAt(tok: number): Tracked {
    this.writer ??= this.registry.create(
      'the writer',
      true,
      'person',
      this.ctx.tokens[tok]!.start,
      {},
      false,
    );
    return this.writer;
  }

  /**
   * Whether a definite description of a person (`the manager`) other than `t`'s stands between
   * `t`'s latest mention and token `tok`, in `tok`'s sentence or the one before, outside quotations.
   */
  private describedSince(t: Tracked, tok: number, sentence: number): boolean {
    const ctx = this.ctx;
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

  /** The entity a pronoun wanting `want` refers to, nearest first (see `pronoun`). */
  private antecedent(tok: number, sentence: number, want: Want): Tracked | null {
    const ctx = this.ctx;
    const names = this.names;
    const floor = ctx.sentences[Math.max(0, sentence - 3)]!.first;
    // a pronoun prefers the latest source of this or the previous sentence (a subject) over a
    // name met as an object: "Lenz said she raised it with Brisco. “He laughed,” she said";
    // "The agency warned buyers off Zelfex. “Do not take it,” it said"
    const near = ctx.sentences[Math.max(0, sentence - 1)]!.first;
    for (let q = this.toks.length - 1; q >= 0 && this.toks[q]! >= near; q--) {
      const t = this.tracked[q]!;
      const at = this.toks[q]!;
      if (ctx.sentenceOf[at] === sentence && quoted(ctx, at)) continue;
      if (fits(t.entity.type, t.gender, want)) return this.bind(t, want);
    }
    // walk back over the part's source mentions and names, the nearest first
    let m = this.toks.length - 1;
    let r = this.nameBefore(tok, floor);
    while (m >= 0 || r >= 0) {
      const mt = m >= 0 ? this.toks[m]! : -1;
      const rt = r >= 0 ? names.start[r]! : -1;
      const at = Math.max(mt, rt);
      if (at < floor) break;
      // a name inside a quotation of the same sentence is no antecedent ("'We told Smith,' he said")
      const skip = ctx.sentenceOf[at] === sentence && quoted(ctx, at);
      if (mt >= rt) {
        const t = this.tracked[m]!;
        m--;
        if (!skip && fits(t.entity.type, t.gender, want)) return this.bind(t, want);
      } else {
        let q = r;
        r = this.nameBefore(names.from[q]!, floor);
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
          const t = this.personOf(q, null);
          if (fitsGender(t.gender, want)) return this.bind(t, want);
        } else if (want.type !== 'person' && (kind === 'organisation' || kind === 'publication'))
          return this.orgOf(q);
        else if (want.type !== 'person' && kind === 'unknown') {
          // "Corvane has been defending its fares. It has now promised": a name of no known kind
          // the story has already found to be a company ("Corvane said ... the company said")
          const known = this.registry.org(names.key(q));
          if (known?.entity.type === 'organisation') return known;
        }
      }
    }
    return null;
  }

  /** The run of the nearest name ending before token `k`, down to token `floor`, or -1. */
  private nameBefore(k: number, floor: number): number {
    const name = this.ctx.name;
    for (let q = k - 1; q >= floor; q--) if (name[q]) return this.names.runAt(q);
    return -1;
  }

  private bind(t: Tracked, want: Want): Tracked {
    if (want.gender && !t.gender) t.gender = want.gender;
    return t;
  }
}

/** A headline's subject waiting for the story to say who it is. */
interface Pending {
  t: Tracked;
  /** The headline's sentence, and whether the phrase opens it. */
  sentence: number;
  opens: boolean;
  /** The phrase's head, singular (`minister`, `tester`), and its words (`water`, `firm`). */
  head: string;
  words: string[];
  /** Its names before the head (`dunmore` of `Dunmore Boss`). */
  names: string[];
  /** Its offsets in the text. */
  start: number;
  end: number;
  /** The headline's cue findings (those that credit `t` are moved to the story's entity). */
  findings: readonly Finding[];
}

/** A noun without a plural `s` (`testers` to `tester`; not `press`). */
function singular(w: string): string {
  return w.length > 3 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w;
}

/**
 * Whether story mention `t` with head `head` is what headline subject `p` stands for: the same
 * head noun and a kind of entity that fits, or a body named with one of its words (`Water Firm`
 * and `Northvale Water`).
 */
function sameReferent(p: Pending, head: string, t: Tracked): boolean {
  if (t.merged) return false;
  const want = p.t.entity.type;
  const type = t.entity.type;
  const fit =
    want === type ||
    ((want === 'person' || want === 'group') && (type === 'person' || type === 'group')) ||
    want === 'unknown';
  if (!fit) return false;
  if (head === p.head) return true;
  if (type !== 'organisation' || !t.orgKey || (want !== 'organisation' && want !== 'group'))
    return false;
  const key = ` ${t.orgKey} `;
  return p.words.some((w) => key.includes(` ${w} `));
}

/**
 * Whether the lede's unnamed person or group `t` is what a headline's bare source noun (`Sources
 * Say`, `Insider Says`) stands for, whatever its head: the story's first anonymous source.
 */
function sourcesOfLede(p: Pending, t: Tracked): boolean {
  if (p.words.length !== 1 || !GENERIC_SOURCES.has(p.head) || t.merged) return false;
  const type = t.entity.type;
  return t.entity.named === false && (type === 'person' || type === 'group');
}

/**
 * Whether story mention `t` (phrase `np`) is the person headline subject `p` stands for by a
 * name they share: `Dunmore Boss` and `Dunmore Rovers manager Tomasz Wierzbicki`.
 */
function sameBodysPerson(ctx: Context, p: Pending, np: NounPhrase, t: Tracked): boolean {
  if (p.names.length === 0 || t.merged || p.t.entity.type !== 'person') return false;
  if (t.entity.type !== 'person' || t.entity.named !== true) return false;
  const toks = ctx.tokens;
  for (let k = np.start; k < np.end; k++)
    if (ctx.name[k] && p.names.includes(toks[k]!.lower)) return true;
  return false;
}

/** A pronoun's subject form for its object form: `according to her` stands for `she`. */
const OBJECT_FORMS: ReadonlyMap<string, string> = new Map([
  ['her', 'she'],
  ['him', 'he'],
  ['them', 'they'],
]);

/** Counts between `the` and a head: `the two officials`. */
const NUMBERS: ReadonlySet<string> = new Set(['two', 'three', 'four', 'both']);

/** What a pronoun can refer to. */
interface Want {
  type: 'person' | 'group' | 'thing';
  gender: Gender;
}

const PRONOUNS: ReadonlyMap<string, Want> = new Map<string, Want>([
  ['he', { type: 'person', gender: 'm' }],
  ['she', { type: 'person', gender: 'f' }],
  ['they', { type: 'group', gender: '' }],
  ['it', { type: 'thing', gender: '' }],
]);

function fitsGender(g: Gender, want: Want): boolean {
  return !g || !want.gender || g === want.gender;
}

function fits(type: SourceType, gender: Gender, want: Want): boolean {
  if (want.type === 'person') return type === 'person' && fitsGender(gender, want);
  if (want.type === 'group') return type === 'group' || type === 'organisation';
  return type === 'organisation' || type === 'document';
}

/**
 * The person a source phrase names: its head's name (`Chief Executive Officer Arnav Desai`) or a
 * name in apposition (`A Harlow spokeswoman, Tessa Moorcroft`); -1 when none. A name further in
 * (`documents obtained by Jo Park`, `a spokesman for Sen. Ochoa`) is not the source's.
 */
function personIn(ctx: Context, names: Names, np: NounPhrase): number {
  const r = names.runAt(np.head);
  if (r >= 0) return names.kind(r) === 'person' ? r : -1;
  const toks = ctx.tokens;
  for (let k = np.coreEnd; k < np.end - 1; k++) {
    if (toks[k]!.lower !== ',') continue;
    // ("Its top scorer, striker Dario Mendes": after a noun for what the person is)
    const at = describedName(ctx, k + 1, np.end);
    const a = names.runAt(at);
    if (a < 0 || (names.from[a] !== at && names.start[a] !== at)) return -1;
    // ("her mother, Fiona": a lone given name after a noun for a person, kin or friend, not
    // for a role a body can hold, is that person's)
    const kind = names.kind(a);
    const lone = kind === 'unknown' && names.end[a] === names.start[a]! + 1;
    if (kind !== 'person' && !(lone && headClass(ctx, np.head) === 'person')) return -1;
    const e = names.end[a]!;
    // ("The researcher, Ilse Brandvik of the consultancy Northgate": her affiliation may follow)
    return e >= np.end || toks[e]?.kind === 'punct' || AFFILIATION.has(toks[e]!.lower) ? a : -1;
  }
  return -1;
}

/** Prepositions of a person's affiliation after their name: `Ilse Brandvik of Northgate`. */
const AFFILIATION: ReadonlySet<string> = new Set(['at', 'from', 'of', 'with']);

/**
 * The organisation a description of a body names in apposition (`The ship's operator, Nordvik
 * Tankers`, `The sponsor, the Orrell Heart Foundation`), or -1.
 */
function bodyIn(ctx: Context, names: Names, np: NounPhrase): number {
  if (ctx.name[np.head]) return -1;
  const toks = ctx.tokens;
  let k = np.coreEnd;
  if (toks[k]?.lower !== ',') return -1;
  // ("The sponsor, the Orrell Heart Foundation": the name with its article; "The seller, listed
  // fund Cairnstone Trust": with a noun for what the body is)
  if (toks[k + 1]?.lower === 'the') k++;
  const at = describedName(ctx, k + 1, np.end);
  const a = names.runAt(at);
  if (a < 0 || names.from[a] !== at) return -1;
  const kind = names.kind(a);
  if (kind !== 'organisation' && kind !== 'publication') return -1;
  const e = names.end[a]!;
  return e >= np.end || toks[e]?.kind === 'punct' ? a : -1;
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
      // "two reviewers", "a bookseller": an unknown noun shaped like a person noun
      if (agentiveNoun(head)) return plural ? 'group' : 'person';
      return det === 'one' ? 'person' : 'unknown';
  }
}

/** Determiners of a description that refers back. */
const DEFINITE: ReadonlySet<string> = new Set(['the', 'this', 'that', 'these', 'those', 'both']);

/** Documents a body issues itself: `the statement`, `the minutes`, `the release`. */
const BODY_DOCUMENTS = ruleWords('bodyDocuments');

/**
 * Whether a document is said to be published with no one else named as its author or holder
 * (`minutes of the meeting published on Wednesday`, `a summary ... released on Tuesday`; not
 * `a summary released by a campaign group`, `a statement obtained and published by the paper`).
 */
function publishedUnsigned(ctx: Context, np: NounPhrase): boolean {
  const toks = ctx.tokens;
  for (let k = np.coreEnd; k <= np.end; k++) {
    const w = toks[k];
    if (!w || w.kind !== 'word') return false;
    if (ACCESS_WORDS.has(w.lower)) return false;
    if (!PUBLISHED.has(w.lower)) continue;
    for (let q = k + 1; q < k + 6 && toks[q] && toks[q]!.kind === 'word'; q++)
      if (toks[q]!.lower === 'by' || ACCESS_WORDS.has(toks[q]!.lower)) return false;
    return toks[k + 1]?.lower !== 'by';
  }
  return false;
}

/** Participles of a document made public: `published`, `released`, `issued`. */
const PUBLISHED: ReadonlySet<string> = new Set(['issued', 'published', 'released']);

/** Participles by which a reporter got hold of a document: `obtained`, `seen`, `leaked`. */
const ACCESS_WORDS: ReadonlySet<string> = new Set(Object.values(ANONYMITY.access).flat());

/** Determiners that introduce a new referent. */
const INDEFINITE_SINGULAR: ReadonlySet<string> = new Set(['a', 'an', 'another', 'one']);

/** Verbs by which a person or body issues a document: `issued a warning letter`. */
const ISSUED = ruleWords('issuedDocuments');

/** Auxiliaries and adverbs between a subject and its verb of issuing: `has also issued`. */
const ISSUE_AUX: ReadonlySet<string> = new Set(['also', 'had', 'has', 'have', 'last', 'this']);

/** Heads that refer back to a sports club named before (`the club` after `Ashbury Rovers`). */
const TEAM_HEADS = ruleWords('teamHeads');

/** Organisation heads that refer back to any company named before (`the company`, `the firm`). */
const COMPANY_HEADS = ruleWords('companyHeads');

/** Bodies that are no company (`union`, `ministry`, `court`): not `the company` later. */
const NON_COMPANY = ruleWords('nonCompanyBodies');

/** Heads of a town's government described, not named: `the city believed itself attacked`. */
const MUNICIPAL = ruleWords('municipalHeads');

/**
 * Whether an organisation with lowercase name or head `key` may be called `the company`
 * (`described`: `key` is the head of a description, `the city`, not a name).
 */
function companyLike(key: string, described = false): boolean {
  if (described && MUNICIPAL.has(key)) return false;
  for (const w of key.split(' ')) if (NON_COMPANY.has(w)) return false;
  return true;
}

/** Whether name run `r` is one word in capitals and nothing else (`VR`, `CBD`). */
function bareAcronym(ctx: Context, names: Names, r: number): boolean {
  if (r < 0 || names.end[r]! - names.start[r]! !== 1) return false;
  const t = ctx.tokens[names.start[r]!]!;
  return (
    t.kind === 'word' && t.end - t.start >= 2 && /^[A-Z]+$/.test(ctx.text.slice(t.start, t.end))
  );
}

/** Heads of a group of researchers: `a team of archaeologists`. */
const RESEARCH_GROUPS: ReadonlySet<string> = new Set(['group', 'team']);

/** Heads of a study a story may place in a journal: `paper`, `study`. */
const STUDY_HEADS = ruleWords('studyHeads');

/** How many tokens back a study placed in a journal is looked for, and how far after its head. */
const STUDY_REACH = 600;
const STUDY_TAIL = 12;

/** Whether a source phrase is a name and nothing else (`Ana Okafor`, `Acme Corp.`). */
function onlyName(ctx: Context, np: NounPhrase): boolean {
  for (let k = np.start; k < np.end; k++)
    if (!ctx.name[k] && ctx.tokens[k]!.lower !== '.' && ctx.tokens[k]!.lower !== '&') return false;
  return true;
}
