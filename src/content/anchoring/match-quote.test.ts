import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { anchorPassage, describePassage, type PassageSelectors } from './match-quote';

const ARTICLE = [
  'Water levels at the Keld Moor reservoir fell to their lowest point in a decade this week, officials said on Thursday, after repairs to a leaking outflow pipe were postponed again.',
  '“We are doing everything we can,” said Rowan Hesketh, a spokesman for the Ardmore water board. According to the board’s own figures, the pipe loses about two million litres a day.',
  'A senior engineer, who spoke on condition of anonymity, said the contractor had reportedly asked for more money before starting work. The repairs were delayed in October.',
  'Residents allegedly received no warning of the hosepipe ban, Councillor Ines Barraclough said in a statement.',
].join('\n\n');

/** The selectors of the first occurrence of `words` in `text`. */
function noteOn(text: string, words: string, occurrence = 0): PassageSelectors {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) at = text.indexOf(words, at + 1);
  if (at < 0) throw new Error(`"${words}" is not in the text`);
  const selectors = describePassage(text, at, at + words.length);
  if (!selectors) throw new Error('empty passage');
  return selectors;
}

function find(text: string, s: PassageSelectors) {
  const anchor = anchorPassage(text, s.quote, s.position);
  return (
    anchor && {
      text: text.slice(anchor.start, anchor.end),
      method: anchor.method,
      at: anchor.start,
    }
  );
}

describe('describePassage', () => {
  test('keeps the words, 32 characters each side and the offsets, trimmed of spaces', () => {
    const at = ARTICLE.indexOf('officials said');
    const s = describePassage(ARTICLE, at - 1, at + 'officials said'.length + 1);
    expect(s?.quote.exact).toBe('officials said');
    expect(s?.quote.prefix).toBe(ARTICLE.slice(at - 32, at));
    expect(s?.quote.prefix).toHaveLength(32);
    expect(s?.quote.suffix).toBe(' on Thursday, after repairs to a');
    expect(s?.position).toEqual({ type: 'TextPositionSelector', start: at, end: at + 14 });
  });

  test('context is shorter at the edges of the text, and whitespace alone is no passage', () => {
    expect(describePassage(ARTICLE, 0, 5)?.quote.prefix).toBe('');
    expect(describePassage(ARTICLE, ARTICLE.length - 10, ARTICLE.length)?.quote.suffix).toBe('');
    const gap = ARTICLE.indexOf('\n\n');
    expect(describePassage(ARTICLE, gap, gap + 2)).toBeNull();
  });
});

