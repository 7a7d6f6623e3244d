/**
 * Senses of reporting verbs that report nothing (session 25's cue probe, scripts/probe-cues.ts):
 * playing down a wing of a pitch, a notice pinned to a door, an author's works published, a metal
 * stressed in a test, a quarrel that lasts all night. Each beside its reporting sense.
 */
import { describe, expect, test } from 'vitest';
import { seen, spans } from '../test-helpers';

describe('no cue in the literal sense', () => {
  test.each([
    'He played down the left wing all season.',
    'The winger played down the middle in the second half.',
    'The council posted a notice on the door.',
    'Staff posted signs outside the gates.',
    'He published three novels.',
    'She has published a memoir and two cookbooks.',
    'The shop stressed the metal to test it.',
    'Engineers stressed the steel beyond its limit.',
    'They argued all night about money.',
    'The couple argued for hours.',
  ])('%s', (text) => {
    expect(spans(text, 'attribution')).toEqual([]);
  });
});

describe('the reporting sense stays', () => {
  test.each([
    ['The minister played down the risks.', 'played down', 'The minister'],
    ['The party played down its left wing.', 'played down', 'The party'],
    ['The council posted a notice on its website.', 'posted', 'The council'],
    ['The agency published figures on Tuesday.', 'published', 'The agency'],
    ['The minister stressed the need for calm.', 'stressed', 'The minister'],
    ['Lawyers argued for hours that the law was void.', 'argued', 'Lawyers'],
  ])('%s', (text, cue, source) => {
    expect(seen(text, 'attribution').find((s) => s.text === cue)?.source).toBe(source);
  });
});
