/**
 * A document a named body disclosed or unveiled is that body's, as one it published or released
 * is (ANNOTATION.md, settled cases: "a statement from Acme"; decision 68 keeps a document an
 * outlet only obtained or saw unnamed). Every sentence is invented, in the shapes of inquiry,
 * defence and budget news.
 */
import { describe, expect, test } from 'vitest';
import { cueSource } from '../test-helpers';

describe('a document disclosed or unveiled by a named body is named', () => {
  test.each([
    [
      'Documents disclosed by the Defence Ministry showed that the study was shelved.',
      'showed',
      'Documents disclosed by the Defence Ministry',
    ],
    [
      'A plan unveiled by the Treasury says taxes will rise next year.',
      'says',
      'A plan unveiled by the Treasury',
    ],
    [
      'Figures disclosed by Harlow Water show that leaks rose by a fifth.',
      'show',
      'Figures disclosed by Harlow Water',
    ],
  ])('%s', (text, cue, source) => {
    expect(cueSource(text, cue)?.slice(0, 2)).toEqual([source, true]);
  });
});

describe('a document an outlet only obtained stays unnamed', () => {
  test.each([
    [
      'Emails obtained by the Harbour Gazette show the bank knew.',
      'show',
      'Emails obtained by the Harbour Gazette',
    ],
  ])('%s', (text, cue, source) => {
    expect(cueSource(text, cue)?.slice(0, 2)).toEqual([source, false]);
  });
});
