import { describe, expect, test } from 'vitest';
import { sentenceEnd, sentenceStart } from './sentence-bounds';

const TEXT =
  'The vote was close. Mr. Reeves, who chairs the panel, said J. Ortiz had left. “It’s over.” She agreed.\nNew line';

describe('sentence bounds shared by the page and the CLI ledgers', () => {
  test('a title or an initial ends no sentence', () => {
    const said = TEXT.indexOf('said');
    expect(TEXT.slice(sentenceStart(TEXT, said), sentenceEnd(TEXT, said + 4))).toBe(
      'Mr. Reeves, who chairs the panel, said J. Ortiz had left.',
    );
  });

  test('a closing quote stays with its sentence, a line break ends one', () => {
    const over = TEXT.indexOf('over');
    expect(TEXT.slice(sentenceStart(TEXT, over), sentenceEnd(TEXT, over))).toBe('“It’s over.”');
    const agreed = TEXT.indexOf('agreed');
    expect(TEXT.slice(sentenceStart(TEXT, agreed), sentenceEnd(TEXT, agreed))).toBe('She agreed.');
    const line = TEXT.indexOf('line');
    expect(sentenceStart(TEXT, line)).toBe(TEXT.indexOf('New'));
  });

  test('a claim that opens its sentence starts there, not at the sentence before', () => {
    const text =
      'Ms. Lund said: "The plan was flawed." A spokesperson for the firm said talks would go on.';
    const source = text.indexOf('A spokesperson');
    expect(sentenceStart(text, source)).toBe(source);
    expect(text.slice(sentenceStart(text, source), sentenceEnd(text, source))).toBe(
      'A spokesperson for the firm said talks would go on.',
    );
    const after = 'It rained. Then it stopped.';
    expect(sentenceStart(after, after.indexOf('Then'))).toBe(after.indexOf('Then'));
  });

  test('the search stays in its window', () => {
    const long = `${'word '.repeat(200)}said it.`;
    expect(sentenceStart(long, long.indexOf('said'), 50)).toBeGreaterThan(0);
  });
});
