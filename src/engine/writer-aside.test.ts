/**
 * The writer's aside in an impersonal passive of duty ("it has to be admitted", point 300) is no
 * cue and no `agentless`; other impersonal passives of saying and passives of things stay (a duty
 * in "must be" is a rule, standing.ts).
 */
import { describe, expect, test } from 'vitest';
import { spans } from './test-helpers';

describe("the writer's aside credits and hides nobody", () => {
  test.each([
    'It has to be admitted that the new stand looks handsome.',
    'It must be said, the second half was dreadful.',
    'It should perhaps be noted that the survey is small.',
    'Still, it needs to be stressed that nobody was hurt.',
  ])('%s', (text) => {
    expect(spans(text, 'attribution')).toEqual([]);
    expect(spans(text, 'agentless')).toEqual([]);
  });

  test.each([
    ['It was said at the time that the mayor knew.', 'It was said'],
    ['It is admitted that the barrier failed.', 'It is admitted'],
    ['The recordings were admitted as evidence.', 'were admitted'],
  ])('still an agentless passive: %s', (text, passive) => {
    expect(spans(text, 'agentless')).toContain(passive);
  });
});
