/**
 * Passives that state how things stand rather than hide who acted: the present of a rule, a
 * habit or a state (`trustee sign-off is required`, `the drug is given as an infusion`), opinion
 * divided (`Fans were split`), circumstance that compels (`farmers were forced to sell stock`),
 * a statistical likelihood (`twice as likely to be prescribed`), and infection or immunisation
 * (`nine patients were infected`, `were fully vaccinated`): natural agents and generic passives,
 * which the guideline leaves unlabelled or optional (decisions 42, 54, 73).
 */
import type { Context } from '../context';
import { isAdverb, isContent, isHeadline, isPunct, isQuote, isVerbLike, isWord } from '../context';
import { labelStarts } from '../cues/senses/speech';
import { F, REPORTING_VERBS, reportingVerb, ruleWords } from '../lexicon';
import type { Sentence } from '../sentences';
import { HAVE_FORMS, negation, PRESENT_BE } from './states';

/** Adverbs that keep a present passive a state: `is also slated`, `are still required`. */
const STANDING_ADVERBS: ReadonlySet<string> = new Set([
  'already',
  'also',
  'currently',
  'now',
  'still',
]);

/**
 * Participles whose present still reports an act of people the news is about: a charge or
 * arrest (`is accused of`, `is held`), words addressed to people (`are urged to`), what is seen
 * or published (`is seen as`, `is issued`), a standing judgement or name (`is considered`, `is
 * not named`), and a ban (`are barred from`): besides the reporting verbs themselves.
 */
const LEGAL = ruleWords('legalParticiples');
const ADDRESSING = ruleWords('addressing');
const PERCEIVED = ruleWords('perception');
const ISSUED = ruleWords('issuingVerbs');
const JUDGED_OR_BANNED: ReadonlySet<string> = new Set([
  'banned',
  'barred',
  'blocked',
  'considered',
  'deemed',
  'forbidden',
  'identified',
  'named',
  'prohibited',
  'regarded',
  'reviled',
  // ("It is rumoured the club will be sold": talk whose talkers the passive hides)
  'rumored',
  'rumoured',
]);

/**
 * Reporting participles that, in a passive, tell how things stand: "the cases are linked", "is
 * linked to the dose", "it has been linked to lower blood pressure" (`it` the thing linked), not
 * a claim made in the present or an impersonal passive.
 */
export const CONNECTING: ReadonlySet<string> = new Set(['linked']);

/** Whether the participle `w` reports an act even in the present (see `JUDGED_OR_BANNED`). */
function presentAct(w: string): boolean {
  return (
    (REPORTING_VERBS.has(w) && !CONNECTING.has(w)) ||
    LEGAL.has(w) ||
    ADDRESSING.has(w) ||
    PERCEIVED.has(w) ||
    ISSUED.has(w) ||
    JUDGED_OR_BANNED.has(w)
  );
}

/**
 * Whether present `be` at `i` and the participle at `k` state a rule, a habit or a state ("the
 * threshold above which sign-off is required", "The game is played every June", "The museum,
 * which is housed in a former customs building", "the loans are secured against property", "a
 * practice that is permitted under the rules", "The drug is given as a monthly infusion"): the
 * simple present with nothing between but `not` or a standing adverb. Not the reporting,
 * legal, addressing and judging verbs, whose present tells news ("is accused of", "are urged
 * to", "is seen as", "is not named"), not before a `that` clause ("it is agreed that"), not in a
 * headline (whose present narrates: "infections are traced to saline"), not with an adverb of
 * frequency or manner ("are often missed", "is widely viewed"), and not a characterisation
 * ("is billed as", "are sold as").
 */
export function genericPresent(ctx: Context, s: Sentence, i: number, k: number): boolean {
  const toks = ctx.tokens;
  if (!PRESENT_BE.has(toks[i]!.lower)) return false;
  for (let q = i + 1; q < k; q++) {
    const w = toks[q]!;
    if (!negation(w) && !STANDING_ADVERBS.has(w.lower) && !isQuote(w)) return false;
  }
  const p = toks[k]!.lower;
  if (presentAct(p) && !unlabelled(ctx, k)) return false;
  if (toks[k + 1]?.lower === 'that') return false;
  // ("each package is billed as the one that bites", "they are sold as something grander": a
  // characterisation someone keeps making, decision 73)
  if (toks[k + 1]?.lower === 'as' && CHARACTERISED.has(p)) return false;
  return !isHeadline(ctx, s);
}

