import { describe, expect, test } from 'vitest';
import { spans } from '../test-helpers';

describe('whom an act helps, backs or passes over only receives it', () => {
  test.each([
    ['The embassy said it was willing to assist Kenyan authorities in the inquiry.', 'Kenyan'],
    ['Donors pledged to aid Somali officials in the hunt for the missing.', 'Somali officials'],
    ['The agency has long ignored local regulators.', 'local regulators'],
  ])('not: %s', (text, not) => {
    expect(spans(text, 'unnamed').join('|')).not.toContain(not);
  });

  test.each([
    // the doers of a deed, people whose own act follows
    ['The state was accused of supporting gunmen who attacked the convoy.', 'gunmen'],
    ['The charity supported staff who reported the abuse to police.', 'staff'],
    [
      'The consulate said it was supporting a British woman detained in the city.',
      'a British woman',
    ],
  ])('still: %s', (text, found) => {
    expect(spans(text, 'unnamed').join('|')).toContain(found);
  });
});

describe('an actor or speaker only imagined by a modal is not withheld', () => {
  test.each([
    [
      'A delivery service wouldn’t find itself short of drivers on a holiday.',
      'A delivery service',
    ],
    ['If you asked the nurses on this ward, every one of them would say the same.', 'one of them'],
    ['Payments are spread over ten months, but residents can ask to pay over twelve.', 'residents'],
  ])('not: %s', (text, not) => {
    expect(spans(text, 'unnamed')).not.toContain(not);
  });

  test.each([
    // a refusal, a past narrative, the past of a bare plural, a guess at the past
    ['A spokesman would not say whether the talks had ended.', 'A spokesman'],
    ['A spokeswoman wouldn’t comment on the report.', 'A spokeswoman'],
    ['A judge would later rule that the search was illegal.', 'A judge'],
    ['A witness could not identify the man in the photograph.', 'A witness'],
    ['Protesters could be seen throwing stones.', 'Protesters'],
    ['Police said a gunman would have shot more people.', 'a gunman'],
    ['A source would say only that the deal was close.', 'A source'],
    ['In the video, a woman can be heard shouting at the guards.', 'a woman'],
    ['We will make sure consumer groups can comment.', 'consumer groups'],
  ])('still: %s', (text, found) => {
    expect(spans(text, 'unnamed')).toContain(found);
  });
});

describe('a firm whose name starts with a digit is named', () => {
  test('not: Sales doubled in March, according to data analysis firm 1010data.', () => {
    const text = 'Sales doubled in March, according to data analysis firm 1010data.';
    expect(spans(text, 'unnamed').join('|')).not.toContain('1010data');
  });
});

describe('the team of a named person is known through that name', () => {
  test.each([['Dr. Okafor and colleagues started out from a simple hypothesis.', 'colleagues']])(
    'not: %s',
    (text, not) => {
      expect(spans(text, 'unnamed').join('|')).not.toContain(not);
    },
  );

  test('still: colleagues with no named lead', () => {
    const text = 'The nurse said colleagues had stopped speaking to her.';
    expect(spans(text, 'unnamed')).toContain('colleagues');
  });
});

describe("a kind of the country's own government is that government", () => {
  test.each([
    ['The ruling party stepped down and was replaced by a technocratic government.', 'government'],
  ])('not: %s', (text, not) => {
    expect(spans(text, 'unnamed').join('|')).not.toContain(not);
  });

  test('still: a foreign government', () => {
    expect(spans('A foreign government hacked the servers.', 'unnamed')).toContain(
      'A foreign government',
    );
  });
});

describe('a kind that a definition describes is no one in the story', () => {
  test.each([
    [
      'This is a special designation for a company that holds securities for investment.',
      'company',
    ],
    ['It is a licence for a firm that trades on its own account.', 'firm'],
  ])('not: %s', (text, not) => {
    expect(spans(text, 'unnamed').join('|')).not.toContain(not);
  });
});

describe('a class that a hardship would befall has not acted', () => {
  test.each([
    ['With less money coming in, political leaders will find it harder to fix roads.', 'leaders'],
    ['It is likely that the lawyers involved will have nightmares for years.', 'lawyers'],
    ['Local officials will struggle to fill the gap left by the cuts.', 'officials'],
  ])('not: %s', (text, not) => {
    expect(spans(text, 'unnamed').join('|')).not.toContain(not);
  });

  test('still: people who will face charges', () => {
    expect(spans('Two officers will face charges over the death.', 'unnamed')).toContain(
      'Two officers',
    );
  });
});

describe('the agent of an act only feared or risked is imagined', () => {
  test.each([
    [
      'One driver, who asked not to be named because he feared being singled out by managers, said shifts had been lengthened.',
      'managers',
    ],
    ['Staff said they kept quiet for fear of being sacked by bosses.', 'bosses'],
    ['Small shops risk being squeezed out by rivals, the report warns.', 'rivals'],
    ['Tenants are afraid of being thrown out by landlords if they complain.', 'landlords'],
    ['Several players feared being blacklisted by other teams.', 'other teams'],
    ['Crews feared being singled out by foremen.', 'foremen'],
  ])('not: %s', (text, not) => {
    expect(spans(text, 'unnamed')).not.toContain(not);
  });

  test.each([
    // an act that happened; a definite agent the story knows
    ['He was sacked by bosses after the strike.', 'bosses'],
    ['Two drivers said they had been singled out by managers.', 'managers'],
  ])('still: %s', (text, found) => {
    expect(spans(text, 'unnamed')).toContain(found);
  });
});
