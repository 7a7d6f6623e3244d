/**
 * A headline drops its clause subject's determiner: after a clausal verb, a bare noun phrase and
 * a past verb are the clause ("Inquest hears young driver died after chase"). A verb of finding
 * or keeping takes a described object instead ("Police find body dumped in river"), a participle
 * with its agent describes its noun ("Court hears stolen cars seized by police"), and a headline with a
 * full stop is a sentence, whose rules stay as they were.
 */
import { describe, expect, test } from 'vitest';
import { sourceText, spans } from '../test-helpers';

describe('a headline clause with a bare subject', () => {
  test.each([
    ['Inquest hears young mother died after scan delay', 'hears', 'Inquest'],
    ['Residents fear bus service ended without notice', 'fear', 'Residents'],
  ])('%s', (text, cue, source) => {
    expect(sourceText(text, cue)).toBe(source);
  });

  test.each(['Court hears stolen cars seized by police', 'Council rules parking charges unlawful'])(
    'no cue in %j',
    (text) => {
      expect(spans(text, 'attribution')).toEqual([]);
    },
  );
});
