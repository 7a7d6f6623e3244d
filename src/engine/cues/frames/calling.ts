/**
 * Calling and naming: `call` reports when it labels something (`what critics called "a
 * disgrace"`, "called the plan reckless", "called it a betrayal"), not when one calls for a taxi.
 * A new rule about labels a speaker gives with `call` (a verb of the quotative family) goes
 * here.
 */
import type { Context } from '../../context';
import { isAdverb, isTimeWord, isVerbLike, isWord } from '../../context';
import { ruleWords } from '../../lexicon';
import { phraseStartingAt } from '../../phrase/phrase-starting';
import type { Sentence } from '../../sentences';
import type { Verb } from '../verb-group';

/**
 * "over what it called an uninhabited area", "attacked what he calls a witch hunt": the
 * subject's own name for something, after `what` and a short subject (a pronoun or up to three
 * words), with no quotation marks.
 */
export function whatCalled(ctx: Context, s: Sentence, v: Verb): boolean {
  const toks = ctx.tokens;
  if (v.lemma !== 'call' || v.passive || ctx.tokens[v.i]!.lower === 'call') return false;
  for (let k = v.g - 2; k >= s.first && k >= v.g - 4; k--) {
    const w = toks[k]!;
    if (w.lower === 'what') return true;
    if (!isWord(w) || isVerbLike(w)) return false;
  }
  return false;
}

/**
 * "called the plan a disgrace", "calling it reckless", "was called a farce": the speaker's own
 * label for something (decision 112's "called the attack 'a disgrace'" without the quotation
 * marks): `call`, its object (none in the passive), then `a`/`an` and a noun that is no time or
 * thing fetched ("called it a day", "called them a taxi"), or a word of judgement. "called a
 * meeting", "called the police" and "called her mother" have no label after the object.
 */
export function calledSomething(ctx: Context, s: Sentence, v: Verb): boolean {
  if (v.lemma !== 'call') return false;
  const toks = ctx.tokens;
  let k = v.end;
  if (!v.passive) {
    const lead = toks[k];
    if (!lead || lead.kind !== 'word') return false;
    if (CALLED_PRONOUNS.has(lead.lower)) k++;
    else {
      const np = phraseStartingAt(ctx, k, s.last, false);
      if (!np) return false;
      // ("called the plan reckless": the phrase may take the judgement in as its last word)
      const last = toks[np.coreEnd - 1]!;
      if (np.coreEnd - 1 > k + 1 && JUDGEMENT_ADJECTIVES.has(last.lower)) return true;
      k = np.coreEnd;
    }
  }
  const w = toks[k];
  if (!w || w.kind !== 'word') return false;
  if (w.lower === 'a' || w.lower === 'an') {
    const np = phraseStartingAt(ctx, k, s.last, false);
    if (!np) return false;
    const head = toks[np.head]!;
    return head.kind === 'word' && !isTimeWord(head) && !CALLED_NOT_LABELS.has(head.lower);
  }
  const adj = isAdverb(w) ? toks[k + 1] : w;
  return !!adj && JUDGEMENT_ADJECTIVES.has(adj.lower);
}

/** Object pronouns of what is called something: `it`, `them`, `him`. */
const CALLED_PRONOUNS: ReadonlySet<string> = new Set([
  'her',
  'him',
  'it',
  'me',
  'them',
  'this',
  'us',
  'you',
]);

/** Words of judgement a speaker calls something: `reckless`, `unacceptable`, `wrong`. */
const JUDGEMENT_ADJECTIVES = ruleWords('judgementAdjectives');

/** What one calls for someone, no label: `a taxi`, `an ambulance`, `a halt`. */
const CALLED_NOT_LABELS = ruleWords('calledNotLabels');
