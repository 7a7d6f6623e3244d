/**
 * A workforce of a named employer in its own labour action: "Workers at Halvard Motors' assembly
 * plant voted to authorize a strike", "Prison officers at HMP Greystone have staged a walkout",
 * "Nurses at three Carran City hospitals began a 48-hour strike". The phrase carries the employer's
 * name, yet the workers act on their own account against it (decisions 126, 162, 185): required
 * at every mention, not the employer's people doing its acts (decision 184).
 */
import type { Context } from '../context';
import { isAdverb, isAux, isPunct } from '../context';
import type { NounPhrase } from '../phrase/noun-phrase';
import { F } from '../lexicon';
import type { Sentence } from '../sentences';

/** Words that make the verb group a labour action: `strike`, `walkout`, `ballot`, `picket`. */
const LABOUR_WORDS: ReadonlySet<string> = new Set([
  'ballot',
  'balloted',
  'balloting',
  'picket',
  'picketed',
  'picketing',
  'stoppage',
  'stoppages',
  'strike',
  'strikes',
  'unionise',
  'unionize',
  'walk',
  'walk-out',
  'walked',
  'walking',
  'walks',
  'walkout',
  'walkouts',
]);

/** Forms of `walk`, a labour action only with `out` or `off`: `walk`, `walked`. */
const WALKING: ReadonlySet<string> = new Set(['walk', 'walked', 'walking', 'walks']);

/**
 * A protest as the workforce's own act: "have written to its trustees to protest against the deal",
 * "protested outside the head office" (a verb, not "said the protest was peaceful").
 */
const PROTESTING: ReadonlySet<string> = new Set(['protest', 'protested', 'protesting']);

/** Verbs of a workforce's vote: `voted`, `vote`. */
const VOTING: ReadonlySet<string> = new Set(['vote', 'voted', 'votes', 'voting']);

/** What a workforce votes on: its employer's `offer`, `deal`, `contract`. */
const TERMS: ReadonlySet<string> = new Set(['contract', 'deal', 'offer', 'settlement']);

/**
 * Prepositions that place a workforce: `at`, `in`, `from`, `of` ("Musicians of the Orlen
 * Philharmonic walked out"), `on` a line, route or project ("Crews on the ferry route walked
 * out"), and `across` a country or a sector ("Rail workers across Marvania walked off the job").
 */
const PLACING: ReadonlySet<string> = new Set(['across', 'at', 'from', 'in', 'of', 'on']);

/**
 * A workforce named as one, plural without an -s: "Staff at the depot walked out", "Cabin crew
 * at Aurora Air voted to strike", "Crew refused to fly" (reason.ts's person case too).
 */
export const COLLECTIVE_STAFF: ReadonlySet<string> = new Set(['crew', 'personnel', 'staff']);

/** Heads that name the union's own membership rather than a workforce: `members`. */
const MEMBERSHIP: ReadonlySet<string> = new Set(['member', 'members']);

/**
 * Whether plural `np`, the subject, does a labour action in its own verb group: the words up to
 * the first comma or the tenth after the verb hold one of `LABOUR_WORDS` (`voted to authorize a
 * strike`, `are to strike`, `walked off the job`, `have filed paperwork to unionize`).
 */
export function labourActSubject(ctx: Context, s: Sentence, np: NounPhrase): boolean {
  const toks = ctx.tokens;
  const head = toks[np.head]!.lower;
  if (!(head.endsWith('s') || COLLECTIVE_STAFF.has(head)) || MEMBERSHIP.has(head)) return false;
  // placed at the workplace: `Workers at`, `Nurses in`, `Drivers from` (not a headline's verb
  // read as a head: "Kestrel Air Touts Record Bookings")
  // or by the employer's name before the head: "Aurel Air cabin crew", "Orlen Philharmonic
  // players", "Halvard Motors workers" (the same workforce, the name as a modifier)
  const placed = np.head + 1 < np.end && PLACING.has(toks[np.head + 1]!.lower);
  if (!placed && !employerModifier(ctx, np)) return false;
  // (with the name only before the head, the labour word ends the verb group at once: "to
  // strike", "strike over pay", "vote to strike"; not a headline's later clause, "Kestrel Air
  // Touts Record Bookings as Pilots Weigh Strike")
  const reach = placed ? 10 : 3;
  // "Striking cleaners at the airport": the phrase itself says they strike
  for (let q = np.start; q < np.head; q++) if (toks[q]!.lower === 'striking') return true;
  let k = np.end;
  // (past an apposition: "Pilots at Aurora Air, the regional carrier, are preparing to picket")
  if (isPunct(toks[k], ',')) {
    let c = k + 1;
    while (c < s.last && c <= k + 8 && !isPunct(toks[c])) c++;
    if (isPunct(toks[c], ',')) k = c + 1;
  }
  while (k < s.last && (isAux(toks[k]) || isAdverb(toks[k]))) k++;
  const verb = toks[k];
  if (verb === undefined || verb.kind !== 'word') return false;
  // "voted to accept a 7% pay offer", "voted to reject the latest contract offer": a vote on the
  // employer's terms
  const vote = VOTING.has(verb.lower);
  for (let q = k; q < s.last && q <= k + (placed ? 12 : reach); q++) {
    const t = toks[q]!;
    if (isPunct(t, ',') || t.kind === 'quote') return false;
    // "Analysts at Korvin Securities wrote that a two-day strike would cost": what they say, not
    // what they do; and "estimated the strike could cost", a claim about one
    if (t.lower === 'that' && q > k) return false;
    if (
      (verb.f & F.REPORT) !== 0 &&
      LABOUR_WORDS.has(t.lower) &&
      (toks[q - 1]!.f & (F.DET | F.PRON)) !== 0
    )
      return false;
    if (vote && TERMS.has(t.lower)) return true;
    // "passed a motion of no confidence in the paper's owners": a vote against those it works for
    if (t.lower === 'confidence' && toks[q - 1]?.lower === 'no') return true;
    if (PROTESTING.has(t.lower) && (toks[q - 1]!.f & (F.DET | F.PRON)) === 0) return true;
    if (q > k + reach) continue;
    if (LABOUR_WORDS.has(t.lower)) {
      // "walked", "will walk" are a walkout only with `out` or `off the job`
      if (!WALKING.has(t.lower)) return true;
      const next = toks[q + 1]?.lower;
      return next === 'out' || next === 'off';
    }
  }
  return false;
}

/**
 * Whether a name stands right before `np`'s head words as their modifier, the employer's name:
 * "Aurel Air cabin crew", "Orlen Philharmonic players" (not after a possessive: "Acme's workers"
 * are known through Acme in the same way, but other rules judge possessives).
 */
function employerModifier(ctx: Context, np: NounPhrase): boolean {
  const toks = ctx.tokens;
  // (a capitalised head may end the name itself: "Acme Drivers Walk Out Over Pay" in a Title Case
  // headline, where "Acme Drivers" may be the company)
  if (toks[np.head]!.cap) return false;
  let k = np.head - 1;
  // (back over common nouns of the workforce: "cabin crew", "warehouse workers")
  while (k > np.start && !ctx.name[k] && toks[k]!.kind === 'word' && !toks[k]!.cap) k--;
  return k >= np.start && k < np.head && ctx.name[k] !== 0;
}
