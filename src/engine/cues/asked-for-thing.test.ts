/**
 * "asked for" + a sum is asking a price (the guideline's requests, optional at most): no cue.
 * A request for anything else stays the optional cue that shows its asker acting, and asking a
 * question, asking about a topic, asking someone to act and the anonymity phrase stay cues.
 */
import { describe, expect, test } from 'vitest';
import { spans } from '../test-helpers';

const asks = (text: string): string[] => spans(text, 'attribution').filter((c) => /\bask/i.test(c));

describe('asking a price is no cue', () => {
  test.each([
    'The landlord had asked for almost three times the old rent.',
    'A dealer was asking for 12,000 euros for the painting.',
    'The club asked the council for £2m towards the new stand.',
    'The builder asked for twice what the school had set aside.',
  ])('%s', (text) => {
    expect(asks(text)).toEqual([]);
  });
});

describe('other requests, questions, topics and anonymity stay cues', () => {
  test.each([
    ['The family has asked for privacy.', 'has asked'],
    ['The largest investor has asked for its money back.', 'has asked'],
    ['Reporters asked the mayor whether she would stand again.', 'asked'],
    ['Several parents asked about the new bus timetable.', 'asked'],
    ['The inspector asked the manager to close the kitchen.', 'asked'],
    ['Two officials, who asked for anonymity, said the talks had stalled.', 'asked for anonymity'],
  ])('%s', (text, cue) => {
    expect(asks(text)).toContain(cue);
  });
});
