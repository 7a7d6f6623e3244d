import { describe, expect, test } from 'vitest';
import { spans } from '../test-helpers';

// What footage or a scene shows a group doing ("appear to" + an act), and a group that acts after
// a fronted phrase and a participle aside (group-acts.ts, content-subject.ts's opensClause, and
// phrase-starting.ts's end of a phrase at a verb of seeming)
describe('a group that a recording shows acting, or that acts after an aside, is unnamed', () => {
  test.each([
    ['Men in dark uniforms appear to herd people towards the river.', 'Men in dark uniforms'],
    ['In the images, seen by this paper, residents tore down the fence.', 'residents'],
    ['Men in hoods seem to throw stones at the bus.', 'Men in hoods'],
    ['In the footage, reviewed by the paper, volunteers dragged a dinghy ashore.', 'volunteers'],
    [
      'In the video, shared online, worshippers blocked the road outside the mosque.',
      'worshippers',
    ],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed').join(' | ')).toContain(want);
  });

  test.each([
    // a state, the public, a passive after the aside
    'Men in their twenties appear to be most at risk.',
    'Voters appear to favour the ruling party.',
    'In the footage, reviewed by the paper, migrants were beaten.',
  ])('not: %s', (text) => {
    // (the footage an outlet reviewed is an unnamed document of its own)
    expect(spans(text, 'unnamed').filter((x) => x !== 'the footage')).toEqual([]);
  });
});
