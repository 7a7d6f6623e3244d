/**
 * A headline's one source is the lede's named source: a headline shortens the lede's attribution
 * to a common noun for the same source (`..., panel warns` over `according to a report released on
 * Monday by the Regional Climate Assessment Panel`; `inspectors find` over `inspectors found ...,
 * according to a report published on Thursday by the Schools Standards Office`), so the story
 * identifies it (decision 88 of the labelled sets: a headline subject the body identifies is a
 * `named: true` source).
 */
import { GENERIC_SOURCES, ruleWords } from '../../lexicon';
import type { Finding, SourceSpan } from '../../types';
import { authorsNoun } from '../words';
import type { LinkState } from './state';

/**
 * After the lede's cues are linked (`findings[from, from + count)`): the latest headline's one
 * sourced cue, if its source is unnamed, takes the lede's first named source that can be the
 * same one (`ledeFits`).
 */
export function ledeIdentifies(
  st: LinkState,
  findings: readonly Finding[],
  from: number,
  count: number,
): void {
  const heads = st.headlineSourced;
  const src = heads.length === 1 ? heads[0]!.source : undefined;
  heads.length = 0;
  if (!src || src.named !== false) return;
  const text = st.ctx.text;
  const words = wordsOf(text, src);
  // ("..., sources say", "people familiar say": a headline's anonymous source stays one)
  if (words.length === 0 || words.some((w) => GENERIC_SOURCES.has(w))) return;
  let named: SourceSpan | null = null;
  for (let k = from; k < from + count; k++) {
    const lede = findings[k]!.source;
    if (!lede || lede.entity === src.entity) continue;
    // (a lede that rests on sources who say how they know or why they are unnamed, "according to
    // officials briefed on the matter": the headline's claim is theirs, not the named body's)
    const a = lede.named !== true ? lede.entity?.anonymity : undefined;
    if (a && (a.basis || a.reason || a.obtained)) return;
    if (!named && lede.named !== false && ledeFits(src, words, lede, wordsOf(text, lede)))
      named = lede;
  }
  if (!named) return;
  src.named = named.named;
  // (kept when a later mention the linker takes for an unnamed entity claims the headline's
  // subject: `according to the utility`, ./headlines.ts)
  st.ledeNamed.push(src);
}

/**
 * Whether headline source `src` (words `words`) can stand for the lede's named source `lede`
 * (words `ledeWords`):
 * - a document for its named issuer or the named document (`filing shows`, `inquiry finds`);
 * - a body for a named body or its document (`panel warns`), though not a public
 *   body's word for a company (`union` for `the airline`) or a company's word for a public body
 *   (`operator` for `the Harbour Workers Union`);
 * - people who speak through their body's findings for that body or its document (`inspectors
 *   find` over `a report ... by the Schools Standards Office`, `appeal judges rule` over `the
 *   Court of Appeal`, `archaeologists` over `a study ... in the journal X`);
 * - anyone for a named source that shares the headline's head noun (`Health minister` over
 *   `Eldmark's health minister Colette Amara`); never a lay group for someone else (`residents`,
 *   `passengers`, `critics` over the council, the airline or the company they criticise).
 */
function ledeFits(
  src: SourceSpan,
  words: readonly string[],
  lede: SourceSpan,
  ledeWords: readonly string[],
): boolean {
  const head = words[words.length - 1]!;
  const one = singular(head);
  // (not one person of a plural group: "Residents describe queues" over "One resident, Ana Pell,
  // said"; a named member only illustrates the group, decision 82 of the labelled sets)
  const member = one !== head && lede.type === 'person';
  if (ledeWords.some((w) => w === head || (singular(w) === one && !(member && w === one))))
    return true;
  const body = lede.type === 'organisation' || lede.type === 'document';
  if (!body) return false;
  if (src.type === 'document') return true;
  if (src.type === 'organisation') {
    // (as ../reference.ts's headlineStandsFor: a public body's word for a public body, a
    // company's word for a company)
    const body = ledeWords.some((w) => NON_COMPANY.has(w));
    return NON_COMPANY.has(head) ? body : !body || !COMPANY_HEADS.has(head);
  }
  return BODY_PEOPLE.has(head) || FINDERS.has(head) || authorsNoun(head);
}

/** The lowercase words of a source's span. */
function wordsOf(text: string, src: SourceSpan): string[] {
  return text
    .slice(src.start, src.end)
    .toLowerCase()
    .split(/[^a-z'-]+/)
    .filter((w) => w.length > 0);
}

/** A noun without a plural `s` (`judges` to `judge`; not `press`). */
function singular(w: string): string {
  return w.length > 3 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w;
}

/** A body's people (`officials`, `inspectors`, `investigators`). */
const BODY_PEOPLE = ruleWords('bodyPeople');

/** Words for a company (`firm`, `operator`). */
const COMPANY_HEADS = ruleWords('companyHeads');

/** Bodies that are no company (`union`, `ministry`). */
const NON_COMPANY = ruleWords('nonCompanyBodies');

/** People whose findings are their body's: a court's judges, an audit office's auditors. */
const FINDERS: ReadonlySet<string> = new Set(['auditors', 'examiners', 'judges', 'regulators']);
