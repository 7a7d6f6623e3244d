import { describe, expect, test } from 'vitest';
import { analyze } from '../analyze';
import { joints } from '../test-helpers';

describe('a joint source: two people or bodies joined by "and"', () => {
  test('two people met before: the pair is each of them, by its own entity', () => {
    const text =
      'Mara Lind, a lawyer, said the deal was fair. Teo Brack, an accountant, said it was not. Lind and Brack said they would meet again.';
    const rows = joints(text);
    expect(rows[2]).toEqual([
      'Lind and Brack',
      'Mara Lind and Teo Brack',
      ['Mara Lind', 'Teo Brack'],
    ]);
    const findings = analyze(text, { kinds: ['attribution'] });
    const ids = findings.map((f) => f.source?.entity?.id);
    expect(findings[2]?.source?.entity?.members?.map((m) => m.id)).toEqual([ids[0], ids[1]]);
  });

  test('two bodies, the second with its article, are two, whatever the first is known as', () => {
    expect(
      joints(
        'Ostravel and the Harbour Authority said in a joint statement that the pier would close.',
      )[0],
    ).toEqual([
      'Ostravel and the Harbour Authority',
      'Ostravel and Harbour Authority',
      ['Ostravel', 'Harbour Authority'],
    ]);
  });

  test('a person and a body known as one are each a member', () => {
    expect(joints('Mara Lind and the Harbour Authority said the pier was unsafe.')[0]).toEqual([
      'Mara Lind and the Harbour Authority',
      'Mara Lind and Harbour Authority',
      ['Mara Lind', 'Harbour Authority'],
    ]);
    const rows = joints(
      'Greenpeace said the pier was unsafe. Greenpeace and Mara Lind said it should close.',
    );
    expect(rows[1]?.[2]).toEqual(['Greenpeace', 'Mara Lind']);
  });

  test('a person after a body\'s "and" is no word of its name when the story uses the surname', () => {
    const rows = joints(
      'The Harbour Authority and Mara Lind said the pier was unsafe. Lind added that it would close.',
    );
    expect(rows.map((r) => r[1])).toEqual(['Harbour Authority and Mara Lind', 'Mara Lind']);
    expect(rows[0]?.[2]).toEqual(['Harbour Authority', 'Mara Lind']);
    // (a body's name with "and" in it stays one name)
    expect(
      joints(
        'The Department of Health and Human Services said the plan was sound. Services would resume.',
      )[0],
    ).toEqual([
      'The Department of Health and Human Services',
      'Department of Health and Human Services',
      [],
    ]);
  });

  test('two one-word names of no known kind are two sources, not the second alone', () => {
    // (two bodies or two surnames the story has not introduced: each is credited)
    expect(joints('Kessel and Varnow announced a merger on Monday.')[0]).toEqual([
      'Kessel and Varnow',
      'Kessel and Varnow',
      ['Kessel', 'Varnow'],
    ]);
    expect(joints('Lind and Brack said the deal was fair.')[0]?.[2]).toEqual(['Lind', 'Brack']);
    // a later mention of one of them is that member
    const text = 'Kessel and Varnow announced a merger. Varnow said the deal was fair.';
    const findings = analyze(text, { kinds: ['attribution'] });
    expect(findings[0]?.source?.entity?.members?.[1]?.id).toBe(findings[1]?.source?.entity?.id);
  });

  test.each([
    // one body whose name has "and" in it
    ['Avon and Somerset Police said the road was closed.', []],
    // a person and the people around them: no two names
    ['Mara Lind and her family said they were relieved.', []],
    // one person
    ['Mara Lind said the deal was fair.', []],
    // a body and a second name of several words: one body's name
    ['Avon and Somerset Constabulary said the road was closed.', []],
  ])('no members: %s', (text, members) => {
    expect(joints(text)[0]?.[2]).toEqual(members);
  });
});