describe('anchorPassage', () => {
  test.each([
    ['a short cue', 'officials said'],
    ['a name', 'Rowan Hesketh'],
    [
      'a passage across paragraphs',
      'starting work. The repairs were delayed in October.\n\nResidents',
    ],
    ['the first words', 'Water levels'],
    ['the last words', 'in a statement.'],
  ])('unchanged text: %s is found in place', (_name, words) => {
    const s = noteOn(ARTICLE, words);
    expect(find(ARTICLE, s)).toEqual({ text: words, method: 'position', at: s.position.start });
  });

  test('shifted: a paragraph added above moves the passage; its words and context find it', () => {
    const s = noteOn(ARTICLE, 'reportedly asked for more money');
    const changed = `Update: this story was corrected on Friday.\n\n${ARTICLE}`;
    expect(find(changed, s)).toMatchObject({
      text: 'reportedly asked for more money',
      method: 'exact',
    });
  });

  test('edited nearby: a word changed just before the passage', () => {
    const s = noteOn(ARTICLE, 'officials said on Thursday');
    const changed = ARTICLE.replace('this week', 'in recent days').replace('Water', 'The water');
    expect(find(changed, s)).toMatchObject({ text: 'officials said on Thursday' });
  });

  test('the passage itself lightly edited is found approximately', () => {
    const s = noteOn(ARTICLE, 'the contractor had reportedly asked for more money');
    const changed = ARTICLE.replace(
      'the contractor had reportedly asked for more money',
      'the contractor reportedly asked for more funding',
    );
    expect(find(changed, s)).toEqual({
      text: 'the contractor reportedly asked for more funding',
      method: 'fuzzy',
      at: changed.indexOf('the contractor reportedly'),
    });
  });

  test('a passage whose first words were reworded starts at its words, not in the sentence before', () => {
    const s = noteOn(ARTICLE, 'The repairs were delayed in October');
    const changed = ARTICLE.replace('The repairs were delayed', 'Repairs were delayed');
    // (it matched "work. Repairs were delayed in October": "work. " is fewer edits from "The ")
    expect(find(changed, s)).toMatchObject({
      text: 'Repairs were delayed in October',
      method: 'fuzzy',
    });
  });

  test('a reworded first word does not take the note across a paragraph break', () => {
    const words = 'Residents allegedly received no warning of the hosepipe ban';
    const s = noteOn(ARTICLE, words);
    const changed = ARTICLE.replace('Residents allegedly', 'Many allegedly');
    expect(find(changed, s)).toMatchObject({
      text: 'Many allegedly received no warning of the hosepipe ban',
    });
    // near miss: an unchanged passage keeps its place, and a lightly edited one its words
    expect(find(ARTICLE, s)).toMatchObject({ text: words, method: 'position' });
    const edited = ARTICLE.replace('Residents allegedly', 'Local residents allegedly');
    expect(find(edited, s)?.text).toBe(
      'residents allegedly received no warning of the hosepipe ban',
    );
  });

  test('a repeated phrase is placed by its context, not at its first occurrence', () => {
    const s = noteOn(ARTICLE, 'said', 2); // "said the contractor"
    const shifted = `Breaking.\n\n${ARTICLE}`;
    const found = find(shifted, s);
    expect(found?.text).toBe('said');
    expect(shifted.slice(found?.at ?? 0, (found?.at ?? 0) + 30)).toBe(
      'said the contractor had report',
    );
  });

  test('passage deleted: an orphan, never another place', () => {
    const s = noteOn(ARTICLE, 'The repairs were delayed in October.');
    const changed = ARTICLE.replace(' The repairs were delayed in October.', '');
    expect(find(changed, s)).toBeNull();
  });

  test('passage deleted and a lookalike elsewhere: still an orphan', () => {
    const s = noteOn(ARTICLE, 'The repairs were delayed in October.');
    // The sentence is gone from the third paragraph; a similar one now ends the first.
    const changed = ARTICLE.replace(' The repairs were delayed in October.', '').replace(
      'postponed again.',
      'postponed again. The repairs were delayed in November.',
    );
    expect(find(changed, s)).toBeNull();
  });

  test('a short quote whose sentence was rewritten is not matched to the same words elsewhere', () => {
    const s = noteOn(ARTICLE, 'officials said');
    const changed = ARTICLE.replace(
      'this week, officials said on Thursday, after repairs',
      'this week as repairs',
    ).concat('\n\nCouncil officials said nothing more about it today at all.');
    expect(find(changed, s)).toBeNull();
  });

  test('a long unique quote whose surroundings were both rewritten is still itself', () => {
    const words = 'who spoke on condition of anonymity';
    const s = noteOn(ARTICLE, words);
    const changed = ARTICLE.replace(
      'A senior engineer, who',
      'One longtime engineer at the plant, who',
    ).replace('anonymity, said the contractor', 'anonymity, told the Gazette that a builder');
    expect(find(changed, s)).toMatchObject({ text: words, method: 'exact' });
  });

  test('a position alone is trusted only inside the text', () => {
    expect(
      anchorPassage('short', undefined, { type: 'TextPositionSelector', start: 0, end: 5 }),
    ).toMatchObject({
      start: 0,
      end: 5,
    });
    expect(
      anchorPassage('short', undefined, { type: 'TextPositionSelector', start: 0, end: 50 }),
    ).toBeNull();
  });

  test('property: any passage of any text is found again where it was', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', minLength: 1, maxLength: 400 }),
        fc.nat(),
        fc.nat(),
        (text, a, b) => {
          const start = a % text.length;
          const end = start + 1 + (b % (text.length - start));
          const s = describePassage(text, start, end);
          if (s === null) return;
          const anchor = anchorPassage(text, s.quote, s.position);
          expect(anchor).toMatchObject({ start: s.position.start, end: s.position.end });
        },
      ),
    );
  });

  test('property: a passage whose words are gone from the text is never placed', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 0, maxLength: 300 }), (text) => {
        const s = noteOn(
          `${text} Ardmore reservoir levels were low ${text}`,
          'Ardmore reservoir levels were low',
        );
        // The same text without the passage, and with an unrelated sentence instead.
        expect(
          anchorPassage(`${text} The weather was fine ${text}`, s.quote, s.position),
        ).toBeNull();
      }),
    );
  });
});
