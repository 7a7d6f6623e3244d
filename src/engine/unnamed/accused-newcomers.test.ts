import { describe, expect, test } from 'vitest';
import { spans } from '../test-helpers';

describe('a person new to the story whom the police hold or a court charges', () => {
  test.each([
    ['A teenager has been arrested after a car was set alight in Kelm.', 'A teenager'],
    ['Two boys were charged with criminal damage on Friday.', 'Two boys'],
    ['Police said a 15-year-old girl had been detained in connection with the fire.', 'girl'],
    ['A man who was arrested outside the stadium has been released on bail.', 'A man'],
    ['A woman who had been detained at the airport is being questioned by detectives.', 'A woman'],
    ['Residents watched as a man was led away in handcuffs.', 'a man'],
    ['Three youngsters were arrested on suspicion of burglary.', 'Three youngsters'],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed').join(' | ')).toContain(want);
  });

  test.each([
    // victims: held captive, hurt or cared for
    ['A teenager was held hostage for three days in the flat.', 'teenager'],
    ['A teenager was taken to hospital with minor injuries.', 'teenager'],
    ['A boy was attacked with a knife near the station.', 'boy'],
    ['A teenager who was injured in the crash has been discharged.', 'teenager'],
    // no past passive: being shown led away, or a future hearing
    ['Pictures show a boy being led away in handcuffs.', 'boy'],
    // a minor the story only mentions
    ['The scheme is open to any girl aged 11 to 16.', 'girl'],
  ])('not: %s', (text, word) => {
    expect(spans(text, 'unnamed').join(' | ')).not.toContain(word);
  });
});
