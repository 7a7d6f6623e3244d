/**
 * "X's message: ..." (session 25's cue probe, scripts/probe-cues.ts): a newsletter's and a
 * desk's way of giving what someone said after a colon, or after a verdict on it ("The
 * ministry's message was blunt: ..."); the owner is the source. A message only sent or read
 * says nothing here.
 */
import { expect, test } from 'vitest';
import { seen, spans } from '../test-helpers';

test.each([
  ["Ruiz's message: the bridge will close in March.", 'message', 'Ruiz'],
  ["The ministry's message was blunt: the bridge will close.", 'message', 'The ministry'],
  ["The regulator's warning is stark: the dam could fail.", 'warning', 'The regulator'],
])('%s', (text, cue, source) => {
  expect(seen(text, 'attribution').find((s) => s.text === cue)?.source).toBe(source);
});

test.each([
  'He read her message twice.',
  'She sent a message to staff on Monday.',
  'This sends a message that nobody is above the law.',
  'A nurse said by text message that the ward was full.',
])('no message cue in %j', (text) => {
  expect(spans(text, 'attribution').filter((c) => c.includes('message'))).toEqual([]);
});
