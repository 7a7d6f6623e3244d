/**
 * Answering a finding or a claim: `accept`, `reject`, `dispute` and `disagree with` whose object
 * is a finding, a ruling or a claim are the answerer's stance on it, a cue with the answerer as
 * source, also when a quotation of the verb closes before the object. An offer, a job, a bid or
 * a payment accepted or rejected is no answer to anything said.
 */
import { describe, expect, test } from 'vitest';
import { sourceText, spans } from '../../test-helpers';

describe('answering a finding or a claim', () => {
  test.each([
    ['The regulator accepted the findings of the review.', 'accepted', 'The regulator'],
    ['The trust has accepted the panel’s conclusions in full.', 'has accepted', 'The trust'],
    ['The broadcaster accepted the ruling and removed the film.', 'accepted', 'The broadcaster'],
    ['The union disputes the conclusions of the audit.', 'disputes', 'The union'],
    ['Members of the board disagree with the assessment.', 'disagree', 'Members of the board'],
    ['Tom Field rejected the characterisation.', 'rejected', 'Tom Field'],
  ])('%s', (text, cue, source) => {
    expect(sourceText(text, cue)).toBe(source);
  });

  test.each([
    ['The clinic said it "fully accepts" the verdict.', 'accepts'],
    ['The firm said it "strongly disagrees" with the report.', 'disagrees'],
    ['Her lawyer said she "categorically rejects" the allegations.', 'rejects'],
  ])('a quotation of the verb before its object: %s', (text, cue) => {
    expect(spans(text, 'attribution')).toContain(cue);
  });

  test.each([
    'She accepted the offer on Friday.',
    'He accepted the position of chief executive.',
    'The board rejected the bid from its rival.',
    'The shop does not accept credit cards.',
    'The two sides disagree with each other about everything.',
    'The committee accepted the donation.',
  ])('no cue in %j', (text) => {
    expect(spans(text, 'attribution')).toEqual([]);
  });
});
