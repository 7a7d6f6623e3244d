/**
 * People a headline names by a bare noun, who act: "Gunmen attack aid convoy in Sahrun", "Inmates
 * held wing for six hours", "Gunfire in Bressa as soldiers seize state broadcaster", "Watchdog
 * opens inquiry after officer shoots man", "Masked gunman robs corner shop". Headlinese drops the
 * article, so a bare plural or even a bare singular is a particular group or person doing what the
 * story tells of, not a class. A headline subject the body never identifies is a required
 * `unnamed`; one it names later is optional (decisions 3 and 88 of the labelled sets), so either
 * way the subject is flagged. Not a headline's passive ("Man shot outside store", "Stunt
 * performer injured on set": whom an act befell), the public ("Voters head to the polls"), nor a
 * phrase that names anyone.
 */
import type { Context } from '../context';
import { isAux, isHeadline } from '../context';
import { F, ruleWords } from '../lexicon';
import { headClass, isPersonClass } from '../phrase/head-class';
import { namedness } from '../phrase/namedness';
import type { NounPhrase } from '../phrase/noun-phrase';
import type { Sentence } from '../sentences';
import type { Token } from '../tokenize';
import type { Unnamed } from './find-unnamed';
import { pluralEnding } from './reason';
import { WHY } from './words';

/** Words after which a headline starts a clause with its own subject: `as`, `after`, `while`. */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set(['after', 'as', 'while', 'when', ';', ':']);

/** People who are the public in general, never a withheld group: `voters`, `taxpayers`. */
const PUBLIC: ReadonlySet<string> = new Set([
  'citizens',
  'consumers',
  'public',
  'ratepayers',
  'shoppers',
  'taxpayers',
  'voters',
]);

/**
 * People who use force, break the law or are held: the withheld actors a crime or conflict
 * headline opens with ("Gunmen attack", "Inmates riot", "soldiers seize"), required at every
 * mention (decision 70). Other bare groups in a headline ("Nurses strike", "Astronomers find")
 * are mostly the ones the story goes on to place in a named body; a plural of people known by
 * where they live or what they do to the story ("Residents object") is flagged too
 * (`placedPeople`).
 */
const FORCE_PEOPLE: ReadonlySet<string> = new Set([
  'arsonist',
  'arsonists',
  'assailant',
  'assailants',
  'attacker',
  'attackers',
  'bandits',
  'burglar',
  'burglars',
  'captors',
  'fighters',
  'gang',
  'gunman',
  'gunmen',
  'hackers',
  'hijackers',
  'inmates',
  'insurgents',
  'kidnappers',
  'knifeman',
  'looters',
  'militants',
  'mob',
  'mugger',
  'muggers',
  'mutineers',
  'pirates',
  'poachers',
  'prisoners',
  'raiders',
  'rebels',
  'rioters',
  'robber',
  'robbers',
  'shooter',
  'smugglers',
  'soldiers',
  'thief',
  'thieves',
  'thug',
  'thugs',
  'troops',
  'vandals',
]);

/** Modifiers that arm or hide a person, making any person noun such an actor: `Masked pair`. */
const ARMED: ReadonlySet<string> = new Set(['armed', 'hooded', 'masked']);

/** Word flags no verb carries. */
const NOT_VERB = F.DET | F.PREP | F.PRON | F.CONJ | F.REL | F.ADV | F.TIME | F.ACTOR | F.PLACE;

/** The acting bare-noun subjects of headline `s` (none if `s` is no headline). */
export function headlineActors(ctx: Context, s: Sentence): readonly Unnamed[] {
  if (!isHeadline(ctx, s)) return NONE;
  const toks = ctx.tokens;
  let out: Unnamed[] | null = null;
  for (let p = s.first; p < s.last; p++) {
    if (p > s.first && !CLAUSE_OPENERS.has(toks[p - 1]!.lower)) continue;
    const np = bareSubject(ctx, s, p);
    if (np) (out ??= []).push({ start: np.start, end: np.end, why: WHY.actor });
  }
  return out ?? NONE;
}

const NONE: readonly Unnamed[] = [];

/**
 * The bare people phrase starting at `p` that is the subject of the verb right after it, or null:
 * at most two modifiers (`Masked`, `Armed`, `Crew`), then a person noun with no determiner, then
 * a present verb (`attack`, `shoots`) or a past one with its object (`held wing`, `threatened
 * staff`).
 */
