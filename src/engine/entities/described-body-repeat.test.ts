/**
 * Session 40: a body named in apposition to a noun for it ("her label, Corvane Holdings,") is what
 * a later "the label" refers to, even when the story used the bare noun before it was named ("her
 * label said ..."). Without an apposition, the bare noun's repeat stays the unnamed body.
 */
import { describe, expect, test } from 'vitest';
import { cueSource } from '../test-helpers';

describe('a definite repeat of a noun a name was apposed to', () => {
  test('the label after "her label, Corvane Holdings,"', () => {
    const text =
      'A song by the singer Ada Vey was removed after her label said the vocal was fake. "Ada did not write this," her label, Corvane Holdings, said in a statement. The label said it had asked for the track to be taken down.';
    expect(cueSource(text, 'said', 2)).toEqual(['The label', true, 'Corvane Holdings']);
  });

  test('the operator after "the site\'s operator, Brenmoor Waste,"', () => {
    const text =
      "Residents said the site's operator had ignored them. The site's operator, Brenmoor Waste, said on Monday it would cap the tip. The operator said the work would take a year.";
    expect(cueSource(text, 'said', 2)?.slice(0, 2)).toEqual(['The operator', true]);
  });

  test('no name apposed: the repeat stays unnamed', () => {
    const text =
      'A song by the singer Ada Vey was removed after her label said the vocal was fake. The label said it had asked for the track to be taken down.';
    expect(cueSource(text, 'said', 1)?.slice(0, 2)).toEqual(['The label', false]);
  });
});
