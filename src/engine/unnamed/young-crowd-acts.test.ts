import { describe, expect, test } from 'vitest';
import { spans } from '../test-helpers';

describe('young people and crowds who use force, or a crowd that acts as one, are actors', () => {
  test.each([
    ['Youths threw stones at police cars on Friday night.', 'Youths'],
    ['Teenagers set fire to a bin outside the school.', 'Teenagers'],
    ['Three boys broke into the cricket pavilion.', 'Three boys'],
    ['A boy had stabbed his classmate, police said.', 'A boy'],
    ['A crowd stormed the building after the verdict.', 'A crowd'],
    ['Crowds booed the minister as she arrived.', 'Crowds'],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed').join(' | ')).toContain(want);
  });

  test.each([
    // what befalls them, or a crowd only gathering
    ['A teenager went missing on Friday.', 'teenager'],
    ['Two boys drowned in the lake.', 'boys'],
    ['Crowds gathered outside the court.', 'Crowds'],
    ['The teenagers were attacked as they walked home.', 'teenagers'],
  ])('not: %s', (text, word) => {
    expect(spans(text, 'unnamed').join(' | ')).not.toContain(word);
  });
});

describe('people mostly written as victims or an audience act when they do something themselves', () => {
  test.each([
    ['Jurors deliberated for two days before reaching a verdict.', 'Jurors'],
    ['Some viewers have already launched a petition to save the show.', 'Some viewers'],
    ['Two tourists called police after the attack.', 'Two tourists'],
    ['Hikers found the body near the summit on Sunday.', 'Hikers'],
    ['Some patients have turned to buying the drug online.', 'Some patients'],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed').join(' | ')).toContain(want);
  });

  test.each([
    // held as victims, what befalls them, or a class picked out by a participle
    ['Two journalists were detained near the border on Monday.', 'journalists'],
    ['Two hikers went missing in the fog.', 'hikers'],
    ['The board said patients began spiking fevers within hours.', 'patients'],
    ['The firm argued that patients prescribed the drug tend to be older.', 'patients'],
  ])('not: %s', (text, word) => {
    expect(spans(text, 'unnamed').join(' | ')).not.toContain(word);
  });
});

// (session 25, from probe-unnamed.ts's `age` and `collective` classes: acts of will, a share of
// a group, children)
describe('young people and crowds who do an act of will (protest, petition, refusal) are actors', () => {
  test.each([
    ['Dozens of teenagers marched to the town hall on Sunday.', 'teenagers'],
    ['Some teenagers refused to leave the building.', 'Some teenagers'],
    ['Most youngsters agreed to the new curfew last week.', 'Most youngsters'],
    ['Hundreds of schoolchildren signed a petition against the plan.', 'schoolchildren'],
    ['A crowd signed a petition against the closure.', 'A crowd'],
    ['Children threw stones at police cars on Friday night.', 'Children'],
    ['A teenager called police after hearing shots.', 'A teenager'],
    ['Angry youths blocked the road outside the plant.', 'Angry youths'],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed').join(' | ')).toContain(want);
  });

  test.each([
    // a name, what befalls them, none of them, a crowd that only gathers or arrives
    ['A boy called Sam found the dog.', 'boy'],
    ['Three children were injured when the bus overturned.', 'children'],
    ['No children signed the register.', 'children'],
    ['A crowd turned up for the meeting.', 'crowd'],
    ['Two children died in the blaze on Sunday.', 'children'],
  ])('not: %s', (text, word) => {
    expect(spans(text, 'unnamed').join(' | ')).not.toContain(word);
  });
});