function bareSubject(ctx: Context, s: Sentence, p: number): NounPhrase | null {
  const toks = ctx.tokens;
  const first = toks[p];
  if (!first || first.kind !== 'word' || (first.f & (F.DET | F.QUANT | F.PRON)) !== 0) return null;
  // the head: the last person noun of the words that open the clause
  let h = -1;
  for (let k = p; k < s.last && k <= p + 2; k++) {
    const t = toks[k]!;
    if (t.kind !== 'word' || (t.f & (F.FUNC | F.AUX | F.PREP)) !== 0) break;
    // ("Masked pair": whoever an armed or masked noun stands for is a person)
    if (
      ((t.f & F.ACTOR) !== 0 && isPersonClass(headClass(ctx, k))) ||
      (k > p && ARMED.has(toks[k - 1]!.lower))
    )
      h = k;
  }
  if (h < 0 || h + 1 >= s.last) return null;
  const head = toks[h]!;
  if (PUBLIC.has(head.lower) || (ctx.name[h] === 1 && !ctx.titleCase[ctx.sentenceOf[h]!]))
    return null;
  if (headClass(ctx, h) === 'nonAgent') return null;
  const plural = pluralEnding(head.lower) || head.lower.endsWith('men');
  if (
    !FORCE_PEOPLE.has(head.lower) &&
    !(h > p && ARMED.has(toks[h - 1]!.lower)) &&
    !(
      plural &&
      presentVerb(toks[h + 1]) &&
      presentTaking(toks[h + 2]) &&
      (placedPeople(ctx, h) || untoldTrade(ctx, s, h))
    )
  )
    return null;
  // (a bare singular only opens the headline: "Masked gunman robs corner shop"; after "as", "owner
  // fights back" is the shop's owner, whom the headline's own noun places)
  if (!plural && p !== s.first) return null;
  if (!actingVerb(ctx, s, h + 1, plural)) return null;
  const np: NounPhrase = { start: p, end: h + 1, head: h, coreEnd: h + 1 };
  if (namedness(ctx, np) !== false) return null;
  return np;
}

/**
 * Whether the word at `k` is the verb of a bare subject: a present form (`attack` after a plural,
 * `shoots` after a singular), or a past form followed by its object (`held wing`; not `shot
 * outside`, a headline's passive).
 */
function actingVerb(ctx: Context, s: Sentence, k: number, plural: boolean): boolean {
  const toks = ctx.tokens;
  const v = toks[k]!;
  if (
    v.kind !== 'word' ||
    (v.f & NOT_VERB) !== 0 ||
    (ctx.name[k] === 1 && !ctx.titleCase[ctx.sentenceOf[k]!])
  )
    return false;
  if (isAux(v)) return false;
  const w = v.lower;
  const past = /[a-z]ed$/.test(w) || (v.f & F.IRREGULAR) !== 0;
  if (past) return objectAfter(toks[k + 1], k + 1 < s.last);
  // (a singular subject takes the -s form: "officer shoots man"; a plural the bare one)
  const s3 = w.length > 3 && w.endsWith('s') && !w.endsWith('ss');
  return plural ? !s3 : s3;
}

/**
 * Whether the head at `h` is people known by where they live or what they do to the story, not by
 * a trade or a body (`residents`, `villagers`, `fans`, `objectors`): "Residents object to plan",
 * "Villagers fear isolation", "as fans demand answers" are a particular group that the story
 * seldom names, required when never named (decisions 72 and 124). A trade or office ("Nurses
 * walk out", "Councillors reject") mostly stands for the union or council the story names, a
 * body's own people ("Workers vote to strike") for that body, and market crowds ("Traders
 * brace") for the market (decision 90).
 */
function placedPeople(ctx: Context, h: number): boolean {
  const w = ctx.tokens[h]!.lower;
  const cls = headClass(ctx, h);
  if (OWN_PEOPLE.has(w) || CROWDS.has(w)) return false;
  return cls === 'person' || (cls === 'occupation' && tradeWithoutBody(ctx, h));
}

/**
 * Whether the trade at `h` heads a sentence-case headline that names nothing: "Nurses vote to
 * strike after pay offer rejected", "Pharmacists ration drugs as shortages spread" tell of a
 * trade's people the story does not place (a bare role noun carries no body, decision 65). A
 * headline with a name most often names their employer or site ("Nurses walk out at St. Aldric
 * Medical Center", "Bus drivers walk out as talks with Metro Transit collapse"), whose people the
 * body goes on to place, and a Title Case headline hides its names.
 */
function tradeWithoutBody(ctx: Context, h: number): boolean {
  const s = ctx.sentences[ctx.sentenceOf[h]!]!;
  if (ctx.titleCase[ctx.sentenceOf[h]!]) return false;
  for (let k = s.first; k < s.last; k++) if (k !== h && ctx.name[k]) return false;
  return true;
}

