import { describe, expect, test } from 'vitest';
import { analyze } from '../analyze';

/** The source of the last cue reading `cue`: its words, namedness and entity name. */
function sourceOf(text: string, cue: string): [string, unknown, string | undefined] | undefined {
  const f = analyze(text, { kinds: ['attribution'] })
    .filter((g) => text.slice(g.start, g.end) === cue)
    .at(-1);
  return f?.source
    ? [text.slice(f.source.start, f.source.end), f.source.named, f.source.entity?.name]
    : undefined;
}

describe('people the sentence before opened with, who credited nothing there', () => {
  test('a pronoun across a quotation refers to them', () => {
    expect(
      sourceOf(
        'A Corvane Rail spokeswoman was asked about the fares on Tuesday. "We will not raise them," she said.',
        'said',
      ),
    ).toEqual(['she', 'partial', 'A Corvane Rail spokeswoman']);
    expect(
      sourceOf(
        'Engineers at the Harbour Board were asked about the crane. "It is safe," they said.',
        'said',
      ),
    ).toEqual(['they', 'partial', 'Engineers at the Harbour Board']);
    expect(
      sourceOf(
        'Two nurses were asked about the ward on Friday. "We are short of beds," they said.',
        'said',
      ),
    ).toEqual(['they', false, 'Two nurses']);
  });

  test('a definite repeat of their head word refers to them', () => {
    expect(
      sourceOf(
        'Engineers at the Harbour Board were asked about the crane. "It is safe," the engineers said.',
        'said',
      ),
    ).toEqual(['the engineers', 'partial', 'Engineers at the Harbour Board']);
  });

  test('not across number or gender, nor past a source', () => {
    expect(
      sourceOf(
        'A Corvane Rail spokeswoman was asked about the fares. "We will not raise them," he said.',
        'said',
      )?.[2],
    ).toBeUndefined();
    expect(
      sourceOf(
        'Engineers at the Harbour Board were asked about the crane. "It is safe," she said.',
        'said',
      )?.[2],
    ).toBeUndefined();
    expect(
      sourceOf(
        'Mara Lind said the crane was old. Engineers at the Harbour Board were asked about it. "It is safe," she said.',
        'said',
      ),
    ).toEqual(['she', true, 'Mara Lind']);
  });
});
