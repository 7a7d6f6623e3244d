/**
 * Session 41: "Its authors" after a sentence that opens with a second, unnamed document (an
 * editorial, a commentary) are that document's authors, not the named study's: unnamed. The
 * study's own authors stay named through it.
 */
import { describe, expect, test } from 'vitest';
import { cueSource } from '../../test-helpers';

const STUDY =
  'A trial published in the Journal of Heart Medicine found the pill cut repeat attacks. The researchers said the benefit was modest. ';

describe('the authors of a second document', () => {
  test('"Its authors" after "An editorial published alongside the study": unnamed', () => {
    const text = `${STUDY}An editorial published alongside the trial called the results encouraging. Its authors warned that the price could limit its use.`;
    expect(cueSource(text, 'warned')?.slice(0, 2)).toEqual(['Its authors', false]);
  });

  test('"Its authors" after "A review published in the same issue": unnamed', () => {
    const text = `${STUDY}A review published in the same issue questioned the dose. Its authors argued that older patients had been left out.`;
    expect(cueSource(text, 'argued')?.slice(0, 2)).toEqual(['Its authors', false]);
  });
});

describe("near misses: the study's own authors", () => {
  test('"Its authors" right after the named study', () => {
    const text =
      'A trial published in the Journal of Heart Medicine found the pill cut repeat attacks. Its authors warned that the price could limit its use.';
    expect(cueSource(text, 'warned')?.slice(0, 2)).toEqual(['Its authors', 'partial']);
  });

  test('"The authors" after the editorial: the study the story relies on', () => {
    const text = `${STUDY}An editorial published alongside the trial called the results encouraging. The authors said more work was needed.`;
    expect(cueSource(text, 'said', 1)?.slice(0, 2)).toEqual(['The authors', 'partial']);
  });
});
