/**
 * A source after `according to` keeps an issuing participle only with what it introduces (`a
 * study published in the journal X`, `documents obtained by the Gazette`); a participle whose
 * phrase is a time or a place of the clause (`a report published on Monday`, `a report released
 * at the weekend`) stays out of the source, rather than leaving it to end on the bare participle.
 * Every sentence is invented, in the shapes of news citing reports and studies.
 */
import { describe, expect, test } from 'vitest';
import { cueSource } from '../test-helpers';

describe('a participle with only a time or place after it stays out of the source', () => {
  test.each([
    ['According to a report published on Monday, the river is polluted.', 'a report'],
    ['The river is polluted, according to a report published on Monday.', 'a report'],
    ['According to a report released at the weekend, sales fell.', 'a report'],
    ['According to a survey conducted over the summer, most tenants are worried.', 'a survey'],
  ])('%s', (text, source) => {
    const got = cueSource(text, 'According to') ?? cueSource(text, 'according to');
    expect(got?.[0]).toBe(source);
  });
});

describe('a participle with its publication or agent stays in', () => {
  test.each([
    [
      'According to a study published in the journal Nature, the drug works.',
      'a study published in the journal Nature',
    ],
    [
      'According to a survey released on Tuesday by the chamber, sales fell.',
      'a survey released on Tuesday by the chamber',
    ],
    [
      'According to documents obtained by the Gazette, the plan changed.',
      'documents obtained by the Gazette',
    ],
  ])('%s', (text, source) => {
    expect(cueSource(text, 'According to')?.[0]).toBe(source);
  });
});
