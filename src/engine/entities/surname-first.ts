/**
 * A surname met before the full name: a headline's `Reeves says council ignored warnings` (or
 * `Ms. Okafor` in a lede) and the body's `Eric Reeves, a former planning officer, said` are one
 * person. Later mentions of a surname find the full name met before (./names.ts); this is the
 * other direction, settled once the part is linked: a one-word name (a title may stand before
 * it) whose surname exactly one person named in full later carries is that person.
 */
import { TITLE_ABBREVIATIONS } from '../lexicon';
import type { LaterView } from './delayed';
import type { Tracked } from './registry';

/** Pairs `[surname mention's entity, the full name's entity]` to merge. */
export function surnamesNamedLater(view: LaterView): [Tracked, Tracked][] {
  const out: [Tracked, Tracked][] = [];
  const { tracked } = view;
  /**
   * The entities looked at so far: a later mention of one is not looked at again (the tests
   * before depend on the entity alone, so its first mention passed them too).
   */
  const met = new Set<Tracked>();
  let bySurname: Map<string, number[]> | null = null;
  for (let q = 0; q < tracked.length; q++) {
    const t = tracked[q]!;
    const e = t.entity;
    if (t.merged || e.named !== true || (e.type !== 'person' && e.type !== 'unknown')) continue;
    if (t.given || met.has(t)) continue;
    met.add(t);
    const surname = loneSurname(e.name);
    if (!surname) continue;
    let into: Tracked | null = null;
    let ambiguous = false;
    // (the full names' mentions by surname, in order: not a pass over every later mention)
    bySurname ??= fullNames(tracked);
    const at = bySurname.get(surname);
    if (at)
      for (const m of at) {
        if (m <= q) continue;
        const u = tracked[m]!;
        if (u === t || u === into || u.first <= t.first) continue;
        if (into) ambiguous = true;
        into = u;
      }
    if (into && !ambiguous && !organisationWord(tracked, surname)) out.push([t, into]);
  }
  return out;
}

/** The mentions of people named in full (not merged), by surname, in order. */
function fullNames(tracked: readonly Tracked[]): Map<string, number[]> {
  const out = new Map<string, number[]>();
  for (let m = 0; m < tracked.length; m++) {
    const u = tracked[m]!;
    if (u.merged || u.entity.type !== 'person' || !u.given) continue;
    const list = out.get(u.surname);
    if (list) list.push(m);
    else out.set(u.surname, [m]);
  }
  return out;
}

/** Whether an organisation of the part has `word` in its name (`Ford` of Ford Motor Co.). */
function organisationWord(tracked: readonly Tracked[], word: string): boolean {
  for (let i = 0; i < tracked.length; i++) {
    const t = tracked[i]!;
    if (t.entity.type === 'organisation' && hasWord(t.orgKey, word)) return true;
  }
  return false;
}

/**
 * Whether `word` is one of the space-separated words of `key` (what `` ` ${key} `.includes(` ${word}
 * `) `` tells, without building either string).
 */
function hasWord(key: string, word: string): boolean {
  const n = word.length;
  if (n === 0) return ` ${key} `.includes('  ');
  for (let at = key.indexOf(word); at >= 0; at = key.indexOf(word, at + 1)) {
    const before = at === 0 || key.charCodeAt(at - 1) === 32;
    const after = at + n === key.length || key.charCodeAt(at + n) === 32;
    if (before && after) return true;
  }
  return false;
}

/** The lowercase surname of a one-word name (`Reeves`, `Mr. Reeves`), or ''. */
function loneSurname(name: string): string {
  const words = name.split(/\s+/);
  const last = words[words.length - 1]!;
  if (words.length > 2) return '';
  if (words.length === 2 && !TITLE_ABBREVIATIONS.has(words[0]!.toLowerCase().replace(/\.$/, '')))
    return '';
  return /^\p{Lu}[\p{L}'\u2019-]+$/u.test(last) ? last.toLowerCase() : '';
}
