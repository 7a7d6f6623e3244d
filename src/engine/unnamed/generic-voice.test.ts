import { describe, expect, test } from 'vitest';
import { spans } from '../test-helpers';

describe('a class spoken of in general is no withheld actor', () => {
  test.each([
    // after an infinitive or a modal's verb
    ['The bill would give security forces new powers to search homes.', 'security forces'],
    ['The scheme was set up to train customs officials in the ports.', 'customs officials'],
    ['The fund exists to help investigators through long cases.', 'investigators'],
    ['Sanctions were meant to pressure officials into a deal.', 'officials'],
    ['We can retrain planning officials instead of hiring more of them.', 'planning officials'],
    // a present verb that lets or makes the class act
    ['The loophole allows lawmakers to raise their own pay.', 'lawmakers'],
    ['The treaty obliges authorities to share data.', 'authorities'],
    // a gerund's object, the subject of a `where` or `how` clause in the present
    ['The rules let funds delay payouts, giving managers time to sell assets.', 'managers'],
    ['The firm was fined for charging app developers fees of up to 30 percent.', 'app developers'],
    ['Critics want to know how contractors are chosen for the work.', 'contractors'],
    ['The forum is a place where officials trade favours.', 'officials'],
    // marked as the whole class
    ['Economists in general have been slow to see the change.', 'Economists in general'],
    ['The rule angered bankers and regulators alike.', 'regulators'],
  ])('not: %s', (text, not) => {
    expect(spans(text, 'unnamed')).not.toContain(not);
  });

  test.each([
    // the same nouns as particular actors: acting, depicted acting, blamed, or after a
    // preposition that left out an adjective
    ['Prison guards searched the cells on Tuesday, the ministry said.', 'Prison guards'],
    ['A video appears to show customs officers beating a driver.', 'customs officers'],
    [
      'The report is expected to criticise senior auditors for failing to flag the losses.',
      'senior auditors',
    ],
    ['The fault had been reported to local officials in June but never fixed.', 'officials'],
    ['Two landlords told the council the rule would drive them out.', 'Two landlords'],
    // a participle after a noun, an -ing modifier, a progressive, a `where` clause in the past
    ['The union representing nurses there declined to comment.', 'nurses there'],
    ['The case is seen by housing campaigners as a test.', 'campaigners'],
    ['Police were questioning suspects late into the night.', 'suspects'],
    ['People queued at the clinic, where officials were handing out vouchers.', 'officials'],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed').join('|')).toContain(want);
  });
});

describe('an actor only imagined is no withheld actor', () => {
  test.each([
    ['Lawmakers might, in fact, feel compelled to cut spending.', 'Lawmakers'],
    ['Militants may well decide the risk is not worth it.', 'Militants'],
    ["Lawmakers can't pass anything these days.", 'Lawmakers'],
    ['If another bidder still wants the company, it has until March.', 'another bidder'],
    ['If a regulator objects, the deal is off.', 'a regulator'],
    ['Unless officials relent, the plant will close in June.', 'officials'],
  ])('not: %s', (text, not) => {
    expect(spans(text, 'unnamed')).not.toContain(not);
  });

  test.each([
    // a guess at a past act, a definite repeat, and a modal in a cue's content
    ['Detectives believe two men may have used a stolen car to flee.', 'two men'],
    ['Investigators may have missed the warning signs, two officials said.', 'two officials'],
    ['Gunmen may have entered through the back gate, police said.', 'Gunmen'],
    ['The suspects would not give their names, a police spokesman said.', 'The suspects'],
    ['The ministry said a team of outside specialists would review the unit.', 'specialists'],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed').join('|')).toContain(want);
  });
});
