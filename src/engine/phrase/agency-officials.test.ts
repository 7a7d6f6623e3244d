/**
 * Bare `agency` before a person of a body is the general word for a government body of any kind:
 * after the story names a department, authority, bureau or commission, "agency officials" speak
 * for it (decision 65 of the labelled sets: a common-noun modifier pointing to the one body the
 * story is about). A modifier that places the agency among many, or a story that named no such
 * body, leaves them unnamed. Every sentence is invented, in the shapes of city and regulatory news.
 */
import { describe, expect, test } from 'vitest';
import { cueSource } from '../test-helpers';

describe('agency officials after a named government body speak for it', () => {
  test.each([
    'Tasos Georgelis works at the Department of Environmental Protection. Sewer lines are less affected, agency officials said.',
    'The Tamworth Water Authority raised prices. Agency officials said the rise was needed.',
    'The Bureau of Land Management closed the trail. An agency official said it would reopen in May.',
  ])('%s', (text) => {
    expect(cueSource(text, 'said')?.[1]).toBe('partial');
  });
});

describe('agency officials with no named body, or placed among many, stay unnamed', () => {
  test.each([
    'Prices rose sharply last year. Agency officials said the rise was needed.',
    'Prices rose at Halvard Bank. Agency officials said the rise was needed.',
    'The Tamworth Water Authority raised prices. Federal agency officials said the rise was needed.',
  ])('%s', (text) => {
    expect(cueSource(text, 'said')?.[1]).toBe(false);
  });
});
