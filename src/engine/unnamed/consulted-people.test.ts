import { describe, expect, test } from 'vitest';
import { spans } from '../test-helpers';

// People the story or a source talked to and relies on (consulted-people.ts): unnamed however the
// sentence goes on; not an audience, the press, or people met before.
describe('people the story talked to', () => {
  test.each([
    ['The Harbour Courier spoke to nine tenants over two weeks.', 'nine tenants'],
    ['The charity, which spoke to relatives, said the men were restrained.', 'relatives'],
    ['Tenants I spoke to on Friday were not reassured.', 'Tenants'],
    ['The Ledger has confirmed the letter with two people who have read it.', 'two people'],
    ['The source said he had spoken with people inside the prison.', 'people inside the prison'],
    ['Most of the nurses we interviewed asked not to be named.', 'the nurses'],
    ['The Post spoke to six drivers at the depot.', 'six drivers at the depot'],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed').join('|')).toContain(want);
  });

  test.each([
    // an audience or the press
    ['Speaking to reporters, the mayor praised the crews.', 'reporters'],
    ['Speaking to relatives outside, the minister promised an inquiry.', 'relatives'],
    // people met before, or picked by a possessive
    ['The mayor later spoke to the tenants of both towers.', 'tenants'],
    ['She said she had spoken to her neighbours about it.', 'neighbours'],
  ])('%s', (text, not) => {
    expect(spans(text, 'unnamed').join('|')).not.toContain(not);
  });
});
