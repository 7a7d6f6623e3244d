import { describe, expect, test } from 'vitest';
import { detectLanguage, primaryTag } from './language';

const ENGLISH =
  'The council said on Tuesday that the ferry contract had been withdrawn from the agenda, and officials who spoke on condition of anonymity said the bidder had submitted revised costings after the deadline. The company said it followed every step of the process, which it would defend. ';
const SPANISH =
  'El ayuntamiento anunció el martes que el contrato del transbordador había sido retirado del orden del día, y dos funcionarios que hablaron bajo condición de anonimato dijeron que el licitador había presentado costes revisados después del plazo. La empresa afirmó que siguió cada paso del proceso. ';
const GERMAN =
  'Der Stadtrat teilte am Dienstag mit, dass der Vertrag für die Fähre von der Tagesordnung genommen wurde. Zwei Beamte, die anonym bleiben wollten, sagten, der Bieter habe nach Ablauf der Frist überarbeitete Kosten eingereicht. Das Unternehmen erklärte, es habe jeden Schritt des Verfahrens befolgt. ';
const JAPANESE =
  '市議会は火曜日、フェリーの契約が議題から外されたと発表した。匿名を条件に話した二人の職員によると、入札者は締め切り後に修正した費用を提出したという。会社は、公開された手続きのすべての段階に従ったと述べた。'.repeat(
    3,
  );

describe('detectLanguage', () => {
  test.each([
    ['English text, lang=en', 'en-GB', ENGLISH, { code: 'en', english: true }],
    ['English text, no lang', null, ENGLISH, { code: 'en', english: true }],
    ['English text on a page that says es', 'es', ENGLISH, { code: 'en', english: true }],
    ['Spanish text, lang=es', 'es', SPANISH, { code: 'es', english: false }],
    ['Spanish text on a page that says en', 'en', SPANISH, { code: null, english: false }],
    ['German text, no lang', null, GERMAN, { code: null, english: false }],
    ['Japanese text, no lang', null, JAPANESE, { code: 'ja', english: false }],
    ['Japanese text, lang=ja', 'ja', JAPANESE, { code: 'ja', english: false }],
    ['a few words, lang=fr', 'fr', 'Bonjour à tous.', { code: 'fr', english: false }],
    ['a few words, no lang', '', 'Hello.', { code: null, english: true }],
  ])('%s', (_what, lang, text, expected) => {
    expect(detectLanguage(lang, text.repeat(2))).toEqual(expected);
  });

  test('primaryTag', () => {
    expect(primaryTag('en-US')).toBe('en');
    expect(primaryTag('PT_br')).toBe('pt');
    expect(primaryTag('x')).toBeNull();
    expect(primaryTag(undefined)).toBeNull();
  });
});
