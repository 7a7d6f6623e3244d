/**
 * `question` in its sense of doubting: what is questioned is a thing (a figure, a claim, a
 * decision), not a person interrogated. The object, a passive's subject or, with no object, the
 * thing before a bare participle (a headline's reduced passive) tells the senses apart.
 */
import { describe, expect, test } from 'vitest';
import { seen, spans } from '../../test-helpers';

describe('questioning a thing doubts it: a cue', () => {
  test.each([
    ['Rival campaigns questioned the legality of the fees.', 'questioned', 'Rival campaigns'],
    ['The sample has been questioned by two pollsters.', 'has been questioned', 'two pollsters'],
    ['Its timing was questioned by the opposition.', 'was questioned', 'the opposition'],
    [
      'Several economists have questioned the methodology.',
      'have questioned',
      'Several economists',
    ],
  ])('%s', (text, cue, source) => {
    expect(seen(text, 'attribution')).toContainEqual(
      expect.objectContaining({ text: cue, source }),
    );
  });

  test.each([
    ['Those results have been questioned before.', 'questioned'],
    ['A memo shows that the legal basis was questioned internally.', 'questioned'],
  ])('a passive with no agent: %s', (text, cue) => {
    expect(spans(text, 'attribution').some((c) => c.endsWith(cue))).toBe(true);
  });

  test.each([
    'Council opens review of bridge contract after costings questioned',
    'Vaccine trial findings questioned after data errors',
  ])('a headline reduced passive, with no source: %s', (text) => {
    const cue = seen(text, 'attribution').find((c) => c.text === 'questioned');
    expect(cue).toBeDefined();
    expect(cue?.source).toBeUndefined();
  });

  test("a question after the participle is the questioner's, not a reduced passive", () => {
    const text =
      'Two experts contacted for this article questioned whether the marks were deliberate.';
    expect(seen(text, 'attribution')).toContainEqual(
      expect.objectContaining({
        text: 'questioned',
        source: 'Two experts contacted for this article',
      }),
    );
  });
});

describe('questioning a person interrogates: no cue', () => {
  test.each([
    'Police questioned the driver for three hours.',
    'The suspect was questioned by detectives on Monday.',
    'Two men were questioned and released.',
    'The survey questioned 2,000 adults in May.',
    'A 34-year-old was questioned under caution.',
    'Those arrested were questioned overnight.',
    'The man questioned yesterday has been released.',
    'Officers questioned neighbours and checked cameras.',
    'Detectives questioned the boy’s parents at the station.',
  ])('%s', (text) => {
    expect(spans(text, 'attribution')).toEqual([]);
  });
});
