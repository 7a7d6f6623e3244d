import { describe, expect, test } from 'vitest';
import { analyze } from '../analyze';

/** The source of the cue reading `cue`: its words, namedness and entity name. */
function sourceOf(text: string, cue: string): [string, unknown, string | undefined] | undefined {
  const f = analyze(text, { kinds: ['attribution'] }).find(
    (g) => text.slice(g.start, g.end) === cue,
  );
  return f?.source
    ? [text.slice(f.source.start, f.source.end), f.source.named, f.source.entity?.name]
    : undefined;
}

describe('a word that ends a body’s name, capitalised only by the sentence it opens', () => {
  test('is no body a later pronoun refers to', () => {
    expect(
      sourceOf(
        'The Harbour Trust said on Monday that the bridge would close. Ferries will run every hour while it is shut. "Nobody should expect it to reopen soon," it added.',
        'added',
      ),
    ).toEqual(['it', true, 'Harbour Trust']);
    expect(
      sourceOf(
        'Local officials said on Monday that the bridge would close. Ferries will run every hour while it is shut. "Nobody should expect it to reopen soon," they added.',
        'added',
      ),
    ).toEqual(['they', false, 'Local officials']);
  });

  test('a body named by such words is still a body', () => {
    expect(
      sourceOf(
        'Northway Ferries said the crossing would close. "It is not safe," it added.',
        'added',
      ),
    ).toEqual(['it', true, 'Northway Ferries']);
  });
});
