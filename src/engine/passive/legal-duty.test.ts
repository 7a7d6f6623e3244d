import { describe, expect, test } from 'vitest';
import { spans } from '../test-helpers';

// Invented sentences: a duty or bar the law lays down hides nobody, like "required by law".

describe('a duty told by an adverb of law', () => {
  test.each([
    'Councils are legally required to set a balanced budget.',
    'Landlords are legally barred from evicting tenants in winter.',
    'Schools are statutorily required to teach it.',
    'The president is constitutionally barred from a third term.',
    'Suppliers are contractually required to give notice.',
  ])('none in %j', (text) => {
    expect(spans(text, 'agentless')).toEqual([]);
  });

  test.each([
    ['Councils were required to cut budgets after the review.', ['were required']],
    ['Two reporters were barred from the hearing.', ['were barred']],
    ['The firm was legally challenged over the deal.', ['was legally challenged']],
  ])('a duty or bar someone imposes, or another act: %s', (text, want) => {
    expect(spans(text, 'agentless')).toEqual(want);
  });
});
