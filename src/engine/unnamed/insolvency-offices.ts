/**
 * The office-holders of a named insolvency: "Brannock Freight entered administration ... The
 * administrators said", "Stenmark Homes went into liquidation ... the liquidators". An
 * administrator, liquidator or receiver acts for the insolvent body the story names, as the one
 * court-appointed office of its case, so the story identifies them (point 197 of the labelled sets:
 * the liquidators of a named developer and an administrator of a named collapsed firm are named;
 * practitioners winding up a fund the story never names act for an unnamed principal). Outside an
 * insolvency the nouns keep their other senses: "school administrators", "a wide receiver".
 */
import type { Context } from '../context';
import { inflect } from '../lexicon';
import type { NounPhrase } from '../phrase/noun-phrase';
import type { Sentence } from '../sentences';

/** Each office's own proceeding, the bare noun a body goes into: `administration`, `liquidation`. */
const PROCEEDING_OF: ReadonlyMap<string, string> = new Map([
  ['administrator', 'administration'],
  ['administrators', 'administration'],
  ['liquidator', 'liquidation'],
  ['liquidators', 'liquidation'],
  ['receiver', 'receivership'],
  ['receivers', 'receivership'],
]);

/** Proceedings any of the offices may serve: "filed for insolvency", "filed for bankruptcy". */
const ANY_PROCEEDING: ReadonlySet<string> = new Set(['bankruptcy', 'insolvency']);

/**
 * Words before a bare proceeding noun that make it the insolvency, not the government or the
 * management: "went into administration", "entered liquidation", "filed for administration",
 * "is in receivership", "placed under administration".
 */
const INTO_PROCEEDING: ReadonlySet<string> = new Set([
  ...inflect('enter').keys(),
  'for',
  'in',
  'into',
  'under',
]);

/**
 * Whether `np` is headed by an insolvency office (`administrators`, `the liquidator`) and the
 * story, up to the sentence `s`, has a named body in its proceeding: a sentence in which a name
 * comes before "into administration" (or "entered liquidation", "in receivership", "filed for
 * bankruptcy").
 */
export function namedInsolvencyOffice(ctx: Context, s: Sentence, np: NounPhrase): boolean {
  const toks = ctx.tokens;
  const proceeding = PROCEEDING_OF.get(toks[np.head]!.lower);
  if (proceeding === undefined) return false;
  for (let k = 1; k < s.last; k++) {
    const w = toks[k]!.lower;
    if (w !== proceeding && !ANY_PROCEEDING.has(w)) continue;
    if (!INTO_PROCEEDING.has(toks[k - 1]!.lower)) continue;
    const around = ctx.sentences[ctx.sentenceOf[k]!]!;
    for (let j = around.first; j < k - 1; j++) if (ctx.name[j]) return true;
  }
  return false;
}
