/**
 * Session 32: a speaker whose phrase carries a reduced relative keeps it as the verb's subject
 * when a relative clause stands between them ("One man convicted in 2021, who spoke on condition
 * of anonymity, said"), and `who` there is the person, not the time or thing of the participle's
 * preposition; a gerund after the preposition of such a participle ("A man accused of killing a
 * courier told") runs inside the phrase; a determiner standing alone for one more person
 * ("Another, who did not want to be named, said") is the speaker before an aside.
 */
import { describe, expect, test } from 'vitest';
import { cueSource, sourceText } from '../test-helpers';

describe('the speaker past a reduced relative and a relative aside', () => {
  test.each([
    [
      'One woman evicted in 2022, who spoke on condition of anonymity, said the letters had stopped.',
      'said',
      'One woman',
    ],
    [
      'A union steward reached by telephone, who asked that his name not be used, said two drivers had been arrested.',
      'said',
      'A union steward',
    ],
    [
      'A woman arrested at the scene, who cannot be named for legal reasons, told officers she had acted alone.',
      'told',
      'A woman',
    ],
  ])('%s', (text, cue, source) => {
    expect(sourceText(text, cue)).toContain(source);
  });

  test('`who` after a reduced relative is the person it describes', () => {
    const text =
      'One tenant moved out in March, and another. One woman evicted in 2022, who spoke on condition of anonymity, said the letters had stopped.';
    expect(cueSource(text, 'spoke')?.[0]).toMatch(/^One woman/);
    expect(cueSource(text, 'said')?.[2]).toMatch(/^One woman/);
  });

  test('`who` after a named agent of the participle stays with the name', () => {
    // (a lawyer hired by Acme: Acme is a name, whose relative clause it may be)
    expect(
      cueSource(
        'A lawyer hired by Dunmore, who asked not to be named, said the deal was off.',
        'said',
      )?.[0],
    ).toBe('A lawyer');
  });
});

describe('a gerund inside a past participle that modifies the speaker', () => {
  test.each([
    [
      'A man accused of killing a courier outside a bar told a jury on Monday that he had panicked.',
      'told',
      'A man',
    ],
    [
      'A former clerk accused of helping to hide more than £2m for clients abroad told a court that she was innocent.',
      'told',
      'A former clerk',
    ],
    ['A driver charged with causing a crash said he had not been drinking.', 'said', 'A driver'],
  ])('%s', (text, cue, source) => {
    expect(sourceText(text, cue)).toMatch(new RegExp(`^${source}`));
  });

  test('a bare noun before a cue word is no phrase the gerund carries', () => {
    // ("crime reports to" is no verb with a subject: the headline names no speaker)
    expect(
      sourceText(
        'Police officer accused of passing crime reports to drug dealer appears in court',
        'reports',
      ),
    ).toBeUndefined();
  });
});

describe('a determiner standing alone before an aside', () => {
  test.each([
    [
      'Two nurses described the ward. Another, who did not want to be named, said volunteers had been asked to keep quiet.',
      'said',
      'Another',
    ],
    [
      'Two delegates were upbeat. Another, asked why the text had taken so long, said the other side had reopened paragraphs.',
      'said',
      'Another',
    ],
  ])('%s', (text, cue, source) => {
    expect(sourceText(text, cue)).toBe(source);
  });

  test('a determiner of a noun after its own aside is no speaker', () => {
    expect(sourceText('Another, more serious, problem emerged, the report said.', 'said')).toBe(
      'the report',
    );
  });
});
