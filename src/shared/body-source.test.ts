import { describe, expect, test } from 'vitest';
import { analyze } from '../engine';
import type { AnonymityCheck, SourceSpan } from '../engine/types';
import { anonymityAsked, descriptionHead, entityHead, namesABody } from './body-source';

describe('namesABody', () => {
  test.each([
    ['The courts', true],
    ['several retail outlets', true],
    ['Police', true],
    ['the police force', true],
    ['A group of retailers', true],
    ['Two hospitals in the north', true],
    // near misses: people, of a body or not
    ['A court official', false],
    ['Officials at two retail chains', false],
    ['A group of officials', false],
    ['people familiar with the talks', false],
    ['a police spokesman', false],
    ['the outlet’s owner', false],
  ])('%s: %s', (words, body) => {
    expect(namesABody({ name: words })).toBe(body);
  });

  test('the engine’s head when it gives one, the word before it for a two-word body', () => {
    // (a head the words alone would not give: the engine parsed the phrase)
    expect(namesABody({ name: 'the outlets in question', head: 'outlets' })).toBe(true);
    expect(namesABody({ name: 'the clinic staff', head: 'staff' })).toBe(false);
    expect(entityHead({ name: 'the regional police force', head: 'force' })).toEqual({
      head: 'force',
      before: 'police',
    });
    expect(namesABody({ name: 'the regional police force', head: 'force' })).toBe(true);
    // (a gathering is what it is of)
    expect(entityHead({ name: 'a group of officials', head: 'group' }).head).toBe('officials');
  });

  test('the entities the engine makes from descriptions carry their head', () => {
    const text =
      'Several retail outlets said prices would rise. A senior Treasury official said so too.';
    const heads = analyze(text).flatMap((f) => (f.source?.entity ? [f.source.entity.head] : []));
    expect(heads).toEqual(['outlets', 'official']);
  });

  test('the head is the last word before a post-modifier, or what a gathering is of', () => {
    expect(descriptionHead('Officials at two retail chains')).toEqual({
      head: 'officials',
      before: '',
    });
    expect(descriptionHead('a number of local firms')).toEqual({ head: 'firms', before: 'local' });
    expect(descriptionHead('')).toEqual({ head: '', before: '' });
  });
});

const CHECK: AnonymityCheck = { specificity: 'role', reason: null, basis: null, obtained: null };

/** A source span of `name`'s entity, of `type`, with the engine's anonymity check. */
const source = (name: string, type: SourceSpan['type']): SourceSpan => ({
  start: 0,
  end: name.length,
  named: false,
  type,
  entity: { id: 'e1', name, named: false, type: type ?? 'unknown', anonymity: CHECK },
});

describe('anonymityAsked', () => {
  test('a body or a kind of bodies speaking as itself is asked nothing of anonymity', () => {
    expect(anonymityAsked(source('The courts', 'group'))).toBeUndefined();
    expect(anonymityAsked(source('several retail outlets', 'group'))).toBeUndefined();
    expect(anonymityAsked(source('Police', 'organisation'))).toBeUndefined();
  });

  test('people, a person of a body and a document keep the engine’s check', () => {
    expect(anonymityAsked(source('A group of officials', 'organisation'))).toBe(CHECK);
    expect(anonymityAsked(source('A court official', 'person'))).toBe(CHECK);
    // (a person's words are never a body's, whatever the head: "a hospital porter")
    expect(anonymityAsked(source('the council', 'person'))).toBe(CHECK);
    expect(anonymityAsked(source('a council report', 'document'))).toBe(CHECK);
    expect(anonymityAsked({ start: 0, end: 3, named: true })).toBeUndefined();
  });

  test('on the engine’s findings: the courts lose the question, an official keeps it', () => {
    const text =
      'The judge threw out the suit. The courts have long held that such clauses are void. ' +
      'A court official, who was not authorized to speak publicly, said an appeal was likely.';
    const sources = new Map(
      analyze(text).flatMap((f) => (f.source?.entity ? [[f.source.entity.name, f.source]] : [])),
    );
    const courts = sources.get('The courts');
    // (the engine does check the courts: without this rule the ledgers asked why they are anonymous)
    expect(courts?.entity?.anonymity).toBeDefined();
    expect(anonymityAsked(courts!)).toBeUndefined();
    const checks = new Map([...sources].map(([name, s]) => [name, anonymityAsked(s)]));
    expect(checks.get('A court official')?.reason?.kind).toBe('not-authorised');
  });
});
