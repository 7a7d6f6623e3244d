import { describe, expect, test } from 'vitest';
import { spans } from '../test-helpers';

// Invented sentences (session 25, from the saved news pages' wrong passives): a participle
// before a bare compound noun is an adjective, and a passive inside a work's Title Case title
// quoted in running text hides nobody.

describe('a participle before a bare compound noun ending the clause is an adjective', () => {
  test.each([
    'The main change would appear to be significantly improved accessibility support.',
    'The outcome was sharply reduced ticket prices.',
    'What voters got was expanded child care subsidies.',
    'The answer is renewed public investment in rail.',
  ])('none in %j', (text) => {
    expect(spans(text, 'agentless')).toEqual([]);
  });

  test.each([
    ['Three people were killed Saturday night.', ['were killed']],
    ['The library was renovated last year.', ['was renovated']],
    ['The ferry was refurbished at great cost.', ['was refurbished']],
    ['Bus fares were raised sharply in March.', ['were raised']],
    ['She was fined ten thousand dollars.', ['was fined']],
    ['The winger was spotted downing shots at a nightclub.', ['was spotted']],
    ['The four had been declared persona non grata for spying.', ['had been declared']],
  ])('a passive stays in %j', (text, found) => {
    expect(spans(text, 'agentless')).toEqual(found);
  });
});

describe('a passive inside a Title Case title in running text', () => {
  test.each([
    'His 1971 painting The Night It Was Decided hangs in Oslo.',
    'The band played Nothing Was Promised To Us twice that night.',
    'She reread the essay Why the Bridge Was Never Built before the vote.',
  ])('none in %j', (text) => {
    expect(spans(text, 'agentless')).toEqual([]);
  });

  test.each([
    ['Three Miners Were Killed In Blast', ['Were Killed']],
    ['Mayor Is Accused Of Fraud', ['Is Accused']],
    ['The painting was stolen in 1990.', ['was stolen']],
  ])('a headline or a plain passive stays: %j', (text, found) => {
    expect(spans(text, 'agentless')).toEqual(found);
  });
});

describe('a prefix of shortfall or excess on a state is an adjective, hyphenated or not', () => {
  test.each([
    'Critics say the clinics were under-resourced for a decade.',
    'The night shift was under-staffed again.',
    'By noon the platforms were over-crowded.',
  ])('none in %j', (text) => {
    expect(spans(text, 'agentless')).toEqual([]);
  });

  test.each([
    ['Hundreds of savers were mis-sold the bonds.', ['were mis-sold']],
    ['Cleaners were under-paid for three years.', ['were under-paid']],
  ])('an act stays in %j', (text, found) => {
    expect(spans(text, 'agentless')).toEqual(found);
  });
});
