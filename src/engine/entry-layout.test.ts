/**
 * Liveblogs, Q&As and fact-checks lay text out in entries: a time stamp before an entry's first
 * sentence, an answer "No." before the facts. Their first words are read as a sentence's first
 * words, so the actors there are found as in running prose.
 */
import { describe, expect, test } from 'vitest';
import { analyze } from './analyze';
import { splitSentences } from './sentences';
import { seen, spans } from './test-helpers';

describe('a liveblog entry opening with its time stamp', () => {
  test.each([
    ['14:05 Police said three people were hurt in the crash.', 'Police'],
    ['10:15 Delegates told the Meridian the vote had been rushed through.', 'Delegates'],
    ['9.48pm Residents say the water is still rising in Marlow.', 'Residents'],
    ['14:05 GMT Witnesses said the car had been travelling fast.', 'Witnesses'],
    ['7:42 a.m. Officials said the bridge would stay shut until noon.', 'Officials'],
    ['21:10 – Analysts said the swing was larger than the polls had shown.', 'Analysts'],
  ])('%s', (text, actor) => {
    expect(spans(text, 'unnamed')).toContain(actor);
    expect(seen(text, 'attribution')[0]?.source).toBe(actor);
  });

  test('a figure opening a line is no time stamp, yet no part of a name', () => {
    // "3.50" with no am/pm or zone may be a price: the line stays one sentence; but the word
    // after a clock-shaped figure that opens a sentence is not read as a name (context.ts)
    const text = 'Storm live\n\n3.50 Police said the road was shut.';
    expect(splitSentences(text).map((s) => text.slice(s.start, s.end))).toContain(
      '3.50 Police said the road was shut.',
    );
    expect(seen(text, 'attribution')[0]?.source).toBe('Police');
  });

  test('the time zone of a stamp is no body a later "the company" can be', () => {
    const text = 'Fire live\n\n09:14 GMT\nThe company said the fire began in the warehouse.';
    const cue = analyze(text, { kinds: ['attribution'] })[0]!;
    expect(cue.source?.entity?.name).toBe('The company');
  });
});

describe('a list item opening with its bullet', () => {
  test.each([
    ['What we know\n• Police said the cause was not yet known.', 'Police'],
    ['Key points\n* Witnesses said the car had been travelling fast.', 'Witnesses'],
    ['What we know\n- Officials say the bridge will reopen on Friday.', 'Officials'],
    ['Key points\n– Residents said the alarm never sounded.', 'Residents'],
  ])('%s', (text, actor) => {
    expect(spans(text, 'unnamed')).toContain(actor);
    expect(seen(text, 'attribution')[0]?.source).toBe(actor);
  });
});

describe('"No." answering a question', () => {
  test.each([
    ['Is the claim true? No. Officials told us the figures were wrong.', 'Officials'],
    ['Will fares rise? No. Economists say the cap holds until 2027.', 'Economists'],
  ])('%s', (text, actor) => {
    expect(seen(text, 'attribution')).toContainEqual({
      text: text.includes('told') ? 'told' : 'say',
      source: actor,
      named: false,
    });
  });

  test('"No. 10" stays a number', () => {
    expect(seen('He moved into No. 10 in July, aides said.', 'attribution')).toHaveLength(1);
  });
});
