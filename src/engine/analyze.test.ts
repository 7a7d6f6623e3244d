import { describe, expect, it } from 'vitest';
import { analyze } from './analyze';
import { sourceEntities } from './entities/list';
import { FINDING_KINDS } from './types';

const ARTICLE = `Chinese officials said last week that a foreign intelligence agency hacked several of its airlines.

“After an in-depth investigation, it was confirmed that the attacks were carefully planned,” the MSS said. The hacking campaign was reportedly discovered after one of China’s airlines reported a breach.`;

describe('analyze', () => {
  const findings = analyze(ARTICLE);

  it('finds every kind, with offsets into the text and a reason', () => {
    for (const kind of FINDING_KINDS) expect(findings.some((f) => f.kind === kind)).toBe(true);
    for (const f of findings) {
      expect(f.start).toBeGreaterThanOrEqual(0);
      expect(f.end).toBeGreaterThan(f.start);
      expect(f.end).toBeLessThanOrEqual(ARTICLE.length);
      expect(f.why.length).toBeGreaterThan(5);
      if (f.source) expect(f.kind).toBe('attribution');
    }
  });

  it('credits a quotation to the source after it, and gives named sources', () => {
    const said = findings.filter(
      (f) => f.kind === 'attribution' && ARTICLE.slice(f.start, f.end) === 'said',
    );
    const mss = said.find(
      (f) => f.source && ARTICLE.slice(f.source.start, f.source.end) === 'the MSS',
    );
    expect(mss?.source?.named).toBe(true);
    expect(mss?.source?.entity?.name).toBe('MSS');
    expect(mss?.source?.entity?.type).toBe('organisation');
    const officials = said.find(
      (f) => f.source && ARTICLE.slice(f.source.start, f.source.end) === 'Chinese officials',
    );
    expect(officials?.source?.named).toBe(false);
  });

  it('returns findings sorted by start and filters by kind', () => {
    const starts = findings.map((f) => f.start);
    expect([...starts].sort((a, b) => a - b)).toEqual(starts);
    const hedges = analyze(ARTICLE, { kinds: ['hedge'] });
    expect(hedges.map((f) => ARTICLE.slice(f.start, f.end))).toEqual(['reportedly']);
  });

  it('handles empty and odd input', () => {
    expect(analyze('')).toEqual([]);
    expect(analyze('   \n\n  ')).toEqual([]);
    expect(analyze('“”,.—')).toEqual([]);
  });

  it('gives the same findings when a long text is analysed in parts', () => {
    const unit = `${ARTICLE}\n\n`;
    const one = analyze(unit).map((f) => [f.start, f.end, f.kind]);
    const many = analyze(unit.repeat(200)); // well over one part
    expect(many.length).toBe(one.length * 200);
    const last = many
      .slice(-one.length)
      .map((f) => [f.start - unit.length * 199, f.end - unit.length * 199, f.kind]);
    expect(last).toEqual(one);
  });

  it('links sources within a part, with entity ids unique in the whole text', () => {
    const unit = `${ARTICLE}\n\n`;
    const many = analyze(unit.repeat(200));
    const ids = sourceEntities(many).map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids[0]).toBe('e1');
    const later = ids.filter((id) => id.includes('@'));
    expect(later.length).toBeGreaterThan(0);
    expect(later).toContain(`e1@${later[0]!.split('@')[1]}`);
    // in order of parts, and an id's offset is a part's start: a line start of the text
    const offsets = ids.map((id) => Number(id.split('@')[1] ?? 0));
    expect([...offsets].sort((a, b) => a - b)).toEqual(offsets);
    for (const o of offsets) if (o > 0) expect(unit.repeat(200).charAt(o - 1)).toBe('\n');
  });

  it('reads a long text (400 copies of an article) to the end, finding each copy', () => {
    // Its speed is measured by `npm run bench:engine`, not here (no timing in unit tests).
    const one = analyze(ARTICLE).length;
    const out = analyze(ARTICLE.repeat(400)); // about 120 kB, several engine parts
    expect(one).toBeGreaterThan(5);
    expect(out.length).toBe(400 * one);
  });
});
