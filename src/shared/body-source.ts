/**
 * Whether a source not named is a body or a kind of bodies speaking as itself (`the courts have
 * held`, `several retail outlets claim`, `the police said`), not people whose names the story
 * withholds. Newsroom standards ask why anonymity was granted and how the source knows of a
 * person (or people) who could have been named; an institution or a trade in general was granted
 * nothing, so the ledgers ask none of those questions of it. Pure.
 */
import { organisation } from '../engine/lexicon/actor-nouns.json';
import { institutionWords } from '../engine/lexicon/entity-words.json';
import type { AnonymityCheck, SourceEntity, SourceSpan } from '../engine/types';

/** Head nouns of bodies: `court`, `courts`, `outlets`, `police force`, `police`, `hospital`. */
const BODY_HEADS: ReadonlySet<string> = new Set([...organisation, ...institutionWords]);

/**
 * Heads that take their meaning from what follows `of` (`a group of officials`, `a number of
 * firms`): the source is who or what the group is made of.
 */
export const GATHERING =
  /^(?:group|groups|number|handful|couple|pair|team|teams|panel|delegation)$/;

/** Words that end a description's core: a post-modifier, a clause, a possessive's owner. */
const POST_MODIFIER =
  /^(?:of|in|at|from|for|with|on|near|across|around|inside|outside|within|who|whom|whose|that|which|where|familiar|close|involved|including|such)$/;

/**
 * The head noun of a description, lowercase, with the word before it (a body's name may be two
 * words, `police force`): the last word before a post-modifier, or the word after a gathering's
 * `of`. Empty for no words.
 */
export function descriptionHead(words: string): { head: string; before: string } {
  const list = words
    .toLowerCase()
    .replace(/[’']s\b/g, '')
    .split(/[\s,;:()“”"]+/)
    .filter((w) => w !== '');
  let end = list.findIndex((w) => POST_MODIFIER.test(w));
  if (end < 0) end = list.length;
  const head = list[end - 1] ?? '';
  if (GATHERING.test(head) && list[end] === 'of')
    return descriptionHead(list.slice(end + 1).join(' '));
  return { head, before: list[end - 2] ?? '' };
}

/**
 * The head noun of a source's entity, with the word before it in its name (a body's name may be
 * two words, `police force`): the head the engine parsed when it gives one, else
 * `descriptionHead` of the name (a finding from an older build or an import); for a gathering
 * (`a group of officials`), the head of what follows its `of`.
 */
export function entityHead(entity: Pick<SourceEntity, 'name' | 'head'>): {
  head: string;
  before: string;
} {
  const head = entity.head;
  if (!head || GATHERING.test(head)) return descriptionHead(entity.name);
  const words = entity.name.toLowerCase().split(/\s+/);
  const at = words.lastIndexOf(head);
  return { head, before: at > 0 ? (words[at - 1] ?? '') : '' };
}

/** Whether a source's head is a body or a kind of bodies (`the courts`, `retail outlets`). */
export function namesABody(entity: Pick<SourceEntity, 'name' | 'head'>): boolean {
  const { head, before } = entityHead(entity);
  return BODY_HEADS.has(head) || BODY_HEADS.has(`${before} ${head}`);
}

/**
 * What the story says of a source's anonymity, as the ledgers show it: the engine's check of its
 * entity (`source.entity.anonymity`), unless the source is a person's or people's, and not
 * named, or a document (a document's check asks how the story came to have it). A body or a kind
 * of bodies described by the story (`the courts`, `several retail outlets`) gets none: nobody
 * there was granted anonymity.
 */
export function anonymityAsked(source: SourceSpan): AnonymityCheck | undefined {
  const entity = source.entity;
  const check = entity?.anonymity;
  if (!check) return undefined;
  const type = source.type ?? entity.type;
  if (type === 'document' || entity.type === 'document' || type === 'person') return check;
  return namesABody(entity) ? undefined : check;
}
