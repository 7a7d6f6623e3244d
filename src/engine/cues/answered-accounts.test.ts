/**
 * An account of events with its owner is the owner's claim when someone answers it or when it is
 * told ("rejected the airline's account", "declined to comment on his account", "her version",
 * "his account of negotiating"): a cue noun with a source attached (ANNOTATION.md, cue nouns).
 * The accounts of banks, sites and trade are no claims: "her account was frozen".
 */
import { describe, expect, test } from 'vitest';
import { seen, spans } from '../test-helpers';

describe('an owned account answered or told is a cue', () => {
  test.each([
    ["The port authority rejected the airline's account.", 'the airline'],
    ["Police disputed the driver's version of events.", 'the driver'],
    [
      "The firm did not respond to a request for comment on the inspectors' account.",
      'the inspectors',
    ],
    ["Asked about the nurse's account, the trust did not reply.", 'the nurse'],
  ])('%s', (text, source) => {
    const found = seen(text, 'attribution').filter(
      (c) => c.text === 'account' || c.text === 'version',
    );
    expect(found.map((c) => c.source)).toEqual([source]);
  });

  test.each([
    ['The university declined to comment on his account.', 'account'],
    ['His account of the crossing is harrowing.', 'account'],
  ])('%s', (text, cue) => {
    expect(spans(text, 'attribution')).toContain(cue);
  });

  test.each([
    'Her account was frozen by the bank in May.',
    'The money was paid into his account on Friday.',
    'They acted on their own account.',
    'He logged into her account and deleted the posts.',
    "The company's account with the bank was closed.",
    'She took their views into account.',
    'The browser learns as you browse to make your version of it unique.',
  ])('no cue for an account of money or a site: %s', (text) => {
    expect(spans(text, 'attribution')).toEqual([]);
  });
});

describe('"does not recognise" a stated claim rejects it', () => {
  // session 41: the idiom rejects a stated claim in the present as in the past (decision 165,
  // point 276's "does not recognise" the figures), not a habitual negative
  test.each([
    ['The water company said it "does not recognise" the figures.', 'does not recognise'],
    [
      '"We do not recognise the picture painted in this report," the trust said.',
      'do not recognise',
    ],
    ['The council does not recognise that description of its housing stock.', 'does not recognise'],
    ['The insurer disputes the numbers.', 'disputes'],
  ])('%s', (text, cue) => {
    expect(spans(text, 'attribution')).toContain(cue);
  });

  test.each([
    'She does not recognise the man in the photograph.',
    'The government does not recognise the breakaway republic.',
    'Many visitors recognised the figures in the old painting.',
    'He does not recognise his own street any more.',
  ])('not: %s', (text) => {
    expect(spans(text, 'attribution')).toEqual([]);
  });
});
