/**
 * `directorate` is a noun for a body (actor-nouns.json), so before a person noun it picks the
 * directorate the story named (decision 65 of the labelled sets: a
 * common-noun modifier pointing to the one body of that kind is named), and with none named the
 * person stays unnamed. Every sentence is invented.
 */
import { describe, expect, test } from 'vitest';
import { cueSource } from '../test-helpers';

describe('a directorate word before a person noun is the named one', () => {
  test.each([
    [
      'The Civil Harbours Directorate has fined the ferry firm. A directorate official said the fine was the largest ever.',
      'said',
      'partial',
    ],
    [
      'The ferry firm has been fined. A directorate official said the fine was the largest ever.',
      'said',
      false,
    ],
  ])('%s', (text, cue, named) => {
    expect(cueSource(text, cue)?.[1]).toBe(named);
  });
});
