/**
 * People placed on a production: "A show insider", "a production source", "A source on the
 * show", "an insider on set". A show or a film in the making is a workplace, and a story that
 * names one has it in view: its insiders are people of a named body, `named: 'partial'`, as "a
 * club source" is of the club the story names (decision 144 of the labelled sets: "A show
 * insider", "A production insider"; decision 139's "A source on the show"). A sector word is no
 * workplace ("A telly insider", "a soap source": point 139), and with no name before it the show
 * is one the story does not name.
 */
import type { Context } from '../context';
import { F } from '../lexicon';
import type { NounPhrase } from './noun-phrase';
import { isPlaceName } from './places';

/**
 * Whether `np`, whose head is a word for one who speaks for a body (`insider`, `source`,
 * `spokesman`), is placed on a production by the word right before its head (`a show insider`)
 * or by `on` after it (`on the show`, `on set`), and a name that is no place or date stands
 * before it.
 */
export function productionPeople(ctx: Context, np: NounPhrase): boolean {
  const toks = ctx.tokens;
  const h = np.head;
  const before = h > np.start && !ctx.name[h - 1] && PRODUCTIONS.has(toks[h - 1]!.lower);
  if (!before && !onProduction(ctx, h + 1, np.end)) return false;
  for (let q = np.start - 1; q >= 0; q--)
    if (ctx.name[q] && (toks[q]!.f & F.TIME) === 0 && !isPlaceName(ctx, q)) return true;
  return false;
}

/**
 * Whether `on the show`, `on the production`, `on set` or `on the set` starts at token `k`,
 * inside the phrase (before `end`).
 */
function onProduction(ctx: Context, k: number, end: number): boolean {
  const toks = ctx.tokens;
  if (toks[k]?.lower !== 'on') return false;
  const the = toks[k + 1]?.lower === 'the' ? 1 : 0;
  const w = toks[k + 1 + the];
  if (!w || k + 1 + the >= end || ctx.name[k + 1 + the]) return false;
  if (w.lower === 'set') return true;
  return the === 1 && PRODUCTIONS.has(w.lower);
}

/** Words for a show or film as a workplace: `show`, `production`. */
const PRODUCTIONS: ReadonlySet<string> = new Set(['production', 'show']);
