/**
 * Two ways a source takes the namedness of a body the story named (session 20; every sentence is
 * invented):
 *
 * - a spokesperson whose modifier names the kind of body the story named (`a company
 *   spokeswoman` after `Operator Kelby Coaches said`, `A diocesan spokesman` after `the Diocese of
 *   Wrenford`): the one body of that kind (decisions 61, 65 and 84 of the labelled sets), but not
 *   the state or a service (`a government spokesperson`, decision 66);
 * - `the report` whose first mention was by a named body (`a report last year by the Audit
 *   Office`) or a named owner's (`the Audit Office's report`): that named report (the guideline's
 *   `the report` after `a report in the Harbour Gazette`, decision 15), not one a named outlet only
 *   saw (decision 14).
 */
import { describe, expect, test } from 'vitest';
import { analyze } from '../analyze';

/** The source of the first cue reading `cue`: its words and namedness. */
function sourceOf(text: string, cue: string): [string, unknown] | undefined {
  const f = analyze(text, { kinds: ['attribution'] }).find(
    (g) => text.slice(g.start, g.end) === cue,
  );
  return f?.source ? [text.slice(f.source.start, f.source.end), f.source.named] : undefined;
}

/** Whether the source reading `words` of the cue `cue` is named (true or partial). */
function named(text: string, cue: string): boolean {
  const s = sourceOf(text, cue);
  return !!s && s[1] !== false;
}

describe('a spokesperson of the kind of body the story named', () => {
  test.each([
    [
      'Operator Kelby Coaches said the route had lost money for years. "We cannot run it without support," a company spokeswoman said.',
      'a company spokeswoman',
    ],
    [
      'Brindle, the Tessport-based games maker, will close two studios. A company spokesman confirmed the figures on Friday.',
      'A company spokesman',
    ],
    [
      'A developer is said to have approached the Diocese of Wrenford about the chapel. A diocesan spokesman said no offer had been received.',
      'A diocesan spokesman',
    ],
    [
      'The minister asked the Department of Health and Ageing to review the grants. A departmental spokeswoman confirmed the review had begun.',
      'A departmental spokeswoman',
    ],
    [
      'The Payments Supervision Board said it was monitoring the collapse. It is unclear whether customer money was ring-fenced, a regulator spokesman said.',
      'a regulator spokesman',
    ],
    [
      'Harrow Lane Bakeries recalled 40,000 loaves on Tuesday. A firm spokesperson said no illnesses had been reported.',
      'A firm spokesperson',
    ],
  ])('named: %s', (text, words) => {
    const f = analyze(text, { kinds: ['attribution'] }).find(
      (g) => g.source && text.slice(g.source.start, g.source.end) === words,
    );
    expect(f?.source?.named).toBe('partial');
  });

  test.each([
    // no body named before: a spokesperson of an unknown company
    'Shoppers were warned about the recalled heaters. A company spokesman said refunds would be paid.',
    // the state, not one body (decision 66)
    'Premier Ana Vell promised a review. A government spokesperson said the review would begin in May.',
    // a service word (decision 60)
    'Three men were arrested in Kelm. A police spokesman said the inquiry was continuing.',
    // the kind never met: no diocese in the story
    'Parishioners at St Oda’s want the hall kept. A diocesan spokesman said no decision had been made.',
    // a party, which only places its people (decision 5)
    'The Civic Alliance is split over the budget. A party spokesman said the leader had full support.',
  ])('unnamed: %s', (text) => {
    const f = analyze(text, { kinds: ['attribution'] }).find(
      (g) => g.source && /spokes/.test(text.slice(g.source.start, g.source.end)),
    );
    expect(f?.source?.named).toBe(false);
  });
});

describe('the report whose first mention gave a named issuer or owner', () => {
  test.each([
    [
      'The rules follow a report last year by the Audit Office that found waste in ten programmes. Some contracts were never tendered, the report said.',
      'said',
    ],
    [
      'Ministers saw a review published in March by Ostrel Council before the vote. Officers were stretched thin, the review found.',
      'found',
    ],
    [
      'A draft of the Audit Office’s report reached the minister in March. The final report, tabled last week, found that $6 million had been misspent.',
      'found',
    ],
    [
      'The council met after a study by the Harbour Institute warned of flooding. The study says 400 homes are at risk.',
      'says',
    ],
    [
      'Kestrel Mining’s annual report was released on Monday. The report shows profits fell by a third.',
      'shows',
    ],
    [
      'The minister has read a summary of the Rail Safety Board’s audit. The audit found that signals at six crossings were faulty.',
      'found',
    ],
    [
      'Councillors debated an assessment drafted in May by the Fenwick Water Authority. Supplies could fail within a decade, the assessment warned.',
      'warned',
    ],
  ])('named: %s', (text, cue) => {
    expect(named(text, cue)).toBe(true);
  });

  test.each([
    // seen by a named outlet: the outlet never names it (decision 14)
    [
      'The wing was lost for six hours, according to an internal log seen by the Northern Sentinel. The log shows reinforcements were refused.',
      'shows',
    ],
    [
      'The program is under review, according to an internal assessment reviewed by the Meridian Post. The assessment, dated April 9, found the sensors failed.',
      'found',
    ],
    // by no named body
    [
      'Residents cited a report last year by a group of engineers. The report says the bridge is unsafe.',
      'says',
    ],
    // a report in no one's name
    ['A report circulated among staff last week. The report says the unit will close.', 'says'],
    [
      'An anonymous report reached the newsroom on Friday. The report claims the vote was rigged.',
      'claims',
    ],
  ])('unnamed: %s', (text, cue) => {
    expect(named(text, cue)).toBe(false);
  });
});
