/**
 * `conclude` as a tag on the content before it ends what was said, not an event: '"We will
 * appeal," she concluded.', "The rules were breached, the inquiry concluded." A hearing, a
 * tour or a trial that concludes at the end of its sentence has ended, and says nothing.
 */
import { describe, expect, test } from 'vitest';
import { sourceText, spans } from '../test-helpers';

describe('a concluding tag is a cue', () => {
  test.each([
    ['"The plan has failed," the report concluded.', 'concluded', 'the report'],
    ['"We will appeal," Ana Okafor concluded.', 'concluded', 'Ana Okafor'],
    ['The rules were breached, the inquiry concluded.', 'concluded', 'the inquiry'],
    ['Costs rose sharply, the audit concluded.', 'concluded', 'the audit'],
    ['The plan had failed, she concluded.', 'concluded', 'she'],
  ])('%s', (text, cue, source) => {
    expect(sourceText(text, cue)).toBe(source);
  });

  test.each([
    'The hearing concluded.',
    'On Friday, the trial concluded.',
    'When the hearing ended, the panel concluded.',
    'The tour, which began in May, has concluded.',
    'The band played two encores, and the show concluded.',
    'The band played two encores, the show concluded.',
  ])('no cue in %j', (text) => {
    expect(spans(text, 'attribution')).toEqual([]);
  });
});
