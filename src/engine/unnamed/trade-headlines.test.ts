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
    // a named employer or site; a passive of harm
    ['Midwives walk out at St. Brennan Hospital as talks collapse', 'Midwives'],
    ['Bus drivers walk out as talks with Coastline Transit collapse', 'Bus drivers'],
    ['Paramedics hurt after ambulance overturns', 'Paramedics'],
  ])('not: %s', (headline, span) => {
    expect(spans(headline + body, 'unnamed')).not.toContain(span);
  });
});

// headlines.ts's `untoldTrade`: the same in Title Case, and any bare people noun (an office, a
// class of clients or campaigners), unless the lead retells the act with the same people or verb
describe('bare people acting in a headline whose lead does not retell it', () => {
  test.each([
    ['Lawyers Protest Closure Of Legal Aid Clinic', 'Lawyers'],
    ['Paramedics Walk Out Over Pay', 'Paramedics'],
    ['Inspectors Reject New Safety Rules', 'Inspectors'],
    ['Teachers Reject Revised Pay Offer', 'Teachers'],
    ['Activists block bridge over ward closures', 'Activists'],
    ['Dentists Warn Of Rural Shortage', 'Dentists'],
  ])('%s', (headline, span) => {
    expect(spans(headline + body, 'unnamed')).toContain(span);
  });

  test.each([
    // the lead retells them (their own noun, or the verb with a named subject)
    [
      'Astronomers Detect Water Vapour On Nearby Planet\n\nAstronomers have detected water vapour on a planet, the Southern Observatory said.',
      'Astronomers',
    ],
    [
      'Surgeons Agree New Weekend Rota\n\nThe Northfield Trust agreed a new rota with its staff on Monday.',
      'Surgeons',
    ],
    [
      'Dockers Walk Out At Port Of Halden\n\nMore than 900 dockers at the Port of Halden walked off the job on Monday.',
      'Dockers',
    ],
    // a market crowd or a body's own people stand for the market or the body
    ['Investors Flee Bank Shares', 'Investors'],
  ])('not: %s', (text, span) => {
    expect(spans(text.includes('\n') ? text : text + body, 'unnamed')).not.toContain(span);
  });
});
