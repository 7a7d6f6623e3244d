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

describe('a newcomer described otherwise, arrested, hunted or punished (anon23b)', () => {
  test.each([
    // the object of an arrest or a conviction
    ['Officers later arrested four students near the mural on Sunday.', 'four students'],
    ['Riot police detained two supporters outside the ground on Saturday.', 'two supporters'],
    ['A court in Varne convicted three guards of taking bribes from inmates.', 'three guards'],
    // the object of a police hunt or search
    [
      'Police are hunting a cyclist after a pensioner was knocked down on the towpath.',
      'a cyclist',
    ],
    ['Detectives are searching for two drivers after the crash on the bypass.', 'two drivers'],
    // a passive of arrest or of a sanction
    ['Two supporters were arrested after the match in Orlo.', 'Two supporters'],
    ['A local councillor has been fined for dumping rubbish in a lay-by.', 'A local councillor'],
    ['A second steward has been banned from every ground in the league.', 'A second steward'],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed').join(' | ')).toContain(want);
  });

  test.each([
    // billing, not charging with a crime
    ['The bank charged some customers twice for the same payment.', 'customers'],
    // a search that is no police hunt
    ['The club is searching for two coaches before the new season.', 'two coaches'],
    // a pronoun, not a newcomer
    ['Four men were held, and one was arrested again on Monday.', 'one'],
    // removed from a post, which may befall anyone (not-withheld.test.ts)
    ['Parents were told on Friday that a nurse had been suspended.', 'a nurse'],
    // a description of someone already there
    ['His lawyer portrayed her as a disgruntled employee who was arrested in 2021.', 'employee'],
    // known people, not new to the story
    ['Police arrested the two stewards after the match.', 'the two stewards'],
  ])('not: %s', (text, word) => {
    expect(spans(text, 'unnamed').join(' | ')).not.toContain(word);
  });
});
