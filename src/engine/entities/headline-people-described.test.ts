/**
 * A headline's one-word group of a body's people (`Investigators Say`, `Officials Say`) over a lede
 * whose source is a named body given by a description of no known kind (`the branch` after the
 * Rail Accident Branch, `the county's only hospital`) are that body's people, named in part
 * (decision 124 of the labelled sets). A lede whose source is unnamed, or a person, leaves them
 * unnamed. Every sentence is invented.
 */
import { describe, expect, test } from 'vitest';
import { cueSource } from '../test-helpers';

describe("a headline's body people stand for the lede's described named body", () => {
  test.each([
    [
      'Derailment inquiry focuses on faulty points, investigators say\n\nInvestigators from the Rail Accident Branch are studying a set of points near Harlow, the branch said.',
      'say',
      'investigators',
    ],
    [
      "Maternity Ward at Pellham County Hospital Will Close, Officials Say\n\nParents will have to drive an hour to give birth after the county's only hospital said Tuesday it will close its delivery unit.",
      'Say',
      'Officials',
    ],
    [
      "Dam spillway cracked for months, inspectors say\n\nCracks in the Kelby dam spillway went unrepaired for eight months, Kelby's dam inspectorate said on Friday.",
      'say',
      'inspectors',
    ],
    [
      "Ferry fire started in engine room, investigators say\n\nA fire that forced 300 passengers off the Tarn ferry began in its engine room, Tarn's lifeboat station said.",
      'say',
      'investigators',
    ],
    [
      "Four held after port drugs raid, officers say\n\nFour men were arrested after cocaine was found in a container at Kelby docks, Kelby's customs branch said.",
      'say',
      'officers',
    ],
  ])('%s', (text, cue, source) => {
    expect(cueSource(text, cue)?.slice(0, 2)).toEqual([source, 'partial']);
  });

  test.each([
    // the lede's source is no named body
    [
      'Dam spillway cracked for months, inspectors say\n\nCracks in the dam spillway went unrepaired for eight months, two engineers said on Friday.',
      'say',
      'inspectors',
    ],
    // a headline's people of no body's kind
    [
      "Ferry fire started in engine room, passengers say\n\nA fire that forced 300 passengers off the Tarn ferry began in its engine room, the island's harbour board said.",
      'say',
      'passengers',
    ],
  ])('%s', (text, cue, source) => {
    expect(cueSource(text, cue)?.slice(0, 2)).toEqual([source, false]);
  });
});
