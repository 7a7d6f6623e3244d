/**
 * Session 43: a second participle that shares a passive's auxiliary after the first one's
 * adjuncts is a passive of its own (point 312's coordinated participles): joined by `but` before
 * a negation or an adverb, after a quotation that opens on the joint, or after a date joined to a
 * date. A new clause after the joint, or an active verb with its object, is not.
 */
import { describe, expect, test } from 'vitest';
import { spans } from '../test-helpers';

describe('a coordinated participle after the first one’s adjuncts', () => {
  test.each([
    ['The leak was reported to managers in March but never fixed.', 'fixed'],
    ['The fault was logged at the depot but not repaired.', 'repaired'],
    ['The inspection had been ordered in 2021 "and quietly dropped."', 'dropped'],
    ['Upgrades were promised in 2018 and 2020 and then shelved.', 'shelved'],
    ['The suspect was questioned overnight but later released.', 'released'],
  ])('%s', (text, passive) => {
    expect(spans(text, 'agentless')).toContain(passive);
  });

  test.each([
    ['The bid was rejected but the club appealed.', ['was rejected']],
    ['He was charged in June but denied the offence.', ['was charged']],
    ['The roof was repaired in 2019 and 2020 was quieter.', ['was repaired']],
    ['She was told by phone and "wept for an hour."', ['was told']],
  ])('no second passive in %j', (text, passives) => {
    expect(spans(text, 'agentless')).toEqual(passives);
  });
});
