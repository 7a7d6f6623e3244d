/**
 * An aside fenced by dashes between the subject and its verb is skipped as one fenced by commas
 * or brackets is: `A senior official — who asked not to be named — said`. The aside opens with a
 * relative pronoun, a participle or `on`/`in`; a speaker inverted after a dash keeps its own
 * reading. The relative clause inside the dashes is the person's too. Every sentence is invented.
 */
import { describe, expect, test } from 'vitest';
import { analyze } from '../index';
import { cueSource } from '../test-helpers';

describe('the subject before an aside fenced by dashes', () => {
  test.each([
    [
      'A senior official — who asked not to be named — said the deal was close.',
      'said',
      'A senior official',
    ],
    [
      'Two senior officials — who asked not to be named — said the talks had stalled.',
      'said',
      'Two senior officials',
    ],
    [
      'A friend of the couple — speaking on condition of anonymity — told the paper they had split.',
      'told',
      'A friend of the couple',
    ],
    [
      'People familiar with the plans – who were not authorized to speak publicly – said the bid would fail.',
      'said',
      'People familiar with the plans',
    ],
    [
      'Several employees - who requested anonymity - described a culture of fear.',
      'described',
      'Several employees',
    ],
    [
      'A person close to the club — in a rare comment — insisted the coach would stay.',
      'insisted',
      'A person close to the club',
    ],
  ])('%s', (text, cue, source) => {
    expect(cueSource(text, cue)?.slice(0, 2)).toEqual([source, false]);
  });

  test('a time phrase before the subject stays out of it', () => {
    expect(
      cueSource(
        'In April, two aides — who spoke on condition of anonymity because they feared reprisals — told reporters the deal was close.',
        'told',
      )?.[0],
    ).toBe('two aides');
  });

  test('the relative clause inside the dashes is the person’s', () => {
    const text =
      'Two aides — who spoke on condition of anonymity — told reporters the deal was close.';
    expect(cueSource(text, 'spoke')?.slice(0, 2)).toEqual(['Two aides', false]);
  });

  test('the source is flagged as unnamed', () => {
    const text = 'Two senior officials — who asked not to be named — said the talks had stalled.';
    const unnamed = analyze(text, { kinds: ['unnamed'] }).map((f) => text.slice(f.start, f.end));
    expect(unnamed).toEqual(['Two senior officials']);
  });
});

describe('what stays as it was', () => {
  test('a speaker inverted after a second dash is not the phrase before the first', () => {
    const text = 'The figures are bad — very bad — said one analyst.';
    expect(cueSource(text, 'said')?.[0]).not.toBe('The figures');
  });
  test('an aside of a clause before the cue is not its subject', () => {
    const text = 'Neighbours — alarmed by the noise — called the police, one resident said.';
    expect(cueSource(text, 'said')?.[0]).toBe('one resident');
  });
  test('a single dash before the verb fences no aside', () => {
    expect(cueSource('The deal is close — officials said on Monday.', 'said')?.[0]).toBe(
      'officials',
    );
  });
  test('a named person before the aside stays named', () => {
    expect(
      cueSource(
        'Maria Ochoa — who chairs the committee — said the bill would pass.',
        'said',
      )?.slice(0, 2),
    ).toEqual(['Maria Ochoa', true]);
  });
});
