import { describe, expect, test } from 'vitest';
import { seen } from './test-helpers';

// In a Title Case headline every word is capitalised, so a word is a name only when the lexicon
// does not know it: a document's adjective of secrecy ("Leaked", "Internal", "Confidential"), its
// version ("Draft"), the words of an anonymity formula ("Close", "Familiar") and the person
// nouns no class lists ("Minister") are common words (lexicon.ts COMMON_WORDS).
describe('common words of anonymous sourcing in a Title Case headline', () => {
  const body = '\n\nThe two companies have been in talks since March.';
  test.each([
    ['Leaked Memo Shows Plan To Cut Jobs', 'Shows', 'Leaked Memo'],
    ['Internal Email Reveals Pay Gap At Bank', 'Reveals', 'Internal Email'],
    ['Confidential Report Warns Of Cuts', 'Warns', 'Confidential Report'],
    ['Anonymous Letter Accuses Mayor Of Fraud', 'Accuses', 'Anonymous Letter'],
    ['Sources Close To Star Say Split Is Amicable', 'Say', 'Sources Close To Star'],
    ['Senior Minister Says Deal Is Close', 'Says', 'Senior Minister'],
  ])('%s', (headline, cue, source) => {
    const cues = seen(headline + body, 'attribution').filter((c) => c.text === cue);
    expect(cues).toEqual([{ text: cue, source, named: false }]);
    expect(seen(headline + body, 'unnamed').map((u) => u.text)).toContain(source);
  });

  test.each([
    // a name the text writes inside a sentence stays a name
    [
      'Internal Affairs Says Officer Lied\n\nInternal Affairs, the police watchdog, said the officer lied.',
      'Says',
    ],
  ])('named: %s', (text, cue) => {
    const c = seen(text, 'attribution').find((x) => x.text === cue);
    expect(c?.named).not.toBe(false);
  });
});
