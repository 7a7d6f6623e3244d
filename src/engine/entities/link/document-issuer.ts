/**
 * Documents whose issuer the story gives though the phrase itself names no one: a document a
 * relative `whose` ties to a named antecedent (`the National Audit Office, whose report found`),
 * and the charging document of a named case (`According to the indictment` in a story that names
 * the accused). The guideline names a document through who issued or commissioned it (its
 * settled case on documents; decisions 68, 155 and 164 of the labelled sets).
 */
import type { NounPhrase } from '../../phrase/noun-phrase';
import { isPlaceName } from '../../phrase/places';
import type { LinkState } from './state';

/**
 * Whether the document `np`, which its own words leave unnamed, has an issuer the story gives:
 * `relativeOwner` or `namedCaseCharge`.
 */
export function issuerGiven(st: LinkState, np: NounPhrase): boolean {
  return relativeOwner(st, np) || namedCaseCharge(st, np);
}

/**
 * Whether `np` opens with the relative possessive `whose` right after a proper name that is no
 * place: "the National Audit Office, whose report last month found", "Dr. Ana Lind, whose study
 * was published in May" (the name's document, as "the office's report" would be). Not after a
 * description ("a consultancy, whose report": no issuer given) nor a place ("in Velmar, whose
 * records show": a place issues nothing, decision 127).
 */
function relativeOwner(st: LinkState, np: NounPhrase): boolean {
  const ctx = st.ctx;
  const toks = ctx.tokens;
  if (toks[np.start]!.lower !== 'whose') return false;
  let k = np.start - 1;
  if (toks[k]?.lower === ',') k--;
  if (k < 0 || !ctx.name[k] || isPlaceName(ctx, k)) return false;
  const r = st.names.runAt(k);
  return r >= 0 && st.names.kind(r) !== 'place';
}

/**
 * Whether `np` is "the indictment" (or "the charge sheet") in a story that, before it, names a
 * person and speaks of a prosecution: the charging document of a named case's prosecution, a
 * unique body of that case (decision 155 of the labelled sets). With no person named, it is the
 * indictment of an unnamed case and stays unnamed (decision 164); other court filings may come
 * from either side and keep their own rules (decision 83).
 */
function namedCaseCharge(st: LinkState, np: NounPhrase): boolean {
  const ctx = st.ctx;
  const toks = ctx.tokens;
  if (toks[np.start]!.lower !== 'the' || np.end !== np.coreEnd) return false;
  const head = toks[np.head]!.lower;
  const charge =
    head === 'indictment' ||
    (head === 'sheet' && np.head === np.start + 2 && toks[np.head - 1]!.lower === 'charge');
  if (!charge) return false;
  for (let k = np.start; k < np.end; k++) if (ctx.name[k]) return false;
  let person = false;
  let prosecution = false;
  for (let k = 0; k < np.start && !(person && prosecution); k++) {
    if (!prosecution && PROSECUTION.has(toks[k]!.lower)) prosecution = true;
    if (!person && ctx.name[k] && !isPlaceName(ctx, k)) {
      const r = st.names.runAt(k);
      person = r >= 0 && st.names.kind(r) === 'person';
    }
  }
  return person && prosecution;
}

/** Words of a prosecution: who is charged, tried or prosecuted, and where. */
const PROSECUTION: ReadonlySet<string> = new Set([
  'accused',
  'charged',
  'convicted',
  'defendant',
  'defendants',
  'indicted',
  'prosecuted',
  'prosecution',
  'prosecutor',
  'prosecutors',
  'trial',
]);
