import { describe, expect, test } from 'vitest';
import { spans } from '../test-helpers';

const found = (text: string) => spans(text, 'unnamed').join(' | ');

describe('a counted part of an unnamed group that acts is unnamed (decisions 7, 78)', () => {
  test.each([
    [
      'Two men were seen near the van. One of them smashed the rear window, a neighbour said.',
      'One of them',
    ],
    [
      'Four engineers who worked on the bridge spoke to the Gazette. Three of them have since left the firm.',
      'Three of them',
    ],
    [
      'Several climbers were caught in the storm, and two of them had ignored the warnings.',
      'two of them',
    ],
    [
      'A nurse said she had seen three men at the gate. "One of them had a crowbar," she said.',
      'One of them',
    ],
    [
      "Some of Korvane's biggest investors have urged the board to sell.",
      "Some of Korvane's biggest investors",
    ],
    [
      "Results were poor, and several of Mellow's rivals have also cut jobs.",
      "several of Mellow's rivals",
    ],
    [
      'The sample was tested by two labs. One of the labs was not identified in the report.',
      'One of the labs',
    ],
  ])('%s', (text, want) => {
    expect(found(text)).toContain(want);
  });

  test.each([
    // named people, things, victims, a named part, a predicate, a pronoun's owner
    ['Ana Roe and Piet Kask were arrested. One of them had worked at the port.', 'One of them'],
    ['The firm signed three contracts last year. Two of them were cancelled.', 'Two of them'],
    ['Four miners were trapped. Two of them had been injured by falling rock.', 'Two of them'],
    ['Two players were banned. One of the banned players is Tom Ilic.', 'One of the'],
    ['Ruiz was one of several climbers who reached the top.', 'one of several'],
    ['Two men were held at the port. One of them was a customs clerk.', 'One of them'],
    ['The firm said two of its ferries would sail from Varn instead.', 'two of its ferries'],
    ['He got 900 letters, most of them signed by pupils.', 'most of them'],
  ])('not: %s', (text, word) => {
    expect(found(text)).not.toContain(word);
  });
});
