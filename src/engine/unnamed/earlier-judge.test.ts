// The unnamed judge of an earlier hearing, in a story of an appeal, is a definite description of
// an unnamed person who acts (decision 16 of the labelled sets; earlier-judge.ts). The sentences
// are invented.
import { describe, expect, test } from 'vitest';
import { spans } from '../test-helpers';

const found = (text: string) => spans(text, 'unnamed').join(' | ');

describe('the judge of an earlier hearing in an appeal', () => {
  test.each([
    [
      'The appeal court overturned the fraud conviction, finding that the trial judge had wrongly admitted the diary.',
      'the trial judge',
    ],
    [
      'The appeal succeeded. The original trial judge, who has since retired, was criticised for his summing-up.',
      'The original trial judge',
    ],
    [
      'Her sentence was quashed after the court found the sentencing judge had ignored a report.',
      'the sentencing judge',
    ],
  ])('%s', (text, want) => {
    expect(found(text)).toContain(want);
  });

  test.each([
    // no appeal: the judge of the story's own trial
    ['The trial judge told jurors they could reach a majority verdict.', 'judge'],
    // named in apposition
    [
      'The conviction was quashed because the trial judge, Mary Oduya, had misdirected the jury.',
      'trial judge',
    ],
    // the appeal court's own judge
    ['On appeal, the presiding judge ruled that the law had been misread.', 'judge'],
  ])('not: %s', (text, word) => {
    expect(found(text)).not.toContain(word);
  });
});
