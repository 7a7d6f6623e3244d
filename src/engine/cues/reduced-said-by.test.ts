/**
 * A statement's bare participle after a noun, then its maker after `by` (decision 12's reduced
 * passive with a by-agent): "the figures announced by the ministry", "a plan proposed by the
 * council" are cues whose source is the agent; documents published or people released by someone
 * stay no cue, and "claimed" money is no claim.
 */
import { describe, expect, test } from 'vitest';
import { seen, spans } from '../test-helpers';

describe('a reduced relative of saying with its maker', () => {
  test.each([
    ['The cuts announced by the ministry last week will hit schools.', 'announced', 'the ministry'],
    ['The figures disclosed by the council on Monday were wrong.', 'disclosed', 'the council'],
    ['The deficit estimated by the Treasury is larger.', 'estimated', 'the Treasury'],
    ['The risks mentioned by two engineers were ignored.', 'mentioned', 'two engineers'],
    ['The losses predicted by analysts did not come.', 'predicted', 'analysts'],
    ['The flaws revealed by the audit on Friday were serious.', 'revealed', 'the audit'],
  ])('%s', (text, cue, source) => {
    expect(seen(text, 'attribution').find((s) => s.text === cue)?.source).toBe(source);
  });

  test.each([
    'Rent arrears claimed by the landlord were thrown out.',
    'The weight added by the new floors cracked the beams.',
    'Prisoners released by the army walked home.',
  ])('no cue in %j', (text) => {
    expect(spans(text, 'attribution')).toEqual([]);
  });
});