/** Participles that characterise before `as` + a label: `billed as`, `touted as`, `sold as`. */
const CHARACTERISED: ReadonlySet<string> = new Set([
  'billed',
  'hailed',
  'painted',
  'pitched',
  'portrayed',
  'sold',
  'touted',
]);

/**
 * Whether the participle at `k` is a verb of labelling with no label after it: things marked or
 * named, not a judgement given ("how map axes are labeled", "each file is labelled with its
 * date", "the cattle are branded"; not "is labelled 'unworkable'", "is branded a liar").
 */
function unlabelled(ctx: Context, k: number): boolean {
  const lemma = reportingVerb(ctx.tokens[k]!)?.lemma ?? '';
  return LABELLING.has(lemma) && !labelStarts(ctx.tokens[k + 1]);
}

/** Verbs that give a label, a judgement only with the label stated: `brand`, `label`. */
const LABELLING: ReadonlySet<string> = new Set(['brand', 'label']);

/**
 * Whether `split` at `k` is opinion divided ("Fans were split online", "Patient groups were
 * split.", 'the locker room was "split down the middle" on him', "were split over the plan"),
 * not a thing divided by someone ("contracts were split into amounts", "split between sites").
 */
export function dividedOpinion(ctx: Context, s: Sentence, k: number): boolean {
  const toks = ctx.tokens;
  if (toks[k]!.lower !== 'split') return false;
  let n = k + 1;
  // (over a closing quote)
  if (isQuote(toks[n]) && n < s.last) n++;
  const w = toks[n];
  if (!w || n >= s.last || isPunct(w)) return true;
  if (w.lower === 'down') return toks[n + 1]?.lower === 'the' && toks[n + 2]?.lower === 'middle';
  return OPINION_PREPS.has(w.lower);
}

/** What opinion is split on: `on`, `over`, `about`, `online`. */
const OPINION_PREPS: ReadonlySet<string> = new Set(['about', 'on', 'online', 'over']);

/**
 * Whether `forced` (or `compelled`) at `k` is circumstance that compels: "some members had been
 * forced to sell breeding stock", "residents were forced from their homes after a fire", "the
 * firm had been forced to sell positions at a discount": the agent a loss, a market or a flood
 * (decision 42). Not "forced out" or "forced into" (an office, a deal), which people do, nor an
 * act of redress ("forced to apologise").
 */
export function compelled(ctx: Context, k: number): boolean {
  const toks = ctx.tokens;
  const p = toks[k]!.lower;
  if (p !== 'forced' && p !== 'compelled') return false;
  const n = toks[k + 1]?.lower;
  if (n === 'from') return true;
  const v = toks[k + 2];
  return (
    n === 'to' &&
    isWord(v) &&
    !ctx.name[k + 2] &&
    (v.f & (F.DET | F.PRON)) === 0 &&
    !REDRESS.has(v.lower)
  );
}

/**
 * Acts of redress that someone demands ("was forced to apologise", "was forced to repay the
 * money", "forced to say sorry", "forced to resign"): a party or an authority compels them, not
 * circumstance, and the story leaves it open (the labelled sets' politician forced to apologise).
 */
const REDRESS: ReadonlySet<string> = new Set([
  'apologise',
  'apologize',
  'quit',
  'refund',
  'repay',
  'resign',
  'retract',
  'say',
  'step',
]);

/**
 * Whether `be` at `i` follows `likely to` ("were twice as likely to be prescribed an inhaler",
 * "18 percent less likely to be diagnosed", "is unlikely to be approved"): a probability, the
 * generic or forecast passive of decisions 54 and 73.
 */
export function likelihood(ctx: Context, i: number): boolean {
  const toks = ctx.tokens;
  if (toks[i]!.lower !== 'be' || toks[i - 1]?.lower !== 'to') return false;
  const l = toks[i - 2]?.lower;
  return l === 'likely' || l === 'unlikely';
}

/**
 * Whether the participle at `k` is infection or immunity ("nine patients were infected with a
 * resistant strain", "her two sons had been infected", "children were fully vaccinated"): a
 * pathogen's doing or a person's medical status (decision 42), not a computer infected by
 * people ("servers were infected with ransomware").
 */
