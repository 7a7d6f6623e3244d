import { describe, expect, test } from 'vitest';
import { fitLedger, type LedgerEntry, type PageLedger } from './ledger';
import { LIMITS } from './limits';
import { validatePageLedger } from './validate';

const entry = (id: string, claims: number): LedgerEntry => ({
  id,
  name: id,
  group: id === 'unsourced' ? 'unsourced' : 'unnamed',
  mentions: [],
  claims: Array.from({ length: claims }, (_, i) => ({ cue: 'said', snippet: `Claim ${i}.` })),
});

const ledgerOf = (entries: LedgerEntry[]): PageLedger => {
  const total = entries.reduce((n, e) => n + e.claims.length, 0);
  return {
    entries,
    attributions: total,
    claims: { named: 0, partial: 0, unnamed: total, documents: 0, unsourced: 0 },
  };
};

describe('fitLedger', () => {
  test('a ledger that fits is given back as it is', () => {
    const ledger = ledgerOf([entry('a', 2), entry('b', 1)]);
    expect(fitLedger(ledger, 3, 5)).toBe(ledger);
  });

  test('keeps the sources backing most claims, in their order, and counts the rest', () => {
    const ledger = ledgerOf([
      entry('a', 1),
      entry('b', 4),
      entry('c', 1),
      entry('d', 2),
      entry('unsourced', 3),
    ]);
    const fit = fitLedger(ledger, 3, 3);
    expect(fit.entries.map((e) => [e.id, e.claims.length, e.claimCount])).toEqual([
      ['b', 3, 4],
      ['d', 2, undefined],
      ['unsourced', 3, undefined],
    ]);
    expect(fit.omitted).toEqual({ sources: 2, claims: 2 });
    // The counts per group stay the article's.
    expect(fit.claims).toEqual(ledger.claims);
  });

  test('a million-word page’s ledger passes the message check once fitted', () => {
    const many = Array.from({ length: LIMITS.ledgerEntries + 500 }, (_, i) => entry(`s${i}`, 1));
    const ledger = ledgerOf([...many, entry('unsourced', LIMITS.ledgerClaims + 10)]);
    expect(validatePageLedger(ledger, 'ledger').ok).toBe(false);
    const fit = fitLedger(ledger);
    expect(validatePageLedger(fit, 'ledger')).toEqual({ ok: true, value: fit });
    expect(fit.omitted).toEqual({ sources: 501, claims: 501 });
    expect(fit.entries.at(-1)?.claimCount).toBe(LIMITS.ledgerClaims + 10);
  });
});
