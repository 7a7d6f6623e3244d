/**
 * An anonymous-source noun's repeat (`the source`, `the insider`, `the sources`) refers back to the
 * story's anonymous source, though another word introduced it (`A worker at the factory told the
 * paper ... The source said`, `A Northvale insider said ... the source added`) and other people
 * spoke in between (`"Kayla accused Jett," the source said. The insider added`). The repeat takes
 * that source's namedness: a person of a named body stays named (decision 23 of the labelled
 * sets), a wholly unnamed one unnamed (decision 7).
 */
import { agentiveNoun, GENERIC_SOURCES, ROLE_NOUNS } from '../../lexicon';
import { SPOKES_HEADS } from '../../phrase/namedness';
import type { Tracked } from '../registry';
import type { LinkState } from './state';

/**
 * The latest source of the story so far that the anonymous-source noun `head` (`source`,
 * `insiders`) may repeat: a person (a group when plural) the story does not name, described by a
 * source noun, a role or an agent noun (`insider`, `official`, `worker`), not one who speaks for
 * a body (`a company spokeswoman`). Named people in between are passed over (an anonymous source
 * is no named person); the walk stops at an anonymous source of the other number (`one of the
 * people familiar with the talks`, whom a singular may repeat). Null for other heads (`the
 * person`, `the people`: ./descriptions.ts), after a source in the same word, or when there is
 * none.
 */
export function anonymousSourceBefore(st: LinkState, head: string): Tracked | null {
  // (a source met before in the same word is the antecedent: "an insider at the singer's label,
  // Silverline Music, said ... the insider said", ./descriptions.ts)
  if (!SOURCE_NOUNS.has(head) || st.registry.byHead(head)) return null;
  const type = head.endsWith('s') ? 'group' : 'person';
  for (let q = st.tracked.length - 1; q >= 0; q--) {
    const t = st.tracked[q]!;
    const e = t.entity;
    if (t.merged || e.named === true || t.population) continue;
    if (e.type !== type) {
      if (GENERIC_SOURCES.has(t.head)) return null;
      continue;
    }
    if (SPOKES_HEADS.has(t.head)) continue;
    if (GENERIC_SOURCES.has(t.head) || ROLE_NOUNS.has(t.head) || agentiveNoun(t.head)) return t;
  }
  return null;
}

/** Nouns that stand only for an anonymous source: `source`, `insiders`. */
const SOURCE_NOUNS: ReadonlySet<string> = new Set(['insider', 'insiders', 'source', 'sources']);
