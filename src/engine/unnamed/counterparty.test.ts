import { describe, expect, test } from 'vitest';
import { spans } from '../test-helpers';

describe('the other party of a deal, talks or an engagement', () => {
  test.each([
    [
      'The airline agreed to sell its cargo arm to a Malaysian logistics group, two people briefed on the deal said.',
      'a Malaysian logistics group',
    ],
    ['Harlan Foods is in advanced talks with a European rival over a merger.', 'a European rival'],
    [
      'The club opened negotiations last month with at least two investment funds.',
      'at least two investment funds',
    ],
    [
      'The council signed a ten-year contract with a private operator in 2021.',
      'a private operator',
    ],
    ['The family is working with a lawyer on the appeal.', 'a lawyer on the appeal'],
    ['Tessary has hired advisers to explore a sale of the unit.', 'advisers'],
    ['The family hired a lawyer after the crash.', 'a lawyer'],
    // told of by a source: the deal is the content of the claim, no rumour
    [
      'A person briefed on the matter said the band was in talks with two streaming services.',
      'two streaming services',
    ],
    // a particular body sought out as a party
    [
      'The founder has approached at least two private equity firms about a sale.',
      'at least two private equity firms',
    ],
    ['Last spring the club quietly courted a Gulf investment fund.', 'a Gulf investment fund'],
    // contact with a particular body
    [
      'Before the attack the suspect had regular contact with a militant group abroad.',
      'a militant group',
    ],
    ['The airline has been in contact with two potential buyers.', 'two potential buyers'],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed')).toContain(want);
  });

  test('the party met again as "the <head>"', () => {
    expect(
      spans(
        'The band sold its back catalogue to an investor last year. The investor has not been identified.',
        'unnamed',
      ),
    ).toEqual(['an investor', 'The investor']);
  });

  test.each([
    // a bare plural is the market the body trades with, not a party it withholds
    'The chain sells its coffee to customers in 40 countries.',
    'Shares in the company were sold to investors at 12 pence.',
    'The port said it was working with divers on the salvage.',
    // no particular party: negated, or only wished for
    'The mayor said the city would never sell the land to a developer.',
    'The family hopes to sell the farm to a buyer who will keep it running.',
    'The owners could sell the club to a consortium next year.',
    'The trust planned to sell the stadium to a housing developer and move out of town.',
    'Lyra Hart is believed to be in talks with a new label.',
    'Rumours that he is in talks with a rival broadcaster swept the newsroom.',
    // named in apposition
    'The brewery was sold to Harrow Lane, a private equity firm, in June.',
    // no deal: only a recipient
    'She handed the keys to a neighbour.',
    // whom a body gives work or employs, not a party it deals with
    'The hospital hired about 600 temporary nurses over the winter.',
    'The firm hired relatives of two board members.',
    'The club has hired a new goalkeeping coach.',
    'The council awarded the paving contract to a company in the next county.',
    // not a body, a market, or only a wish
    'The bank approached customers with a new savings offer.',
    'The charity hopes to approach a large foundation for funding.',
  ])('not: %s', (text) => {
    expect(spans(text, 'unnamed')).toEqual([]);
  });

  test.each([
    // whom one walks up to is no party; no contact is with no one
    ['A man approached a woman at the bus stop and asked for money.', 'a woman'],
    ['The suspect had no contact with a lawyer for two days.', 'a lawyer'],
  ])('not: %s', (text, word) => {
    expect(spans(text, 'unnamed').join(' | ')).not.toContain(word);
  });
});

describe('the other party of a bribe, a purchase or a collusion', () => {
  test.each([
    [
      'Two judges were jailed for taking bribes from a construction firm, court records show.',
      'a construction firm',
    ],
    ['Investigators say the rifles were bought from a dealer in the port.', 'a dealer in the port'],
    [
      'Messages show a former aide coordinated with a foreign lobbying firm before the vote.',
      'a foreign lobbying firm',
    ],
    [
      'A league source said the data had been shared with at least one betting company.',
      'at least one betting company',
    ],
    [
      'Prosecutors allege the officials colluded with two haulage firms to fix prices.',
      'two haulage firms',
    ],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed')).toContain(want);
  });

  test.each([
    // a market, a message, a meeting: no particular party
    ['The chain buys its coffee from farmers across the region.', 'farmers'],
    ['The mayor met with a local charity on Monday.', 'a local charity'],
    ['The council shared its plans with residents at a meeting.', 'residents'],
  ])('not: %s', (text, word) => {
    expect(spans(text, 'unnamed').join(' | ')).not.toContain(word);
  });
});

describe('the one body goods or data were sent on to', () => {
  test.each([
    ['The clinic let the scans be passed to a marketing firm.', 'a marketing firm'],
    ['The drones were exported to a neighbouring country in 2021.', 'a neighbouring country'],
    ['The beta had been distributed to a small group of outside testers.', 'a small group'],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed').join(' | ')).toContain(want);
  });

  test.each([
    // no particular body: a market, the general public, a named one
    ['The plant exported its steel to buyers across Asia.', 'buyers'],
    ['The leaflets were sent to households in the ward.', 'households'],
    ['The files were passed to Orrin Data, a marketing firm.', 'a marketing firm'],
    // a person, not a body a deal went to
    ['She sent a card to a colleague.', 'a colleague'],
  ])('not: %s', (text, word) => {
    expect(spans(text, 'unnamed').join(' | ')).not.toContain(word);
  });
});

describe('a deal a raising verb reports as done', () => {
  test.each([
    ['The trusts are said to have been registered through a law firm in Valletta.', 'a law firm'],
    ['The painting is believed to have been sold to a private collector.', 'a private collector'],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed').join(' | ')).toContain(want);
  });

  test.each([
    // a rumoured or wished-for deal, not one done
    [
      'The gallery is said to be ready to sell the painting to a private collector.',
      'a private collector',
    ],
    ['The gallery hopes to have sold the painting to a private collector.', 'a private collector'],
  ])('not: %s', (text, word) => {
    expect(spans(text, 'unnamed').join(' | ')).not.toContain(word);
  });
});
