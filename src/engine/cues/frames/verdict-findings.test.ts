/**
 * A verdict found: active `find` whose object is a fault or its absence ("found no breach",
 * "found serious failings", "found nothing of concern", "found no evidence of wrongdoing") is a
 * finding of fact, a cue whoever finds (a body, an inspection, a person, a pronoun, a relative
 * `which`), in every frame of the verb. A thing come upon is not a verdict.
 */
import { describe, expect, test } from 'vitest';
import { sourceText, spans } from '../../test-helpers';

describe('a verdict found is a cue', () => {
  test.each([
    ['The regulator later found no breach of the rules.', 'found', 'The regulator'],
    ['The inspection found nothing of concern.', 'found', 'The inspection'],
    ['The ombudsman has found serious failings in the service.', 'has found', 'The ombudsman'],
    ['An inquiry is reported to have found no wrongdoing.', 'have found', 'An inquiry'],
    ['The coroner found no evidence of neglect at the home.', 'found', 'The coroner'],
    ['The agency investigated and found no irregularities.', 'found', 'The agency'],
    [
      'The board will find no fault with the accounts, if it finds no discrepancies.',
      'finds',
      null,
    ],
  ])('%s', (text, cue, source) => {
    const got = sourceText(text, cue);
    if (source === null) expect(got).not.toBeUndefined();
    else expect(got).toBe(source);
  });

  test.each([
    ['The office, which later found no breach, closed the case.', 'found'],
    ['The club said it had checked and found nothing wrong.', 'found'],
    ['After finding no evidence of fraud, the panel dismissed the complaint.', 'finding'],
    ['The audit found "no evidence of deliberate wrongdoing".', 'found'],
    ['Our tests found little evidence that the filter works.', 'found'],
  ])('in another frame: %s', (text, cue) => {
    expect(spans(text, 'attribution')).toContain(cue);
  });

  test.each([
    'Police found no weapons in the car.',
    'She found the keys under the mat.',
    'The hikers found nothing to eat in the hut.',
    'He found time to visit his mother.',
    'The show found a new audience abroad.',
    'No breaches were found in the wall.',
    'The team found a gap in the fence.',
    // a search that turned up nothing is no verdict
    'Officers had found no trace of the device.',
  ])('no cue in %j', (text) => {
    expect(spans(text, 'attribution').filter((c) => /find|found/.test(c))).toEqual([]);
  });
});
