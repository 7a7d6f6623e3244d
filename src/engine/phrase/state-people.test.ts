// People only a state has (diplomats, troops, envoys, lawmakers, border guards, customs officers)
// are placed by one capitalised word before them, a country the engine may not know, as "U.S.
// officials" and "Kenyan diplomats" are (ANNOTATION.md's settled case; decisions 21, 60 and 100;
// a party's lawmakers are only its members, decision 5): a required `unnamed`, `named: false`
// (namedness.ts, stateQualifier). Found with scripts/probe-namedness.ts; the sentences are invented.
import { describe, expect, test } from 'vitest';
import { cueSource, spans } from '../test-helpers';

describe("one capitalised word before a state's people is their country", () => {
  test.each([
    ['The talks have stalled, a Tarsland diplomat said.', 'a Tarsland diplomat'],
    ['The crossing is shut, Velland border guards said on Monday.', 'Velland border guards'],
    ['The convoy was turned back, Orvish customs officers said.', 'Orvish customs officers'],
    ['The ceasefire is holding, a Korvan envoy said.', 'a Korvan envoy'],
  ])('%s', (text, want) => {
    expect(cueSource(text, 'said')?.slice(0, 2)).toEqual([want, false]);
    expect(spans(text, 'unnamed')).toContain(want);
  });

  test.each([
    // an acronym is a body's name; a body's or a company's people stay its own
    ['The road is open, NATO troops said.', 'NATO troops'],
    ['The plant will close, Halvard Motors officials said.', 'Halvard Motors officials'],
  ])('%s', (text, who) => {
    expect(cueSource(text, 'said')?.slice(0, 2)).toEqual([who, 'partial']);
  });
});
