import { describe, expect, test } from 'vitest';
import { spans } from '../test-helpers';

describe('people an act comes from, or whom someone learned from, are unnamed (decisions 146, 177)', () => {
  test.each([
    ['The diocese dropped the plan after pressure from parishioners.', 'parishioners'],
    ['The board faced criticism from former players over the sale.', 'former players'],
    ['The manager has faced abuse from supporters online since March.', 'supporters'],
    ['The closure went ahead despite protests from villagers.', 'villagers'],
    ['The vicar has had support from local churchgoers.', 'local churchgoers'],
    ['The fund sold its stake after pressure from senior bishops.', 'senior bishops'],
    ['Two priests said they had learned of the list from parishioners.', 'parishioners'],
    ['He heard about the sale from neighbours, not from the club.', 'neighbours'],
    // advice given and intelligence supplied are acts of whoever gave them
    ['The striker sat out the tour on advice from surgeons.', 'surgeons'],
    ['Police moved in on intelligence from neighbours.', 'neighbours'],
    // a crowd pressing a body to act is a lobby, not a market's mood (decision 136)
    ['The miner has been under pressure from investors to close the pit.', 'investors'],
    ['The brewer faced pressure from shareholders to cut its dividend.', 'shareholders'],
  ])('%s', (text, who) => {
    expect(spans(text, 'unnamed')).toContain(who);
  });

  test.each([
    // a market's or the public's mood is optional at most (decisions 90, 99)
    ['The shares fell after pressure from investors.', 'investors'],
    // no infinitive of what they press for: the pressure is a mood, whatever follows
    ['Its chief has been under pressure from investors since the fine.', 'investors'],
    ['The pressure from investors to the end of the year was intense.', 'investors'],
    // advice from a named body
    ['The council acted on advice from Harwell Engineering.', 'Harwell Engineering'],
    // attention is no act
    ['The case has drawn intense interest from fans.', 'fans'],
    // a from-phrase of origin
    ['She moved to the city from villages in the north.', 'villages in the north'],
  ])('%s', (text, who) => {
    expect(spans(text, 'unnamed')).not.toContain(who);
  });
});

describe('a bare plural that opens an absolute clause and acts is unnamed (decisions 146, 147)', () => {
  test.each([
    ['The club sacked its manager on Monday, with fans chanting for his dismissal.', 'fans'],
    ['Faith groups have opened their halls, with volunteers serving hot meals.', 'volunteers'],
    ['The vote went ahead, with local councillors demanding a recount.', 'local councillors'],
  ])('%s', (text, who) => {
    expect(spans(text, 'unnamed')).toContain(who);
  });

  test.each([
    // a market or the public, and no people at all
    ['Halibut sells well in spring, with consumers seeking out fresh fish.', 'consumers'],
    ['The index opened flat, with investors waiting for the figures.', 'investors'],
    ['Sales slowed, with prices rising for a third month.', 'prices'],
  ])('%s', (text, who) => {
    expect(spans(text, 'unnamed')).not.toContain(who);
  });
});
