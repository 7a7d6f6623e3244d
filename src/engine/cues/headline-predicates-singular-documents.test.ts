/**
 * Session 32: a headline that joins two present predicates with a comma, `but` or `and` states
 * its subject once, and the second verb shares it ("Central bank holds rates but signals cut");
 * a singular document noun in `-us` ("census", "prospectus") and a data
 * noun after a determiner ("The ministry's dashboard") are subjects of a homograph verb of
 * finding (`shows`, `finds`), not the first half of a compound. A phrase after the comma that
 * can speak stays an inverted subject; bodies that cannot report, objects of `according to`,
 * and -us nouns that only depict or move are no cues.
 */
import { describe, expect, test } from 'vitest';
import { analyze } from '../analyze';
import { spans } from '../test-helpers';

/** The cue's span and its source's words, for each attribution of `text`. */
function sourced(text: string): string[] {
  return analyze(text)
    .filter((f) => f.kind === 'attribution')
    .map(
      (f) =>
        `${text.slice(f.start, f.end)} <- ${f.source ? text.slice(f.source.start, f.source.end) : ''}`,
    );
}

const BODY = '\n\nThe decision came on Tuesday.';

describe("a headline's second predicate shares its subject", () => {
  test.each([
    [
      'Harbour central bank keeps rates on hold but signals cut in spring' + BODY,
      'signals <- Harbour central bank',
    ],
    [
      'Energy watchdog lifts price cap by 4%, signals further rise in winter' + BODY,
      'signals <- Energy watchdog',
    ],
    [
      'Northland central bank holds rates, signals cut as early as June' + BODY,
      'signals <- Northland central bank',
    ],
  ])('%s', (text, cue) => {
    expect(sourced(text)).toContain(cue);
  });

  test('an inverted speaker after the comma keeps its verb', () => {
    expect(sourced('Inflation eases, says central bank' + BODY)).toContain('says <- central bank');
  });

  test.each([
    'Striker finds form, scores twice in derby win' + BODY,
    'Bridge shows signs of wear, closes for repairs' + BODY,
    'Rates rise as bank signals cut' + BODY.replace('decision', 'move'),
  ])('no shared-subject cue in %j', (text) => {
    expect(spans(text, 'attribution')).not.toContain('finds');
    expect(spans(text, 'attribution')).not.toContain('shows');
  });
});

describe('singular -us documents and data nouns before a finding verb', () => {
  test.each([
    ['The prospectus shows the company lost 4 million last year.', 'shows'],
    ['The latest census finds a drop in the number of farms.', 'finds'],
    ["The ministry's dashboard shows uptake of 60 percent in the capital.", 'shows'],
  ])('%s', (text, cue) => {
    expect(spans(text, 'attribution')).toContain(cue);
  });

  test.each([
    'The old bus shows signs of wear.',
    'The circus shows open on Friday.',
    'The defender finds himself on the bench.',
    'The man was found guilty of fraud.',
  ])('no cue in %j', (text) => {
    expect(spans(text, 'attribution')).toEqual([]);
  });

  test('a noun inside the object of `according to` is no verb', () => {
    const text =
      'Homes under-reported falls, according to an analysis by the group of inspection records and logs.';
    expect(spans(text, 'attribution')).not.toContain('records');
  });
});
