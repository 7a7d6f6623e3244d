import { describe, expect, test } from 'vitest';
import { spans } from '../test-helpers';

// The person nouns of the lexicon's classes (lexicon/actor-nouns.json), as news names people:
// a noun no class lists is caught at most as a reporting verb's source, never as an actor.
describe('people news names by what they do or did are actors when they act', () => {
  test.each([
    ['A shooter opened fire at the mall on Sunday.', 'A shooter'],
    ['Terrorists attacked a checkpoint near the border overnight.', 'Terrorists'],
    ['An extortionist demanded payment from the shop owner.', 'An extortionist'],
    ['Motorists blocked the ring road in protest at the fuel tax.', 'Motorists'],
    [
      'Several offenders have breached their bail conditions, a probation officer said.',
      'offenders',
    ],
    ['A carpenter found the remains under the floor of the cottage.', 'A carpenter'],
    ['A tailor was arrested on suspicion of fraud.', 'A tailor'],
    ['Two butchers were charged with selling mislabelled meat.', 'Two butchers'],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed').join(' | ')).toContain(want);
  });

  test.each([
    // a class in general, or people whom something befalls
    ['Police want to catch terrorists before they strike.', 'terrorists'],
    ['The new law is tough on offenders.', 'offenders'],
    ['Fuel prices leave motorists out of pocket.', 'motorists'],
    ['The guild trains barbers and tailors.', 'barbers'],
  ])('not: %s', (text, word) => {
    expect(spans(text, 'unnamed').join(' | ')).not.toContain(word);
  });
});

describe('a title holder the story accuses without naming acts', () => {
  test.each([
    ['A judge was arrested on suspicion of arson.', 'A judge'],
    ['A senator has been charged with bribery.', 'A senator'],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed').join(' | ')).toContain(want);
  });

  test.each([
    // the holder the story means
    ['The judge was arrested on Tuesday.', 'judge'],
  ])('not: %s', (text, word) => {
    expect(spans(text, 'unnamed').join(' | ')).not.toContain(word);
  });
});

// "top brass": a body's senior people under one collective name, as "bosses" are
describe('the top brass are a body’s senior people', () => {
  test.each([
    ['A well-placed insider claimed top brass had ignored the warnings.', 'top brass'],
    ['TOP brass are fuming after a minister left secret papers on a train.', 'TOP brass'],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed')).toContain(want);
  });

  test.each([
    // the metal, and a band's section
    ['The brass was polished before the parade.', 'brass'],
    ['The brass section played the anthem.', 'brass'],
  ])('not: %s', (text, word) => {
    expect(spans(text, 'unnamed').join(' | ')).not.toContain(word);
  });
});

// a post the lexicon lacked: `orderly`, `orderlies`
describe('hospital orderlies are people', () => {
  test.each([
    ['Two orderlies wheeled the patient out through the back door.', 'Two orderlies'],
    ['A hospital orderly stole painkillers from a locked cabinet, the court heard.', 'orderly'],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed').join(' | ')).toContain(want);
  });

  test.each([
    // an adjective
    ['The march was orderly and peaceful.', 'orderly'],
    ['Fans left the ground in an orderly fashion.', 'orderly'],
  ])('not: %s', (text, word) => {
    expect(spans(text, 'unnamed').join(' | ')).not.toContain(word);
  });
});
