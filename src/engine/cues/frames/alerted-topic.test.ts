/**
 * A passive `alerted` with its topic is a communication passive (point 301's "had been alerted to
 * the fault"): a cue, its by-agent the source; `alerted` alone or with an instruction is none.
 */
import { describe, expect, test } from 'vitest';
import { cueSource, spans } from '../../test-helpers';

describe('a passive "alerted" with its topic is a cue', () => {
  test.each([
    ['The landlord had been alerted to the damp two years earlier.', 'alerted'],
    ['Managers were alerted about the shortfall in March.', 'alerted'],
  ])('%s', (text, cue) => {
    expect(spans(text, 'attribution')).toContain(cue);
  });

  test('a by-agent is the source', () => {
    expect(
      cueSource('Guards were alerted to the breach by a cleaner.', 'were alerted')?.slice(0, 2),
    ).toEqual(['a cleaner', false]);
  });

  test.each([
    'Firefighters were alerted shortly after midnight.',
    'Villagers were alerted to leave their homes.',
  ])('no cue: %s', (text) => {
    expect(spans(text, 'attribution')).toEqual([]);
  });
});
