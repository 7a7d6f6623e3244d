// A definite body noun whose antecedent is an indefinite of no name, or which the sentence says
// it will not name, stays unnamed (unnamed-antecedent.ts; decisions 70, 89 and 163 of the
// labelled sets); one that points back to a named body stays named. Found with
// scripts/probe-namedness.ts; the sentences are invented.
import { describe, expect, test } from 'vitest';
import { cueSource, spans } from '../test-helpers';

const found = (text: string) => spans(text, 'unnamed').join(' | ');

describe('a definite body noun after an indefinite first mention', () => {
  const lead =
    'Halvard Motors recalled 40,000 cars on Monday after a fault was traced to one supplier. ';
  test.each([
    [`${lead}The supplier said the fault had been fixed.`, 'said'],
    [
      'A small brokerage in Kelm lost $4 million on the trade. The brokerage said it had suspended a trader.',
      'said',
    ],
  ])('source not named: %s', (text, cue) => {
    expect(cueSource(text, cue)?.[1]).toBe(false);
  });

  test('the repeat is flagged', () => {
    expect(found(`${lead}The supplier said the fault had been fixed.`)).toContain('The supplier');
  });

  test.each([
    // a name in apposition, after a copula or after `called` identifies the first mention
    [
      'Kelm Parts, a supplier of brakes, was blamed. The supplier said the fault had been fixed.',
      0,
    ],
    [
      'The fault was traced to a supplier, Kelm Parts, on Monday. The supplier said it was fixed.',
      0,
    ],
    [
      'Kelm Parts is a supplier of brakes to the carmaker. The supplier said the fault was fixed.',
      0,
    ],
    // a name since the indefinite: the body the definite noun stands for
    [
      'It was the worst leak yet from an AI company. Corvid confirmed it on Monday. The company said it was investigating.',
      0,
    ],
    // the word as a modifier: "a council spokesman" is no indefinite council
    [
      'The Harnmouth District Council counted through the night, a council spokesman said. The council said results were due.',
      1,
    ],
    // a name in the definite noun's own apposition
    [
      'The attackers belonged to a militia that holds the road. The militia, the Eastern Shield, said it was not involved.',
      0,
    ],
    // a word met first inside a name
    ['The Kelm Supply Group said on Monday it would cut jobs. The group said they were needed.', 1],
  ])('named: %s', (text, nth) => {
    const src = cueSource(text, 'said', nth);
    expect(src?.[0]).toMatch(/^The (supplier|group|company|council|militia)/);
    expect(src?.[1]).not.toBe(false);
  });
});

describe('a definite person noun after an indefinite first mention', () => {
  test.each([
    'Bruno Castell denies the claims. His lawyers say the reviews were posted without his knowledge by an overzealous former manager. The manager, who left the business in 2023, is expected to give evidence next week.',
  ])('the repeat is flagged: %s', (text) => {
    expect(found(text)).toMatch(/The manager/);
  });

  test.each([
    // a person of the one club the story is about: as named as the club
    'Harwick Athletic lost 4-0, and a club insider said the players had stopped listening. "It has been coming for a while," the insider told TerraceTalk.',
    // a name in the first mention: a person of a named body
    'The parts were ordered at night by a Halvard Motors buyer. Halvard Motors said the buyer had been suspended.',
  ])('the repeat stays unflagged: %s', (text) => {
    expect(found(text)).not.toMatch(/\bthe (insider|buyer)/);
  });
});

describe('a definite body noun after an indefinite first mention, acting again', () => {
  test.each([
    [
      'Investigators said the funds passed through a trading company in the capital. The company did not respond to requests for comment.',
      'The company',
    ],
    [
      'At least one regional airline has reported losing bookings data. The airline has not said how many passengers were affected.',
      'The airline',
    ],
    [
      'A person close to the board said the club had approached a foreign investor. The investor had asked for a seat on the board.',
      'The investor',
    ],
    // the subject of a passive
    [
      'Researchers said the attack resembled those of a criminal group that has targeted councils before. The group has been linked to two earlier breaches.',
      'The group',
    ],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed')).toContain(want);
  });

  test.each([
    // a name since the first mention: the definite may be that body
    [
      'The funds passed through a trading company in the capital. Prosecutors later charged Kelm Trading. The company did not respond to requests for comment.',
      'The company',
    ],
    // another body of the kind
    [
      'An executive at a rival club said the offer was too low. The club lost money last year.',
      'The club',
    ],
    // named after a copula in its own sentence
    [
      'Analysts asked about a single developer the bank lends to. The developer is understood to be Kelm Estates.',
      'The developer',
    ],
    // named in the first mention itself
    [
      'The funds passed through a trading company, Kelm Trading, in the capital. The company did not respond to requests for comment.',
      'The company',
    ],
  ])('not: %s', (text, word) => {
    expect(spans(text, 'unnamed')).not.toContain(word);
  });
});
