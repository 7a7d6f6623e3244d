import { describe, expect, test } from 'vitest';
import { spans } from '../test-helpers';

// In a Title Case headline every word is capitalised, so a common noun that says where or with
// what a trade's people work ("Bus", "Taxi", "Care Home") read as a name and placed them in a
// named body. Before a noun for people it is a common word (rule-words `tradeModifiers`); an
// employer's name, a word of no such list, stays a name (decisions 65 and 99).
const body = '\nThe Riverside Trust said talks with unions would continue.';

describe('a trade named with its workplace or vehicle', () => {
  test.each([
    ['Bus Drivers Walk Out Over Pay', 'Bus Drivers'],
    ['Taxi Drivers Protest Closure Of Depot', 'Taxi Drivers'],
    ['Lorry Drivers Block Motorway In Fuel Protest', 'Lorry Drivers'],
    ['Care Home Nurses Strike Over Pay', 'Care Home Nurses'],
  ])('%s', (headline, want) => {
    expect(spans(headline + body, 'unnamed')).toContain(want);
  });
});

describe('an employer’s name stays a name', () => {
  test.each([
    ['Acme Drivers Walk Out Over Pay', 'Drivers'],
    ['Home Office Nurses Strike Over Pay', 'Nurses'],
  ])('%s', (headline, word) => {
    expect(spans(headline + body, 'unnamed').join(' | ')).not.toContain(word);
  });
});
