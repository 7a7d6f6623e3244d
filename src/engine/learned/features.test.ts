import { describe, expect, test } from 'vitest';
import { featureNames } from '../../../scripts/learned/features';
import { buildContext } from '../context';
import { findCues } from '../cues/find-cues';
import { candidates } from './candidates';
import { featureName } from './features';

/** The candidates of `text`'s first sentence, as `phrase: feature feature ...`. */
function described(text: string): Map<string, string[]> {
  const ctx = buildContext(text);
  const s = ctx.sentences[0]!;
  const out = new Map<string, string[]>();
  for (const c of candidates(ctx, s, findCues(ctx, s), []))
    out.set(
      text.slice(ctx.tokens[c.start]!.start, ctx.tokens[c.end - 1]!.end),
      featureNames(c.feats),
    );
  return out;
}

describe('the features of a candidate, by name', () => {
  test.each([
    [
      'Two officials familiar with the talks said the deal was off.',
      'Two officials familiar with the talks',
      ['det:count', 'num:pl', 'cls:role', 'post:familiar', 'source', 'cue:neutral', 'sentAnon'],
    ],
    [
      // ("to the mayor" is no post-modifier of the chunker's: "the mayor" is a candidate of its own)
      'A senior aide to the mayor resigned on Friday.',
      'A senior aide',
      ['det:a', 'num:sg', 'det+num:a:sg', 'cls:role', 'before:start', 'w:aide'],
    ],
    [
      'The plan was drawn up by several consultants, according to the minutes.',
      'several consultants',
      ['det:vague', 'num:pl', 'before:by', 'suffix:ant', 'w:consultants'],
    ],
  ])('%s', (text, phrase, want) => {
    const got = described(text).get(phrase);
    expect(got).toBeDefined();
    for (const f of want) expect(got).toContain(f);
  });
});

describe('every integer feature has one name', () => {
  test('no two ids share a name', () => {
    const names = new Map<string, number>();
    for (let id = 0; id < 27 * 256; id++) {
      const n = featureName(id);
      if (n.startsWith('?')) continue;
      expect(names.get(n)).toBeUndefined();
      names.set(n, id);
    }
    expect(names.size).toBeGreaterThan(200);
  });
});
