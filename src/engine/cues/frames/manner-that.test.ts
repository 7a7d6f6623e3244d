import { describe, expect, test } from 'vitest';
import { seen, spans } from '../../test-helpers';

describe('a manner of speaking with a that-clause reports what was said', () => {
  test.each([
    ['Two shopkeepers muttered that the market would never reopen.', 'muttered', 'Two shopkeepers'],
    ['Okafor fumed on Monday that the audit had been buried.', 'fumed', 'Okafor'],
    ['Fans shouted that the referee had been bought.', 'shouted', 'Fans'],
    ['The coach moaned in a post that the pitch was a disgrace.', 'moaned', 'The coach'],
  ])('%s', (text, cue, source) => {
    expect(seen(text, 'attribution').find((s) => s.text === cue)?.source).toBe(source);
  });

  test.each([
    'He moaned in pain as the medics arrived.',
    'They shouted at the driver that night.',
    'She called that number twice.',
  ])('no cue in %j', (text) => {
    expect(spans(text, 'attribution')).toEqual([]);
  });
});

describe('a stance verb in its frame', () => {
  test.each(['He slammed the door and left.', 'The minister slammed the brakes on.'])(
    'no cue in %j',
    (text) => {
      expect(spans(text, 'attribution')).toEqual([]);
    },
  );

  test('"Residents slammed the plan" stays a cue', () => {
    expect(spans('Residents slammed the plan.', 'attribution')).toEqual(['slammed']);
  });
});
