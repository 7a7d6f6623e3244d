import { describe, expect, test } from 'vitest';
import { spans } from '../test-helpers';

// headlines.ts's `tradeWithoutBody`: a trade's people acting in a sentence-case headline that
// names no body (decision 65: a bare role noun carries no body)
const body = '\n\nThe health board said talks would continue next week.';

describe('a trade acting in a headline that names no body', () => {
  test.each([
    ['Midwives vote to strike after pay offer rejected', 'Midwives'],
    ['Pharmacists ration painkillers as shortages spread', 'Pharmacists'],
    ['Paramedics walk out over unpaid overtime', 'Paramedics'],
    ['Bus drivers reject revised pay deal', 'Bus drivers'],
  ])('%s', (headline, span) => {
    expect(spans(headline + body, 'unnamed')).toContain(span);
  });

  test.each([
    // a named employer or site; Title Case, whose names are hidden; a passive of harm
    ['Midwives walk out at St. Brennan Hospital as talks collapse', 'Midwives'],
    ['Bus drivers walk out as talks with Coastline Transit collapse', 'Bus drivers'],
    ['Astronomers Detect Water Vapour On Nearby Planet', 'Astronomers'],
    ['Paramedics hurt after ambulance overturns', 'Paramedics'],
  ])('not: %s', (headline, span) => {
    expect(spans(headline + body, 'unnamed')).not.toContain(span);
  });
});
