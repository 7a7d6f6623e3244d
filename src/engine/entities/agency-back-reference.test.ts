import { describe, expect, test } from 'vitest';
import { analyze } from '../analyze';

/** The entity names of the cues' sources, in order. */
function entityNames(text: string): (string | undefined)[] {
  return analyze(text, { kinds: ['attribution'] }).map((f) => f.source?.entity?.name);
}

describe('"the agency": the public body that spoke before', () => {
  test('an acronym body or a named administration', () => {
    expect(
      entityNames(
        'The CAA said on Monday that the runway would close. The agency added that flights would move.',
      ),
    ).toEqual(['CAA', 'CAA']);
    expect(
      entityNames(
        'The Federal Rail Administration said the line was unsafe. "Repairs will take months," the agency said.',
      ),
    ).toEqual(['Federal Rail Administration', 'Federal Rail Administration']);
  });

  test('not a company, and not a body that spoke long before', () => {
    expect(
      entityNames(
        'Corvane Energy said prices would rise. The agency added that bills would follow.',
      )[1],
    ).toBe('The agency');
    expect(
      entityNames(
        'The CAA said the runway would close. Flights will move to the north strip. Crews are tired. Passengers face delays. The agency said more checks were due.',
      )[1],
    ).toBe('The agency');
  });
});