export function medicalStatus(ctx: Context, s: Sentence, k: number): boolean {
  const p = ctx.tokens[k]!.lower;
  if (IMMUNISED.has(p)) return true;
  if (p !== 'infected' && p !== 'reinfected') return false;
  for (let q = s.first; q < s.last; q++) if (MACHINES.has(ctx.tokens[q]!.lower)) return false;
  return true;
}

/** Participles of immunisation: `vaccinated`, `immunised`, `inoculated`. */
const IMMUNISED: ReadonlySet<string> = new Set([
  'immunised',
  'immunized',
  'inoculated',
  'vaccinated',
]);

/** Words of machines and malicious code, which make an infection people's doing. */
const MACHINES: ReadonlySet<string> = new Set([
  'computer',
  'computers',
  'device',
  'devices',
  'hackers',
  'laptops',
  'malware',
  'network',
  'networks',
  'phones',
  'ransomware',
  'server',
  'servers',
  'software',
  'spyware',
  'systems',
]);

/**
 * Whether `hit` at `k` is harm a market or a natural force does, told by its degree ("have been
 * hit hardest", "would be hit hard", "were badly hit", "was worst hit"): decision 42's "hit hard
 * by RSV" (not "was hit by a car", "the market was hit" by a missile).
 */
export function hitHard(ctx: Context, k: number): boolean {
  const toks = ctx.tokens;
  if (toks[k]!.lower !== 'hit') return false;
  // (over an intensifier: "hit even harder", "hit particularly hard")
  const n = INTENSIFIERS.has(toks[k + 1]?.lower ?? '') ? k + 2 : k + 1;
  return HARD.has(toks[n]?.lower ?? '') || HARD_BEFORE.has(toks[k - 1]?.lower ?? '');
}

/** Intensifiers between `hit` and its degree: `even`, `particularly`, `much`. */
const INTENSIFIERS: ReadonlySet<string> = new Set([
  'especially',
  'even',
  'far',
  'much',
  'particularly',
  'so',
]);

/** Degrees after `hit`: `hard`, `hardest`, `harder`. */
const HARD: ReadonlySet<string> = new Set(['hard', 'harder', 'hardest']);

/** Degrees before `hit`: `badly`, `worst`, `hardest`, `severely`. */
const HARD_BEFORE: ReadonlySet<string> = new Set([
  'badly',
  'hardest',
  'heavily',
  'severely',
  'worse',
  'worst',
]);

/**
 * Whether the participle at `k` names a feeling or the wear of a thing, an adjective after `be`
 * ('it was "overjoyed" at the release', 'villagers were "shaken"', "Outside experts were
 * encouraged but careful", "She was blindsided", "the grilles were rusted", "the centre was
 * clogged with cars", "crops were stunted", "the coral is bleached"), besides the stative
 * participles of the lexicon; not with a particle ("was shaken down", "were worn out") and not
 * an instruction ("were encouraged to apply", checked by the caller).
 */
export function feelingOrWear(ctx: Context, k: number): boolean {
  const toks = ctx.tokens;
  const p = toks[k]!.lower;
  if (!FEELINGS_AND_WEAR.has(p)) return false;
  const n = toks[k + 1]?.lower ?? '';
  // ("were frightened into silence", "was tempted away": someone moved them to it)
  if (ACT_PARTICLES.has(n)) return false;
  // ("Residents were reassured that the water was safe", "were reassured their jobs are safe":
  // a telling with its content, decision 73; "Not everyone is reassured": a state of mind)
  return !(TELLING_FEELINGS.has(p) && (n === 'that' || n === 'about' || clauseAfter(ctx, k + 1)));
}

/** Particles that make a feeling or wear participle an act: `shaken down`, `frightened into`. */
const ACT_PARTICLES: ReadonlySet<string> = new Set(['away', 'down', 'into', 'off', 'out', 'up']);

/** Feelings that are also a telling with content: `reassured that`. */
const TELLING_FEELINGS: ReadonlySet<string> = new Set(['reassured']);

/**
 * Whether a finite clause opens at `q`: a pronoun or determiner with its noun, then a verb within
 * a few words ("their jobs are safe", "it would reopen"), the content of a telling without `that`.
 */
