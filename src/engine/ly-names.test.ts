/**
 * A word in -ly of no word list opening a sentence is read as an adverb ("Curiously, ...") unless
 * the text also capitalises it inside a sentence: then it is a name, a surname or a company's
 * ("Connolly, who chairs the board, said" beside "said Connolly"), and the source of its verb.
 * Every sentence is invented.
 */
import { describe, expect, test } from 'vitest';
import { cueSource } from './test-helpers';

describe('an -ly word at a sentence start that the text capitalises elsewhere', () => {
  test.each([
    [
      'Brannelly, who chairs the board, said the vote was fair. Members later backed Brannelly.',
      'said',
      'Brannelly',
    ],
    [
      'Trekly, which is owned by Halden Group, confirmed the breach. Users of Trekly were told on Friday.',
      'confirmed',
      'Trekly',
    ],
  ])('%s', (text, cue, source) => {
    expect(cueSource(text, cue)?.[0]).toBe(source);
  });

  // near misses: an adverb opening the sentence, never capitalised inside one, is no source
  test.each([
    ['Curiously, the board said the vote was fair.', 'said', 'the board'],
    ['Oddly, which few noticed, the board said the vote was fair.', 'said', 'the board'],
  ])('%s', (text, cue, source) => {
    expect(cueSource(text, cue)?.[0]).toBe(source);
  });
});
