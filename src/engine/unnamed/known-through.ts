/**
 * People known through another: a possessive and a noun of a person that acts or speaks, "Her
 * granddaughter wrote online", "the groom's brother had been drinking", "her former partner said",
 * "The email's author said", "His former college coach said" (decisions 6 and 67 of the labelled
 * sets: relatives, allies and those described by closeness are a required `unnamed`; a named
 * party's representative, "his lawyer", is an optional one, so flagging it costs nothing). The
 * phrase tells the reader whose they are, never who they are. Reached only when the phrase's
 * namedness is false (a person of a named body, "the company's auditor", is judged before), and
 * after a name in apposition ("her lawyer, Jan Otto,") has left it unflagged.
 */
import type { Context } from '../context';
import { ruleWords } from '../lexicon';
import type { HeadClass } from '../phrase/head-class';
import { isPersonClass } from '../phrase/head-class';
import type { NounPhrase } from '../phrase/noun-phrase';
import type { Sentence } from '../sentences';
import { position } from './position';

/** Third-person possessive determiners: the writer's own (`my`, `our`) are not another's. */
const THIRD_POSSESSIVES: ReadonlySet<string> = new Set(['his', 'her', 'its', 'their']);

/** Relatives, friends, allies, rivals: `sister`, `ex-partner`, `neighbour`, `allies`. */
const RELATION_HEADS = ruleWords('relationHeads');

/**
 * Relations by side rather than by kin or friendship, who act in the story as much as they speak:
 * "their militia allies slaughtered", "his critics argue".
 */
const SIDE_RELATIONS: ReadonlySet<string> = new Set([
  'allies',
  'ally',
  'associate',
  'associates',
  'confidant',
  'confidante',
  'confidants',
  'critic',
  'critics',
  'detractor',
  'detractors',
  'loyalist',
  'loyalists',
  'opponent',
  'opponents',
]);

/**
 * The people of the owner's own body or household, as much the owner as its parts ("its troops
 * advanced", "The jet's crew", "his staff"), and the client a representative speaks for (the
 * party the story is about: "said his client had done nothing wrong"), and a body's market crowds
 * ("Its shareholders will not receive any money": optional at most, decisions 90 and 99).
 */
const OWN_PEOPLE: ReadonlySet<string> = new Set([
  ...ruleWords('ownPeople'),
  // (not a publication's source, "The Courant's source said": whom the outlet relied on)
  ...[...ruleWords('memberHeads')].filter((w) => w !== 'source' && w !== 'sources'),
  ...ruleWords('bodyPeople'),
  ...ruleWords('stanceCrowds'),
  'client',
  'clients',
  'force',
  'forces',
  'players',
  'soldiers',
  'squad',
  'team',
  'teams',
  'troops',
]);

/** Kinds of place: a place's people (`the village's fishermen`) are placed, not known through anyone. */
const PLACE_KINDS = ruleWords('placeKinds');

/** Words that make a role a title of the owner's body: `its chief executive`, `the firm's deputy head`. */
const TITLE_MODIFIERS = ruleWords('titleModifiers');

/**
 * Person nouns that also name a device or a part of one, the sense a thing's possessive picks
 * ("The console's controller", "the phone's speaker", "the app's server").
 */
const DEVICE_SENSES: ReadonlySet<string> = new Set([
  'charger',
  'controller',
  'controllers',
  'driver',
  'drivers',
  'handler',
  'monitor',
  'monitors',
  'player',
  'printer',
  'processor',
  'reader',
  'receiver',
  'recorder',
  'router',
  'scanner',
  'server',
  'servers',
  'speaker',
  'speakers',
  'tracker',
  'transmitter',
]);

/**
 * Whether `np` is a person or people known only through a possessive owner, who speaks (a
 * source) or acts. Relatives and friends count only as sources: the family a story mentions
 * ("Her father played accordion at weddings", "owned by her partner") lives its life, it does not
 * act in the story; so does a title ("its chief executive") unless credited.
 */
export function knownThroughAnother(
  ctx: Context,
  s: Sentence,
  np: NounPhrase,
  cls: HeadClass,
  isSource: boolean,
): boolean {
  const toks = ctx.tokens;
  const head = toks[np.head]!.lower;
  const relation = RELATION_HEADS.has(head);
  if (!isPersonClass(cls) && !relation) return false;
  // the head ends the phrase's core: "her lawyer", not "her lawyer's office"
  if (np.head !== np.coreEnd - 1 || OWN_PEOPLE.has(head) || DEVICE_SENSES.has(head)) return false;
  if (!possessed(ctx, np)) return false;
  for (let k = np.start; k < np.head; k++)
    if (
      TITLE_MODIFIERS.has(toks[k]!.lower) ||
      (toks[k + 1]?.kind === 'pos' && PLACE_KINDS.has(toks[k]!.lower))
    )
      return false;
  // "Kethireddy and her colleagues wrote": the people with a named person, who leads them
  const and = toks[np.start - 1];
  if (and?.lower === 'and' && ctx.name[np.start - 2]) return false;
  if (isSource) return true;
  if ((relation && !SIDE_RELATIONS.has(head)) || cls === 'title') return false;
  const where = position(ctx, s, np);
  return where === 'subject' || where === 'raised' || where === 'agent';
}

/** Whether `np` opens with a third-person possessive or has a genitive before its head. */
function possessed(ctx: Context, np: NounPhrase): boolean {
  const toks = ctx.tokens;
  const first = toks[np.start]!.lower;
  if (THIRD_POSSESSIVES.has(first)) return true;
  // ("My great-grandfather's grandfather": the writer's own)
  if (first === 'my' || first === 'our' || first === 'your') return false;
  for (let k = np.start + 1; k < np.head; k++) if (toks[k]!.kind === 'pos') return true;
  return false;
}
