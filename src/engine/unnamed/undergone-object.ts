/**
 * People who only undergo a clause's act as its object: the victim of an act of harm ("Gunmen
 * shot a lawyer", "Thieves robbed a pensioner"), whom rescuers took to safety ("Lifeboat crews
 * rescued four anglers"), and the audience of an address ("The minister addressed officials").
 * The guideline leaves victims and non-agents unlabelled, under any description (decision 102 of
 * the labelled sets), and the audience of a cue or an address is never `unnamed` (decisions 41,
 * 71, 121). People a story accuses are actors wherever they stand (decisions 70, 102): "Police
 * shot a gunman" keeps the gunman, and so does one whose own act a relative clause gives ("robbed
 * a man who had ..."); a definite phrase may repeat a group that acted, so only new mentions are
 * left out.
 */
import type { Context } from '../context';
import { isAdverb, isPunct } from '../context';
import type { NounPhrase } from '../phrase/noun-phrase';
import type { Sentence } from '../sentences';

/** Past verbs of harm or rescue done to a person: `shot`, `robbed`, `stabbed`, `rescued`. */
const UNDERGONE: ReadonlySet<string> = new Set([
  'abducted',
  'assaulted',
  'attacked',
  'beat',
  'injured',
  'kidnapped',
  'killed',
  'kicked',
  'mugged',
  'murdered',
  'punched',
  'raped',
  'rescued',
  'robbed',
  'shot',
  'stabbed',
  'wounded',
]);

/** Past verbs of addressing an audience: `addressed`, `thanked`, `greeted`. */
const ADDRESSED: ReadonlySet<string> = new Set([
  'addressed',
  'congratulated',
  'greeted',
  'lectured',
  'thanked',
]);

/**
 * Heads that name the doer of a deed, accused wherever they stand: `gunman`, `suspect`,
 * `robbers` (singular and plural).
 */
const DEED_DOERS: ReadonlySet<string> = new Set([
  'gunman',
  'gunmen',
  'thief',
  'thieves',
  ...[
    'abductor',
    'arsonist',
    'assailant',
    'attacker',
    'bandit',
    'bomber',
    'burglar',
    'carjacker',
    'escapee',
    'fugitive',
    'gangster',
    'hijacker',
    'insurgent',
    'intruder',
    'kidnapper',
    'killer',
    'looter',
    'militant',
    'mugger',
    'murderer',
    'offender',
    'pirate',
    'poacher',
    'raider',
    'rioter',
    'robber',
    'shooter',
    'smuggler',
    'sniper',
    'suspect',
    'terrorist',
    'trafficker',
    'vandal',
  ].flatMap((w) => [w, `${w}s`]),
]);

/** Whether `np` is the object of an act of harm, rescue or address that it only undergoes. */
export function undergoneObject(ctx: Context, s: Sentence, np: NounPhrase): boolean {
  const toks = ctx.tokens;
  let v = np.start - 1;
  while (v > s.first && isAdverb(toks[v])) v--;
  const verb = toks[v]?.lower ?? '';
  if (v < s.first || (!UNDERGONE.has(verb) && !ADDRESSED.has(verb))) return false;
  // (not a reduced passive before it: "a soldier shot a man" is fine, "men shot dead" is no
  // object; the verb must follow a word, not open the sentence)
  if (v === s.first || isPunct(toks[v - 1])) return false;
  if (DEED_DOERS.has(toks[np.head]!.lower)) return false;
  // (a new mention only: "thanked the mediators" may repeat a group that acted, required at every
  // mention, decisions 7, 158)
  if (toks[np.start]!.lower === 'the') return false;
  // ("robbed a man who had threatened them": an act of its own follows)
  let k = np.end;
  if (isPunct(toks[k], ',')) k++;
  const w = toks[k]?.lower;
  return w !== 'who' && w !== 'that';
}
