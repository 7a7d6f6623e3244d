import { describe, expect, test } from 'vitest';
import { cueSource, spans } from '../test-helpers';

// The office-holders of a named insolvency are identified by the body they act for
// (insolvency-offices.ts); elsewhere the same nouns keep their other senses.

describe('the administrators of a named insolvency are named', () => {
  test.each([
    [
      'Harlow Kitchens went into administration on Friday. The administrators said the shops would stay open.',
      'The administrators',
    ],
    [
      'Ostby Haulage entered liquidation last week. Creditors have written to the liquidators, and the liquidators said a report would follow.',
      'the liquidators',
    ],
    [
      'The grocer Penmere Foods filed for bankruptcy on Monday. The administrator has said vouchers will be honoured.',
      'The administrator',
    ],
    [
      'Fenwick Mills has been in receivership since March, and the receivers are looking for a buyer.',
      'the receivers',
    ],
  ])('%s', (text, word) => {
    expect(spans(text, 'unnamed')).not.toContain(word);
  });

  test.each([
    // no insolvency in the story: school and hospital administrators the story withholds
    ['A parent said administrators had ignored the complaints for months.', 'administrators'],
    [
      'The Calder administration said it would appeal. Two administrators said the rules were unclear.',
      'Two administrators',
    ],
    // an insolvency with no name: the office acts for a principal the story never names
    [
      'A fund based abroad went into liquidation in May, and the liquidators said investors would lose money.',
      'the liquidators',
    ],
  ])('not: %s', (text, word) => {
    expect(spans(text, 'unnamed')).toContain(word);
  });
});

describe('as a source, the office of a named insolvency is named too', () => {
  test.each([
    [
      'Brannock Freight went into administration on Monday. The administrators said all 14 depots would keep trading.',
      'said',
      'The administrators',
      'partial',
    ],
    [
      'Brannock Freight went into administration on Monday. About 900 buyers had paid deposits, according to the administrators.',
      'according to',
      'the administrators',
      'partial',
    ],
    [
      'Several builders went into administration this year. The administrators said all depots would keep trading.',
      'said',
      'The administrators',
      false,
    ],
  ])('%s', (text, cue, source, named) => {
    expect(cueSource(text, cue)?.slice(0, 2)).toEqual([source, named]);
  });
});
