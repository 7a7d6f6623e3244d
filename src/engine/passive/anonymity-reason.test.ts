import { describe, expect, test } from 'vitest';
import { spans } from '../test-helpers';

// Invented sentences: the reason a story gives for a source's anonymity is no span (decisions 13,
// 97, 154); the source's own account after it keeps its passives.

describe('a passive in the stated reason for anonymity', () => {
  test.each([
    'A porter, who spoke on condition of anonymity because staff have been warned not to talk to reporters, described the night as chaotic.',
    'The official declined to be identified because the findings have not been published.',
    'Two engineers asked not to be named because the report had not been finalised.',
    'A teacher, speaking anonymously because staff were instructed not to comment, described the meeting.',
    'One buyer, who did not want to be named publicly because the talks are still being held in private, described the offer as generous.',
  ])('none in %j', (text) => {
    expect(spans(text, 'agentless')).toEqual([]);
  });

  test.each([
    [
      'A guard, who spoke on condition of anonymity because staff have been warned not to talk to reporters, said the cells were searched twice.',
      ['were searched'],
    ],
    [
      'A worker who requested anonymity because staff are not allowed to talk to reporters said the alarm was disabled.',
      ['was disabled'],
    ],
    ['The shop closed early because staff had been warned about the march.', ['had been warned']],
  ])('the account after it, or a reason for something else: %s', (text, want) => {
    expect(spans(text, 'agentless')).toEqual(want);
  });
});
