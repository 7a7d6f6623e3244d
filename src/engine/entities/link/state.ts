/**
 * What the linking of one text part keeps as it goes (../link.ts): the part's names, the source
 * mentions linked so far, the headline subjects still waiting to be named, the people known only
 * by a first name. The modules of this folder read and change it.
 */
import type { Context } from '../../context';
import { objectArray } from '../../arrays';
import { isHeadline } from '../../context';
import type { Finding, SourceSpan } from '../../types';
import { Names } from '../names';
import type { ReferenceView } from '../reference';
import type { Registry, Tracked } from '../registry';

/** The linking state of one text part. */
export class LinkState {
  private namesOf: Names | null = null;
  /** Per sentence: 1 a headline, -1 not, 0 not asked yet. */
  private headlines: Int8Array | null = null;
  /** Source mentions linked so far in this part: their first token and entity. */
  readonly toks: number[] = [];
  // (an array of objects from the start: ../../arrays.ts)
  readonly tracked: Tracked[] = objectArray<Tracked>();
  /** Headline subjects the story may name later (`Ostravan Minister Derides ...`). */
  readonly pending: Pending[] = [];
  /** The first sentence after the latest headline (its lede), -1 before one. */
  lede = -1;
  /** The findings of the latest headline's cues that credit a source (./headline-lede.ts). */
  readonly headlineSourced: Finding[] = [];
  /** Headline sources the lede identified (./headline-lede.ts): a later claim keeps them named. */
  readonly ledeNamed: SourceSpan[] = [];
  /** The entity `description` made last, to tell a new description from a name. */
  described: Tracked | null = null;
  /** People known only by a first name given in apposition (`her mother, Fiona`). */
  readonly givenOnly: Tracked[] = [];
  /**
   * Documents a later definite mention named by their issuer (`an independent inquiry` ... `The
   * 140-page report by the Police Conduct Commission`): named once the part is linked.
   */
  readonly namedLater: Tracked[] = [];
  /**
   * Entities found to be others once the part is linked, each with the one it is (`the Russian
   * space agency` before the agency's name, then again after it: ./descriptions.ts).
   */
  readonly mergeLater: [Tracked, Tracked][] = [];
  /** The story's writer, made on the first first-person cue outside a quotation. */
  writer: Tracked | null = null;
  /** What ../reference.ts reads of this state (./descriptions.ts makes it). */
  viewOf: ReferenceView | null = null;
  /** Per name run, whether its organisation may be called `the company` (./descriptions.ts). */
  readonly companyRuns: boolean[] = [];
  /** `companyRuns` as the test a look back over the names takes (made when first asked). */
  companyRun: ((r: number) => boolean) | null = null;

  constructor(
    readonly ctx: Context,
    readonly registry: Registry,
  ) {}

  get names(): Names {
    return (this.namesOf ??= new Names(this.ctx));
  }

  /** Whether sentence `si` is a headline (asked once per sentence). */
  headline(si: number): boolean {
    const known = (this.headlines ??= new Int8Array(this.ctx.sentences.length))[si]!;
    if (known) return known > 0;
    // (an entry's or a bullet's line too: "- Union blames rotas" over the entry naming the union)
    const yes = isHeadline(this.ctx, this.ctx.sentences[si]!, true);
    this.headlines[si] = yes ? 1 : -1;
    return yes;
  }
}

/** A headline's subject waiting for the story to say who it is. */
export interface Pending {
  t: Tracked;
  /** The headline's sentence, and whether the phrase opens it. */
  sentence: number;
  opens: boolean;
  /** The phrase's head, singular (`minister`, `tester`), and its words (`water`, `firm`). */
  head: string;
  /** Whether the head is a plural (`Residents`): one of them (`One resident`) is not it. */
  plural: boolean;
  words: string[];
  /** Its names before the head (`dunmore` of `Dunmore Boss`). */
  names: string[];
  /** Its offsets in the text. */
  start: number;
  end: number;
  /** The headline's cue findings (those that credit `t` are moved to the story's entity). */
  findings: readonly Finding[];
}
