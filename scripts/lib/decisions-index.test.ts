import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decisionPoints, decisionsIndex } from './decisions-index';

const SAMPLE = [
  '# Labelling decisions',
  '',
  '1. **Wrong senses are left unlabelled** (a detector that flags them). This covers',
  '   "report income".',
  '',
  '## Added in session 9 (new cases)',
  '',
  '2. **A definite repeat of a named body, and a document with no',
  '   issuer in the sentence** (decisions 1). Body text with **bold** words.',
  '3. **Victims who spoke** are sources.',
  '',
].join('\n');

describe('decisionPoints', () => {
  it('reads each number, its title over several lines and its section', () => {
    expect(decisionPoints(SAMPLE)).toEqual([
      { n: 1, title: 'Wrong senses are left unlabelled', section: '' },
      {
        n: 2,
        title: 'A definite repeat of a named body, and a document with no issuer in the sentence',
        section: 'Added in session 9 (new cases)',
      },
      { n: 3, title: 'Victims who spoke', section: 'Added in session 9 (new cases)' },
    ]);
  });

  it('ignores numbered lines that are not points (no bold title)', () => {
    expect(decisionPoints('1. a plain list item\n2. another')).toEqual([]);
  });
});

describe('decisionsIndex', () => {
  const index = decisionsIndex(SAMPLE);

  it('lists each point under its section', () => {
    expect(index).toContain('## Opening points\n\n1. Wrong senses are left unlabelled\n');
    expect(index).toContain('## Added in session 9 (new cases)\n\n2. A definite repeat');
  });

  it('groups points by the phenomena their titles name', () => {
    expect(index).toMatch(/Definite repeats[^\n]*:\*\* 2\n/);
    expect(index).toMatch(/Documents, data and their issuers:\*\* 2\n/);
    expect(index).toMatch(/Victims, patients, suspects and non-agents:\*\* 3\n/);
    expect(index).toMatch(/Hedges:\*\* none\n/);
  });

  it('is in step with eval/labelled/DECISIONS.md (run npx tsx scripts/decisions-index.ts)', () => {
    const dir = join(__dirname, '..', '..', 'eval', 'labelled');
    const committed = readFileSync(join(dir, 'DECISIONS-INDEX.md'), 'utf8');
    expect(committed).toBe(decisionsIndex(readFileSync(join(dir, 'DECISIONS.md'), 'utf8')));
  });
});
