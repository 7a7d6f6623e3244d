import { expect, test } from 'vitest';
import { analyze } from '../engine';
import { relayOf } from './relayed';
import { sentenceEnd } from './sentence-bounds';

/** `relayOf` for each attribution of a one-sentence `text` that has a source, in order. */
function relays(text: string): (string | null)[] {
  const found = analyze(text, { kinds: ['attribution'] });
  return found
    .filter((f) => f.source)
    .map((f) => relayOf(f, found, text, sentenceEnd(text, f.end)));
}

test.each([
  ['The mill would close, a senior manager told Reuters.', 'told Reuters'],
  ['The mill would close, Mara Lind told the Harbour Gazette.', 'told the Harbour Gazette'],
  [
    'Mara Lind told the U.N. Security Council that the convoy was turned back.',
    'told the U.N. Security Council',
  ],
])('whom the source told: %s', (text, via) => {
  expect(relays(text)[0]).toBe(via);
});

test('the outlet that reports what a source told another', () => {
  expect(
    relays(
      'The talks had collapsed, Mara Lind told the Harbour Gazette, according to the Kessel Times.',
    )[0],
  ).toBe('told the Harbour Gazette, according to the Kessel Times');
  expect(relays('The talks had collapsed, Mara Lind said, according to the Kessel Times.')[0]).toBe(
    'according to the Kessel Times',
  );
});

test.each([
  // told no one by name
  'The mill would close, a senior manager told reporters.',
  'The mill would close, Mara Lind told the committee on Tuesday.',
  // told on a day
  'Mara Lind told Monday’s meeting that the mill would close.',
  // said to this article
  'The mill would close, Mara Lind said in an interview.',
])('first-hand as far as the sentence says: %s', (text) => {
  expect(relays(text)[0] ?? null).toBeNull();
});

test('an "according to" inside what the source said reports nothing of it', () => {
  expect(
    relays(
      'Officials said the deal, according to a report by the Kessel Times, had been dropped in May.',
    )[0],
  ).toBeNull();
});
