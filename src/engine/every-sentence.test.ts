/**
 * The engine on every sentence and paragraph of the project's labelled sets, each alone: a
 * sentence that opens the text puts each construction at offset 0, where a rule that looks at
 * the word before must stop (the CLI and the page analyse whatever text they get, headline or
 * not). Nothing may throw, and every finding must lie inside its text.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from './index';

const root = join(__dirname, '..', '..', 'eval', 'labelled');
const texts = readdirSync(root, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .flatMap((d) =>
    readdirSync(join(root, d.name))
      .filter((f) => f.endsWith('.txt'))
      .map((f) => ({ name: `${d.name}/${f}`, text: readFileSync(join(root, d.name, f), 'utf8') })),
  );

/** The text's paragraphs and, crudely, its sentences (after `.`, `!`, `?` and a closing quote). */
function pieces(text: string): string[] {
  const paragraphs = text.split(/\n\s*\n/).filter((p) => p.trim() !== '');
  const sentences = paragraphs.flatMap((p) => p.split(/(?<=[.!?]["”’]?)\s+(?=["“‘A-Z0-9])/));
  return [...paragraphs, ...sentences].map((s) => s.trim()).filter((s) => s !== '');
}

describe('every sentence alone', () => {
  it('finds the labelled sets', () => {
    expect(texts.length).toBeGreaterThan(50);
  });

  for (const { name, text } of texts) {
    it(`analyses each piece of ${name} without failing`, () => {
      const failures: string[] = [];
      for (const piece of pieces(text)) {
        try {
          for (const f of analyze(piece)) {
            if (f.start < 0 || f.end > piece.length || f.start >= f.end) {
              failures.push(`${f.kind} at ${f.start}-${f.end} outside "${piece.slice(0, 60)}"`);
            }
          }
        } catch (error) {
          failures.push(`${String(error)} on "${piece.slice(0, 80)}"`);
        }
      }
      expect(failures).toEqual([]);
    });
  }
});