function clauseAfter(ctx: Context, q: number): boolean {
  const toks = ctx.tokens;
  const w = toks[q];
  if (!w || (w.f & (F.DET | F.PRON)) === 0) return false;
  for (let m = q + 1; m <= q + 4; m++) {
    const v = toks[m];
    if (!v || isPunct(v)) return false;
    if ((v.f & (F.BE | F.AUX)) !== 0) return true;
  }
  return false;
}

/**
 * Feelings (`overjoyed`, `shaken`, `heartened`), where a thing belongs (`attached`), needs and
 * purposes (`needed`, `intended`) and wear (`rusted`, `clogged`, `parched`).
 */
const FEELINGS_AND_WEAR: ReadonlySet<string> = new Set([
  // feelings
  'aggrieved',
  'angered',
  'awed',
  'bereaved',
  'besotted',
  'bewildered',
  'blindsided',
  'bothered',
  'buoyed',
  'captivated',
  'chuffed',
  'conflicted',
  'deflated',
  'dejected',
  'demoralised',
  'demoralized',
  'disenchanted',
  'disgusted',
  'disillusioned',
  'dispirited',
  'distressed',
  'dumbfounded',
  'elated',
  'emboldened',
  'enamored',
  'enamoured',
  'encouraged',
  'enraged',
  'enthralled',
  'exasperated',
  'flabbergasted',
  'flattered',
  'flummoxed',
  'galvanised',
  'galvanized',
  'heartened',
  'humbled',
  'infatuated',
  'intrigued',
  'irked',
  'irritated',
  'miffed',
  'muted',
  'mystified',
  'nonplussed',
  'obsessed',
  'offended',
  'overawed',
  'overjoyed',
  'peeved',
  'perturbed',
  'petrified',
  'rattled',
  'reassured',
  'shaken',
  'sickened',
  'smitten',
  'spooked',
  'startled',
  'stumped',
  'tempted',
  'traumatised',
  'traumatized',
  'troubled',
  'unfazed',
  'unnerved',
  'vindicated',
  // where a person or thing belongs ("were attached to the embassy"; not `confined` or
  // `locked`, which also detain: "he was confined to his home" by soldiers)
  'attached',
  // a need, a purpose or a count, which no one performs ("More nurses were needed", "The fund
  // was intended for small firms", "Residents were outnumbered")
  'intended',
  'needed',
  'outnumbered',
  // wear and condition (of a thing, a road or a supply: "the bypass was congested", "water
  // might be discoloured")
  'bleached',
  'blighted',
  'buckled',
  'clogged',
  'congested',
  'corroded',
  'decayed',
  'depleted',
  'dilapidated',
  'discolored',
  'discoloured',
  'faded',
  'frayed',
  'gridlocked',
  'infested',
  'overgrown',
  'parched',
  'potholed',
  'rotted',
  'rusted',
  'scorched',
  'snarled',
  'stunted',
  'tarnished',
  'waterlogged',
  'weathered',
  'wilted',
  'withered',
]);

/**
 * Whether `be` at `i` ends an infinitive on an indefinite noun ("treating pilots as a cost to be
 * cut", 'describes staffing as "a cost centre to be optimised"', "a box to be ticked"): what
 * kind of thing it is, after `as` or `be`, no act of anyone (not "asked for a review to be held").
 */
export function kindToBe(ctx: Context, s: Sentence, i: number): boolean {
  const toks = ctx.tokens;
  if (toks[i]!.lower !== 'be' || toks[i - 1]?.lower !== 'to') return false;
  for (let q = i - 2; q > s.first && q >= i - 4; q--) {
    const w = toks[q]!;
    // (a predicate: "as a cost", "is a box"; not "asked for a review to be held", "wanted a
    // vote to be taken", whose noun is the infinitive's subject)
    if (w.lower === 'a' || w.lower === 'an') {
      // (over an opening quote: 'as "a cost centre to be optimised"')
      const b = isQuote(toks[q - 1]) ? q - 2 : q - 1;
      return q < i - 2 && (toks[b]?.lower === 'as' || ((toks[b]?.f ?? 0) & F.BE) !== 0);
    }
    if (!isWord(w) || !isContent(w) || isVerbLike(w) || isAdverb(w) || ctx.name[q]) return false;
  }
  return false;
}

