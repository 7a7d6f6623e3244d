// Documents the writer marks as unconfirmed are relied on while nobody gives who is behind them,
// with or without a cue that credits them (unconfirmed-documents.ts). The sentences are invented.
import { describe, expect, test } from 'vitest';
import { spans } from '../test-helpers';

const found = (text: string) => spans(text, 'unnamed').join(' | ');

describe('a document marked unconfirmed', () => {
  test.each([
    [
      'Unverified posts on a messaging app that the bridge had collapsed were denied by the county.',
      'posts',
    ],
    ['Unconfirmed reports of a second blast at the depot', 'reports'],
    ['The ministry dismissed uncorroborated accounts of looting in the port.', 'accounts'],
  ])('%s', (text, want) => {
    expect(found(text)).toContain(want);
  });

  test.each([
    // a speaker's dismissal in a quotation, not the writer's distance
    ['The minister said the story rested on "unverified posts by people with grudges".', 'posts'],
    // a named issuer in the phrase
    ['Unconfirmed reports in the Harbour Gazette were denied by the county.', 'reports'],
    // no adjective of distance
    ['Reports of a second blast at the depot were denied by the county.', 'Reports'],
  ])('not: %s', (text, word) => {
    expect(found(text)).not.toContain(word);
  });
});
