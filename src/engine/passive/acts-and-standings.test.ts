import { describe, expect, test } from 'vitest';
import { spans } from '../test-helpers';

// Invented sentences: stative participles that tell of an act (thrown at, left in a place for a
// span, records lost, pictured doing something, told to do something in a list), and passives
// that state a standing (a debt owed, a step done in due form, a count of citations).

describe('a stative participle that tells of an act', () => {
  test.each([
    ['Eggs were thrown at the councillors as they left the hall.', ['were thrown']],
    ['A stone was thrown through the window of the surgery.', ['was thrown']],
    ['An elderly man was left in a corridor for nine hours.', ['was left']],
    ['A bag of banknotes was left for her behind the counter.', ['was left']],
    ['The ledgers had been lost before the audit began.', ['had been lost']],
    ['The minutes of two planning meetings were lost.', ['were lost']],
    ['The striker was pictured leaving a casino at dawn.', ['was pictured']],
    ['She was pictured arriving at court looking pale and drawn.', ['was pictured']],
    ['Nurses were handed a rota and told to start at six.', ['were handed', 'told']],
  ])('%s', (text, want) => {
    expect(spans(text, 'agentless')).toEqual(want);
  });

  test.each([
    'The ferry hit the pier and passengers were thrown to the deck.',
    'The season was thrown into doubt by the dispute.',
    'Only a handful of seats were left in the hall.',
    'About 60 jobs were lost when the plant shut.',
    'Some of the records may have been lost for good.',
    'The mayor, pictured, declined to comment.',
  ])('none in %j', (text) => {
    expect(spans(text, 'agentless')).toEqual([]);
  });
});

describe('a standing, not an act: a debt, a step in due form, a tally of citations', () => {
  test.each([
    'The builders said they were owed more than 90,000 pounds.',
    'A plumber who had been owed money since March gave up.',
    'Her spokesman said every gift was "properly declared" at the time.',
    'The warehouse is fully automated.',
    'The accounts had been duly signed off, the firm said.',
    'The 2019 paper has been cited more than 900 times.',
  ])('none in %j', (text) => {
    expect(spans(text, 'agentless')).toEqual([]);
  });

  test.each([
    ['The samples were never properly tested.', ['were never properly tested']],
    ['The claims have not been adequately checked.', ['have not been adequately checked']],
    ['The study was cited in the ruling.', ['was cited']],
  ])('a failure or another use stays a passive: %s', (text, want) => {
    expect(spans(text, 'agentless')).toEqual(want);
  });
});

describe('an attack on computers after `by` is a means, not who acted', () => {
  test.each([
    ['The clinic was hit by ransomware last week.', ['was hit']],
    ['The booking systems were knocked offline by a cyber attack.', ['were knocked']],
    ['The library was hit by a suspected ransomware attack.', ['was hit']],
  ])('%s', (text, want) => {
    expect(spans(text, 'agentless')).toEqual(want);
  });

  test.each([
    'The breach was carried out by a ransomware gang based abroad.',
    'The outage was caused by a cyberattack, the firm said.',
    'The depot was hit by a lorry.',
  ])('none in %j', (text) => {
    expect(spans(text, 'agentless')).toEqual([]);
  });
});
