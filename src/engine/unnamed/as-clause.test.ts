import { describe, expect, test } from 'vitest';
import { spans } from '../test-helpers';

describe('the subject of a clause that `as` opens acts (decisions 70, 103)', () => {
  test.each([
    [
      'Heavy gunfire rang out on Friday as a group of rebels seized the radio station.',
      'a group of rebels',
    ],
    [
      'Customers screamed as a gang of masked men smashed the display cases.',
      'a gang of masked men',
    ],
    ['The road was closed for hours as armed men searched every car.', 'armed men'],
    ['Power was cut across the district as armed men had blocked the two bridges.', 'armed men'],
    ['The crowd fell silent as two gunmen opened fire on the stage.', 'two gunmen'],
    ['Panic in Kessel as rebels storm army base', 'rebels'],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed')).toContain(want);
  });

  test.each([
    // `as` of a role or a likeness: a predicate, no actor
    ['Friends described the victim as a keen amateur boxer who had recently married.', 'boxer'],
    [
      'Officials described the intruders as operatives working for a foreign service.',
      'operatives',
    ],
    ['He served as an adviser to the mayor for six years.', 'adviser'],
    ['The clinic treats workers such as miners who had been exposed to dust.', 'miners'],
    // a crowd that only comes or leaves
    [
      'Witnesses described a scene of confusion as fans streamed out after the final whistle.',
      'fans',
    ],
    [
      'The camp is short of water as thousands of people fleeing the fighting have arrived.',
      'people',
    ],
  ])('not: %s', (text, head) => {
    expect(spans(text, 'unnamed').filter((w) => w.includes(head))).toEqual([]);
  });
});
