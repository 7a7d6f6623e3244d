/**
 * An inquiry or its report takes `into` and its subject matter as a post-modifier (`A report into
 * the crash`, `An inquest into the death of a cyclist`), and the names of that subject matter are
 * no issuer (`The official report into the death of Callum Reyes` is not named by the dead boy's
 * name, as `a report on Acme` is not Acme's): a document is named when a named body issued or
 * published it (ANNOTATION.md, settled cases). Every sentence is invented, in the shapes of
 * local, court and regional news.
 */
import { describe, expect, test } from 'vitest';
import { cueSource } from '../test-helpers';

describe('an inquiry with `into` is the source', () => {
  test.each([
    ['A report into the crash says the signals had failed.', 'says', 'A report into the crash'],
    [
      'An investigation into the fire found that the alarms had been switched off.',
      'found',
      'An investigation into the fire',
    ],
    [
      'A review into the deaths of three patients concluded that staff were overstretched.',
      'concluded',
      'A review into the deaths of three patients',
    ],
    [
      'Research into the disease suggests it spreads in water.',
      'suggests',
      'Research into the disease',
    ],
    [
      'An inquest into the death of a cyclist heard that the lorry driver was on his phone.',
      'heard',
      'An inquest into the death of a cyclist',
    ],
  ])('%s', (text, cue, source) => {
    expect(cueSource(text, cue)?.[0]).toBe(source);
  });
});

describe('names of the subject matter do not name it', () => {
  test.each([
    [
      'The official report into the death of 17-year-old Callum Reyes states that the car was alone.',
      'states',
    ],
    ['A report on the death of Callum Reyes says the car was alone.', 'says'],
    ['The inquiry into the collapse of Harwick Bank found that directors had lied.', 'found'],
    ['An inquest into the death of Mary Jones heard that she had fallen.', 'heard'],
    [
      'A review into the closure of Oakfield Care Home concluded that inspectors missed warnings.',
      'concluded',
    ],
  ])('%s', (text, cue) => {
    expect(cueSource(text, cue)?.[1]).toBe(false);
  });
});

describe('an issuer or a publication still names it', () => {
  test('printed in a named paper', () => {
    expect(
      cueSource(
        'A report on the crash in the Harwick Gazette says the signals failed.',
        'says',
      )?.[1],
    ).toBe(true);
  });
  test('a person of a named body on it', () => {
    expect(
      cueSource(
        "Members on Tollerby Council's audit committee said the accounts were wrong.",
        'said',
      )?.[1],
    ).toBe('partial');
  });
});
