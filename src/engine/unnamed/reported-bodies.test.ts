import { describe, expect, test } from 'vitest';
import { spans } from '../test-helpers';

// A body brought in new as the subject of a state or a passive that opens a sentence a cue after it
// credits is the party the source withholds (reported-bodies.ts).

describe('a new body in a reported state or plan is unnamed', () => {
  test.each([
    // a state or a passive a cue after it credits
    [
      'A Danish insurer was in talks to take over the fund, three people familiar with the matter said.',
      'A Danish insurer',
    ],
    [
      'A Swedish insurer has been fined over its claims handling, two people briefed on the case said.',
      'A Swedish insurer',
    ],
    [
      'A group of supporters were thrown out of the ground after lighting flares, stadium staff said.',
      'A group of supporters',
    ],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed')).toContain(want);
  });

  test.each([
    // a negated state: a general statement
    ['A pension fund is not a savings account, the adviser said.', 'A pension fund'],
    ["A small charity isn't a bank.", 'A small charity'],
    // a kind defined, in a general statement a cue credits
    ['A pension fund is a long bet on the economy, the adviser said.', 'A pension fund'],
    // a state or a passive no cue credits: a body's own plan, background, or a body acted on
    [
      'A regional bus operator is close to ordering 40 electric coaches.',
      'A regional bus operator',
    ],
    ['In 2019 a ferry operator was in trouble over its fares.', 'a ferry operator'],
    ['A village school was damaged in the storm.', 'A village school'],
    // a definite body: the other organisation rules judge it
    ['The bus operator is close to ordering 40 electric coaches.', 'The bus operator'],
  ])('not: %s', (text, word) => {
    expect(spans(text, 'unnamed')).not.toContain(word);
  });
});

describe('a name that only places keeps a credited opening reported', () => {
  test.each([
    [
      'Paramedics in Pellow County are seeing longer waits outside hospitals, a senior ambulance manager told the paper.',
      'Paramedics in Pellow County',
    ],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed')).toContain(want);
  });

  test.each([
    // a named body's people stay the body's
    [
      'Paramedics at Pellow General Hospital are seeing longer waits, a senior nurse said.',
      'Paramedics at Pellow General Hospital',
    ],
  ])('not: %s', (text, word) => {
    expect(spans(text, 'unnamed')).not.toContain(word);
  });
});
