import { describe, expect, it } from 'vitest';
import { spans } from '../test-helpers';

// `position` (position.ts) is the costliest test two rules ask of a candidate; each rule now asks
// first a cheap fact without which it cannot hold (repeat-mentions.ts: the head was flagged
// before; agentsInReport in find-unnamed.ts: a hedge, or the phrase opens what a later cue
// credits). The findings are the same with or without those gates (the golden record over every
// text says so); these cases hold both sides of each gate.

describe('a definite body noun repeating an unnamed one (repeat-mentions.ts)', () => {
  it('repeats one flagged before, as the subject of what it does', () => {
    expect(
      spans(
        'A group of protesters blocked the road on Monday. The group returned on Tuesday.',
        'unnamed',
      ),
    ).toContain('The group');
  });

  it('repeats nothing when its head was never flagged', () => {
    expect(spans('The group returned to the square on Tuesday.', 'unnamed')).toEqual([]);
  });

  it('repeats nothing when only another head was flagged before', () => {
    expect(
      spans(
        'A group of protesters blocked the road on Monday. The council reopened it on Tuesday.',
        'unnamed',
      ),
    ).not.toContain('The council');
  });

  it('repeats nothing acted on, though its head was flagged before', () => {
    expect(
      spans(
        'A group of protesters blocked the road on Monday. Officers dispersed the group.',
        'unnamed',
      ),
    ).not.toContain('the group');
  });
});

describe('a bare plural agent in a report (agentsInReport, find-unnamed.ts)', () => {
  it('acts when it opens what an unnamed source is credited with', () => {
    expect(
      spans(
        'Bondholders have hired lawyers, according to people familiar with the talks.',
        'unnamed',
      ),
    ).toContain('Bondholders');
  });

  it('acts when a hedge reports its act', () => {
    expect(spans('Wholesalers have reportedly begun hoarding grain.', 'unnamed')).toContain(
      'Wholesalers',
    );
  });

  it('does not act inside the content, with no hedge and no opening', () => {
    expect(
      spans('He said the talks went well, and that bondholders had hired lawyers.', 'unnamed'),
    ).not.toContain('bondholders');
  });
});
