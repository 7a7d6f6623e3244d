/**
 * Questioning: verbs of asking hard questions (`grill`, `press`, `quiz`) report only with the
 * topic asked about ("grilled the minister over the losses", "was pressed on the delays"), not
 * a time, a medium or a place after the preposition. A new rule about questioning and its topic
 * goes here.
 */
import type { Context } from '../../context';
import { isAdverb, isDet, isTimeWord } from '../../context';
import { agentiveNoun, F, PERSON_NOUNS, ruleWords } from '../../lexicon';
import { headClass, isPersonClass } from '../../phrase/head-class';
import { phraseEndingAt } from '../../phrase/phrase-ending';
import { phraseStartingAt } from '../../phrase/phrase-starting';
import type { Sentence } from '../../sentences';
import type { Verb } from '../verb-group';
import { familiesOf, QUESTIONING } from './families';

/**
 * Whether questioning verb `v` has the topic it asks about: a person or a body questioned, then
 * `over`, `on` or `about` and a topic ("grilled the minister over the missing ballots",
 * "pressed him on the delays"), or, in a passive or a bare participle, the topic right after it
 * ("was quizzed about the losses", "Pressed on the delays, she said"). A time, a number or a
 * medium after the preposition is no topic ("questioned the driver on Tuesday", "on the phone").
 */
export function questionedOnTopic(ctx: Context, s: Sentence, v: Verb): boolean {
  const toks = ctx.tokens;
  let k = v.end;
  if (isAdverb(toks[k])) k++;
  if (!TOPIC_PREPS.has(toks[k]?.lower ?? '')) {
    if (v.passive) return false;
    const lead = toks[k];
    const pronoun = !!lead && QUESTIONED_PRONOUNS.has(lead.lower);
    const np = pronoun ? null : phraseStartingAt(ctx, k, s.last, false);
    if (!pronoun && !np) return false;
    if (np) {
      const cls = headClass(ctx, np.head);
      const person = isPersonClass(cls) || cls === 'organisation' || cls === 'name';
      if (!person && !ctx.name[np.head] && !agentiveNoun(toks[np.head]!.lower)) return false;
    }
    k = pronoun ? k + 1 : np!.coreEnd;
    if (isAdverb(toks[k])) k++;
    if (!TOPIC_PREPS.has(toks[k]?.lower ?? '')) return false;
  } else if (!v.passive && !toks[v.i]!.lower.endsWith('ed')) return false;
  const topic = phraseStartingAt(ctx, k + 1, s.last, false);
  if (!topic) return false;
  const head = toks[topic.head]!;
  const first = toks[k + 1]!;
  return !isTimeWord(head) && first.kind === 'word' && !NO_TOPICS.has(head.lower);
}

/**
 * Whether `v` is a questioning verb's bare participle with its topic right after it: the headline
 * "Chief Executive Grilled Over Missing Ballots", "Pressed on the delays, she said". Whoever
 * asked is not in the clause, so the cue has no source (decision 168's "grilled over").
 */
export function questionedParticiple(ctx: Context, v: Verb): boolean {
  if (v.passive || v.sawAux || (familiesOf(v.entry) & QUESTIONING) === 0) return false;
  const toks = ctx.tokens;
  if (!toks[v.i]!.lower.endsWith('ed')) return false;
  const k = isAdverb(toks[v.end]) ? v.end + 1 : v.end;
  return TOPIC_PREPS.has(toks[k]?.lower ?? '');
}

/**
 * Whether `question` at `v` is doubting a thing, not interrogating a person: what is questioned
 * is a claim, a figure, a decision or any other thing, never a person or a body. Its object
 * ("Rival campaigns questioned the sample", "questioned the legality of the fees"), a passive's
 * subject ("The figure has been questioned", "its legal basis was questioned internally") or,
 * for a bare participle with no object, the thing before it (the headline "after images
 * questioned"). Not "Police questioned the driver", "Two men were questioned", "The survey
 * questioned 2,000 adults", "questioned him for hours".
 */
export function questionedThing(ctx: Context, s: Sentence, v: Verb): boolean {
  if (v.lemma !== 'question') return false;
  const toks = ctx.tokens;
  if (v.passive) {
    const np = phraseEndingAt(ctx, v.g - 1, s.first);
    return !!np && thingHead(ctx, np.head);
  }
  const k = isAdverb(toks[v.end]) ? v.end + 1 : v.end;
  const np = phraseStartingAt(ctx, k, s.last);
  return np ? thingHead(ctx, np.head) : questionedReduced(ctx, s, v);
}

/**
 * Whether `question` at `v` is a bare participle with no object right after a thing, a reduced
 * passive of doubting it ("after images questioned", "trial results questioned after a
 * reanalysis"): the thing is what is doubted, not who doubts, so the cue has no subject source.
 */
export function questionedReduced(ctx: Context, s: Sentence, v: Verb): boolean {
  const toks = ctx.tokens;
  if (v.lemma !== 'question' || v.sawAux || !toks[v.i]!.lower.endsWith('ed')) return false;
  const k = isAdverb(toks[v.end]) ? v.end + 1 : v.end;
  // (not before a question or a clause: "people contacted for this article questioned whether")
  const next = toks[k]?.lower ?? '';
  if (isDet(toks[k]) || CLAUSE_OPENERS.has(next) || phraseStartingAt(ctx, k, s.last)) return false;
  const before = phraseEndingAt(ctx, v.i - 1, s.first);
  return !!before && before.end === v.i && thingHead(ctx, before.head);
}

/**
 * Whether token `h` heads a phrase for a thing: a lowercase common noun that no list and no
 * shape makes a person or a body, not a name, a pronoun or a number ("the figures", "its
 * legality", not "the driver", "staff", "2,000 adults", "them").
 */
function thingHead(ctx: Context, h: number): boolean {
  const t = ctx.tokens[h]!;
  if (t.kind !== 'word' || t.cap || ctx.name[h]) return false;
  if ((t.f & (F.PRON | F.QUANT | F.TIME)) !== 0) return false;
  const cls = headClass(ctx, h);
  if (cls !== 'other' && cls !== 'document') return false;
  return !PERSON_NOUNS.has(t.lower) && !agentiveNoun(t.lower);
}

/** Words that open what a questioner asks: `whether`, `why`, `that`. */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set([...ruleWords('questionWords'), 'if', 'that']);

/** Prepositions of the topic a person is questioned on: `over`, `on`, `about`. */
const TOPIC_PREPS: ReadonlySet<string> = new Set(['about', 'on', 'over']);

/** Object pronouns of the person questioned: `him`, `them`. */
const QUESTIONED_PRONOUNS: ReadonlySet<string> = new Set(['her', 'him', 'me', 'them', 'us', 'you']);

/** Heads after the preposition that are a medium or a place of questioning, not its topic. */
const NO_TOPICS = ruleWords('questioningNonTopics');
