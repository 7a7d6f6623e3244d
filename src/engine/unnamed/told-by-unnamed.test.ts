import { describe, expect, test } from 'vitest';
import { spans } from '../test-helpers';

describe('a group acting in what an unnamed source tells is unnamed', () => {
  test.each([
    ['A guard who was on duty that night said inspectors ignored the alarms.', 'inspectors'],
    ['An insider claimed producers had cut the final episode behind her back.', 'producers'],
    [
      'One employee, who asked not to be named, said supervisors had ignored the alarms for weeks.',
      'supervisors',
    ],
    ['A source close to the club said trustees had pushed for a sale.', 'trustees'],
    ['A passenger who asked not to be named said pilots argued before take-off.', 'pilots'],
    // a body's board and workforce too, when an unnamed source tells of them (decision 65)
    ['A person who attended the meeting said directors rejected the offer.', 'directors'],
    ['Two people familiar with the talks said directors had debated a deeper cut.', 'directors'],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed')).toContain(want);
  });

  test.each([
    // a named source tells of the workforce; a forecast; a passive that tells of no act (one
    // that directs them to act does: "staff were told to stay at home", made-to-act.test.ts)
    ['The hospital said doctors had been writing fewer prescriptions.', 'doctors'],
    ['A source said nurses will strike next week.', 'nurses'],
    ['An insider said staff were paid late.', 'staff'],
    // a sector, after a time or reason clause
    ['A broker said sales fell through after lenders valued homes too low.', 'lenders'],
    // known people
    ['A source said the directors rejected the offer.', 'the directors'],
  ])('not: %s', (text, word) => {
    expect(spans(text, 'unnamed')).not.toContain(word);
  });
});

describe('bodies and acts under way in what an unnamed source tells', () => {
  test.each([
    // bodies in the plural at a particular act an unnamed source tells of (decisions 79 and
    // 176: a specific act by banks, not a sector in general)
    ['A farmer who asked not to be named said banks had refused to extend his loan.', 'banks'],
    ['One shop owner said wholesalers were holding back stock before the change.', 'wholesalers'],
    ['A freight manager said carriers had begun adding surcharges in May.', 'carriers'],
    // an act under way now, of people or of bodies
    ['A person close to the board said directors are weighing a sale of the unit.', 'directors'],
    ['Sources close to the firm say insurers are refusing to renew its cover.', 'insurers'],
    // a quotation that opens on the -ing form
    [
      'A dealer who asked not to be named said lenders were "dumping the loans" at a loss.',
      'lenders',
    ],
    ['One parent said coaches had been "hiding the injuries" from the league.', 'coaches'],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed')).toContain(want);
  });

  test.each([
    // a named source speaks of the sector; a sector after a clause of time; a forecast
    ['The central bank said banks had tightened lending in the spring.', 'banks'],
    ['A broker said prices fell after banks had tightened lending.', 'banks'],
    ['A source said insurers will raise premiums next year.', 'insurers'],
    // what befalls them now, not an act
    ['A farmer who asked not to be named said banks are struggling.', 'banks'],
    // a trade's present is a trend
    ['A parent who asked not to be named said nurses are leaving the ward.', 'nurses'],
    [
      'A shipper who asked not to be named said carriers were "running out of patience".',
      'carriers',
    ],
    ['One trader said wholesalers are running low on stock.', 'wholesalers'],
  ])('not: %s', (text, word) => {
    expect(spans(text, 'unnamed')).not.toContain(word);
  });
});
