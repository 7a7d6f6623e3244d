import { describe, expect, test } from 'vitest';
import { spans } from '../test-helpers';

// People doing something, or meaning to, in what a source tells of: a past progressive, a past
// `be` of readiness or `would` before an act (contentDoing in content-subject.ts; decision 79).
describe('a group doing something in what a source tells of', () => {
  test.each([
    ['A coach who asked not to be named said players had been training in secret.', 'players'],
    ["One broker told the paper that clients were 'begging to sell'.", 'clients'],
    ['A former guard said inmates were ready to riot by the spring.', 'inmates'],
    ['A site engineer said crews would dig through the night.', 'crews'],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed')).toContain(want);
  });

  test.each([
    // only waiting or resting, a state, a passive, a permission
    ['A neighbour said tenants had been waiting outside since dawn.', 'tenants'],
    ['A volunteer said campers had been sleeping in their cars.', 'campers'],
    ['Opposition leader Sam Roe said residents were paying more for less.', 'residents'],
    ['A rider warned the team that sponsors would leave if the story broke.', 'sponsors'],
    ['An official said applicants would be contacted next week.', 'applicants'],
    ['A volunteer said tenants could apply for help.', 'tenants'],
    // the present: a trend
    ['A recruiter said nurses are leaving for agency work.', 'nurses'],
  ])('%s', (text, not) => {
    expect(spans(text, 'unnamed')).not.toContain(not);
  });
});

// A body's members, bare, acting in what a person tells who does not
// speak for the body (decision 79: only the body, a named person of it or its spokesperson does).
describe('members acting in what a person tells', () => {
  test.each([
    ['A person close to the guild said members had voted against the deal.', 'members'],
    ['Guild leaders said members would stay out until the fund was restored.', 'members'],
    [
      'A lobbyist familiar with the strategy said members were prepared to spend heavily.',
      'members',
    ],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed')).toContain(want);
  });

  test.each([
    // the body itself, a named person or a spokesperson speaks for its members
    ['The guild said members had voted against the deal.', 'members'],
    ['Guild chair Ana Ruiz said members had voted against the deal.', 'members'],
    // counted or picked out, or undergoing
    ['A neighbour said several families had refused to leave.', 'families'],
    ['A relative said families had been told nothing.', 'families'],
  ])('%s', (text, not) => {
    expect(spans(text, 'unnamed').join('|')).not.toContain(not);
  });
});
