/**
 * What an `it` source goes on with: the document the sentence before opened with, not a body
 * named inside that sentence's phrases of place or occasion; and a name of no known kind the
 * sentence before credited, not a body described earlier. Every sentence is invented.
 */
import { describe, expect, test } from 'vitest';
import { analyze } from '../../index';
import { cueSource } from '../../test-helpers';

describe('`It` after a sentence that opens with a document', () => {
  test('the document, not the body named in its sentence', () => {
    const text =
      'Early swimming lessons may cut drowning deaths, researchers say.\n\n' +
      'The study is published in the Harbour Journal of Medicine, and it was presented at a meeting of the Nordic Society of Paediatrics in Oslo. ' +
      'It found that children who swam by age four drowned far less often.';
    expect(cueSource(text, 'found')?.[2]).toMatch(/study/);
    // (published in a named journal: named, as the guideline's documents)
    expect(cueSource(text, 'found')?.[1]).toBe(true);
  });

  test('near miss: a study with no named publisher stays unnamed', () => {
    const text =
      'The study was shared with reporters on Monday, and it was discussed at a meeting of the Nordic Society of Paediatrics. ' +
      'It found that children who swam by age four drowned far less often.';
    expect(cueSource(text, 'found')?.slice(1)).toEqual([false, 'The study']);
  });

  test('near miss: a body that opens the sentence before keeps its `It`', () => {
    const text =
      'The Nordic Society of Paediatrics met in Oslo on Monday, and the study was presented there. ' +
      'It said that children who swam by age four drowned far less often.';
    expect(cueSource(text, 'said')?.[2]).toMatch(/Nordic Society/);
  });
});

describe('`it` after a name of no known kind', () => {
  test('the name the sentence before credited, not the body described before it', () => {
    const text =
      'A supply rocket failed shortly after launch on Friday, the Estrian space agency said.\n\n' +
      'The rocket broke up over the sea, Kosmara said in a statement. It said no one was hurt.';
    expect(cueSource(text, 'said', 2)?.[2]).toBe('Kosmara');
  });

  test('near miss: a person named by surname is no `it`', () => {
    const text =
      'A supply rocket failed shortly after launch on Friday, the Estrian space agency said.\n\n' +
      'The rocket broke up over the sea, Commander Ilse Varga said. It said no one was hurt.';
    expect(cueSource(text, 'said', 2)?.[2]).not.toBe('Ilse Varga');
  });
});

describe('the singular `they` of an indefinite person', () => {
  test('"a commenter ... wrote they believed" is the commenter', () => {
    const text =
      'Lena Korhonen, a baker, posted the photo on Monday. ' +
      'On one forum an anonymous commenter shared the photo and wrote they believed it was “tasteless.”';
    expect(cueSource(text, 'believed')?.[2]).toBe('an anonymous commenter');
  });

  test('near miss: a spokesperson speaks for the body, the `they`', () => {
    const text =
      'Lena Korhonen, a baker, posted the photo on Monday. ' +
      'A Velmark spokesperson said they believed it was “tasteless.”';
    expect(cueSource(text, 'believed')?.[2]).not.toBe('A Velmark spokesperson');
  });
});

test('near miss: an unnamed spokesperson speaks for others', () => {
  const text =
    'Lena Korhonen, a baker, posted the photo on Monday. ' +
    'A spokesperson said they believed it was “tasteless.”';
  expect(cueSource(text, 'believed')?.[2]).not.toBe('A spokesperson');
});

test('a name that `it` goes on with is a body: its people are a named body’s', () => {
  const text =
    'In a unanimous ruling, the court found that riders for Ferrolo, the largest delivery app, were employees.\n\n' +
    'Ferrolo says it will appeal. ' +
    'It also says, as its lawyers have said before, that the ruling is wrong.';
  const f = analyze(text, { kinds: ['attribution'] }).find(
    (g) => text.slice(g.start, g.end) === 'have said',
  );
  expect(f?.source?.named).toBe('partial');
});