/**
 * Whether the bare people noun at `h` (a trade, an office, a class of clients or campaigners) heads
 * a headline whose act the story's lead does not retell: "Doctors Protest Closure Of Clinic" over
 * a lead about the clinic, "Lawyers Walk Out Over Pay" over a lead in which the employer speaks. A
 * bare role noun carries no body, even when the story names one (decision 65), and a headline
 * subject the story never identifies is required (decision 3), in Title Case as in sentence case.
 * When the lead retells the act with the same people or the same verb ("About 1,400 nurses at St.
 * Aldric Medical Center began a strike", "Astronomers have detected", "The Forum agreed") the
 * headline stands for the lead's subject, placed or named there, and the lead's own mention is the
 * one judged; in sentence case a name in the headline ("walk out at St. Brennan Hospital") places
 * them too. Not a body's own people or a market crowd (`placedPeople`).
 */
function untoldTrade(ctx: Context, s: Sentence, h: number): boolean {
  const w = ctx.tokens[h]!.lower;
  if (OWN_PEOPLE.has(w) || CROWDS.has(w) || !isPersonClass(headClass(ctx, h))) return false;
  if (!ctx.titleCase[ctx.sentenceOf[h]!] && !tradeWithoutBody(ctx, h)) return false;
  return !leadRetells(ctx, s, h);
}

/**
 * Whether the first two sentences after headline `s` use its head noun at `h` or the verb after
 * it (the stem of either: `nurses` for `Nurses`, `detected` for `Detect`, `agreed` for `Agree`).
 */
function leadRetells(ctx: Context, s: Sentence, h: number): boolean {
  const toks = ctx.tokens;
  const noun = stem(toks[h]!.lower);
  const verb = stem(toks[h + 1]!.lower);
  const si = ctx.sentenceOf[h]!;
  const last = ctx.sentences[Math.min(si + 2, ctx.sentences.length - 1)]!.last;
  for (let k = s.last; k < last; k++) {
    const t = toks[k]!;
    if (t.kind !== 'word') continue;
    if ((noun && t.lower.startsWith(noun)) || (verb && t.lower.startsWith(verb))) return true;
  }
  return false;
}

/**
 * A word without its plural or verb ending: `nurse` (`nurses`), `agre` (`agree`), `walk`; empty
 * when too short to tell a word by.
 */
function stem(w: string): string {
  const bare =
    w.endsWith('es') && w.length > 5 ? w.slice(0, -1) : w.endsWith('s') ? w.slice(0, -1) : w;
  const cut = bare.endsWith('e') && bare.length > 4 ? bare.slice(0, -1) : bare;
  return cut.length < 3 ? '' : cut;
}

/** A body's own people: `staff`, `workers`, `members`, `crews`. */
const OWN_PEOPLE = ruleWords('ownPeople');
/** Market crowds and the public: `traders`, `investors`, `shoppers`. */
const CROWDS = ruleWords('stanceCrowds');

/**
 * Whether `t` may be a bare present verb after a plural subject: a word with no `-s` or `-ed`, and
 * none that is also a past participle ("Students Hurt After Bus Slides": a headline's passive).
 */
function presentVerb(t: Token | undefined): boolean {
  if (!t || t.kind !== 'word' || (t.f & (NOT_VERB | F.IRREGULAR)) !== 0 || isAux(t)) return false;
  const w = t.lower;
  return !w.endsWith('ed') && !(w.endsWith('s') && !w.endsWith('ss'));
}

/**
 * Whether `t`, after a bare present verb, is what the act takes: an object or a particle ("object
 * to", "walk out", "block bridge"), not a time or place that a headline's passive takes ("Hurt
 * After", "Injured in"), nor the headline's end ("as Contenders Circle": the teams that trade).
 */
function presentTaking(t: Token | undefined): boolean {
  if (!t || t.kind !== 'word') return false;
  return PARTICLES.has(t.lower) || (t.f & (F.PREP | F.CONJ | F.ADV | F.TIME)) === 0;
}

/** Prepositions and particles that belong to a headline's verb: `to`, `over`, `out`, `back`. */
const PARTICLES: ReadonlySet<string> = new Set([
  'against',
  'back',
  'for',
  'out',
  'over',
  'to',
  'up',
]);

/** Whether `t`, inside the sentence, opens an object: a word that is no preposition. */
function objectAfter(t: Token | undefined, inside: boolean): boolean {
  return inside && !!t && t.kind === 'word' && (t.f & (F.PREP | F.CONJ | F.ADV | F.TIME)) === 0;
}