/**
 * Whether `be` at `i` follows `can` ("Tickets can be bought online", "Refunds can be claimed
 * within 30 days", "The damage cannot be undone", "nothing can be done"): what is possible, an
 * instruction to the reader or a generic fact, no act of anyone (decisions 73, 154; "could",
 * the past, still tells of an act: "could not be verified"). Not an impersonal `it` ("It can
 * now be revealed that"). So too `must` and `should` right before `be` ("Claims must be lodged
 * within six months", "donors should be compensated"): a rule or a demand, what ought to
 * happen, which nobody has done yet (decisions 73's regulatory "must be reviewed" and 108's
 * hypothetical futures); not "should have been told", a failure.
 */
export function genericCan(ctx: Context, s: Sentence, i: number): boolean {
  const toks = ctx.tokens;
  if (toks[i]!.lower !== 'be') return false;
  let h = i - 1;
  while (h > s.first && (isAdverb(toks[h]) || negation(toks[h]))) h--;
  if (!CAN.has(toks[h]?.lower ?? '')) return false;
  return toks[h - 1]?.lower !== 'it';
}

/** The forms of `can`, `must` and `should` before `be`. */
const CAN: ReadonlySet<string> = new Set(['can', "can't", 'cannot', 'must', 'should']);

/** Adverbs that name the law, a statute or a contract as what binds: `legally`, `statutorily`. */
const BY_LAW: ReadonlySet<string> = new Set([
  'constitutionally',
  'contractually',
  'legally',
  'statutorily',
]);

/** Participles of a duty, a bar or a leave: `required`, `obliged`, `barred`, `permitted`. */
const DUTY: ReadonlySet<string> = new Set([
  'allowed',
  'barred',
  'bound',
  'entitled',
  'forbidden',
  'mandated',
  'obligated',
  'obliged',
  'permitted',
  'prohibited',
  'required',
]);

/**
 * Whether the participle at `k` is a duty or bar the law itself lays down, told by an adverb of
 * law right before it ("councils are legally required to set a balanced budget", "landlords are
 * legally barred from", "is contractually obliged to"): like "required by law", it hides nobody.
 */
export function legalDuty(ctx: Context, k: number): boolean {
  const toks = ctx.tokens;
  return DUTY.has(toks[k]!.lower) && BY_LAW.has(toks[k - 1]?.lower ?? '');
}

/** Adverbs of due form before a participle: `properly`, `duly`, `fully`, `correctly`. */
const DUE_FORM: ReadonlySet<string> = new Set([
  'adequately',
  'appropriately',
  'correctly',
  'duly',
  'fully',
  'properly',
]);

/**
 * Whether the participle at `k`, after `be` at `i`, is a claim that a step was done in due form
 * ('all donations were "properly declared"', "the transfers were properly documented", "the
 * mill is fully automated"): a party vouching for its own steps or a thing's standing, whose
 * actor the speaker is (decisions 200, 221: the speaker's own step, a state). Negated it is a
 * failure and stays a passive ("was never properly tested", "has not been adequately tested").
 */
export function dueForm(ctx: Context, s: Sentence, i: number, k: number): boolean {
  const toks = ctx.tokens;
  let a = k - 1;
  if (isQuote(toks[a])) a--;
  if (!DUE_FORM.has(toks[a]?.lower ?? '')) return false;
  for (let q = a - 1; q >= s.first && q >= i - 4; q--) {
    const w = toks[q]!;
    if (negation(w) || w.lower === 'never' || w.lower === 'yet') return false;
    if (q < i && !isAdverb(w) && (w.f & (F.AUX | F.BE)) === 0 && !HAVE_FORMS.has(w.lower)) break;
  }
  return true;
}

/**
 * Whether `cited` at `k` counts a paper's citations ("has been cited more than 400 times"): a
 * tally of the literature, no one's act the story hides.
 */
export function citationCount(ctx: Context, k: number): boolean {
  const toks = ctx.tokens;
  if (toks[k]!.lower !== 'cited') return false;
  for (let q = k + 2; q <= k + 4; q++)
    if (toks[q]?.lower === 'times') return toks[q - 1]!.kind === 'num';
  return false;
}
