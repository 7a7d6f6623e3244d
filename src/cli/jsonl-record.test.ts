import { describe, expect, test } from 'vitest';
import { errorLine, RawNumberId } from './json-output';
import { idFromHead, parseRecord } from './jsonl-record';

const enc = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('parseRecord', () => {
  test.each([
    ['{"id":"a1","text":"Smith said so."}', { ok: true, id: 'a1', text: 'Smith said so.' }],
    ['{"id":7,"html":"<p>x</p>"}', { ok: true, id: 7, html: '<p>x</p>' }],
    ['{"text":"t","id":"late","url":"https://x","tags":[1]}', { ok: true, id: 'late', text: 't' }],
    ['{"id":"","text":""}', { ok: true, id: '', text: '' }],
    ['\uFEFF{"id":"bom","text":"t"}', { ok: true, id: 'bom', text: 't' }],
    ['  {"id":"ws","text":"t"}  ', { ok: true, id: 'ws', text: 't' }],
  ])('reads %s', (line, want) => {
    expect(parseRecord(enc(line))).toEqual(want);
  });

  test.each([
    ['not json', undefined, /^not JSON \(/],
    ['{"id":"a","text":"t"', undefined, /^not JSON/],
    ['[1,2]', undefined, 'not a JSON object'],
    ['null', undefined, 'not a JSON object'],
    ['"a string"', undefined, 'not a JSON object'],
    ['{"text":"t"}', undefined, 'no "id"'],
    ['{"id":null,"text":"t"}', undefined, '"id" must be a string or a number'],
    ['{"id":{"n":1},"text":"t"}', undefined, '"id" must be a string or a number'],
    ['{"id":"a"}', 'a', 'no "text" or "html"'],
    ['{"id":"a","text":null}', 'a', '"text" must be a string'],
    ['{"id":"a","html":["<p>"]}', 'a', '"html" must be a string'],
    ['{"id":"a","text":"t","html":"<p>"}', 'a', 'has both "text" and "html": give one'],
  ])('refuses %s', (line, id, error) => {
    const parsed = parseRecord(enc(line));
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.id).toBe(id);
    if (typeof error === 'string') expect(parsed.error).toBe(error);
    else expect(parsed.error).toMatch(error);
  });

  test('invalid UTF-8 is an error, with the id when the id itself is intact', () => {
    const line = (id: number[]): Uint8Array =>
      new Uint8Array([
        ...enc('{"id":"'),
        ...id,
        ...enc('","text":"caf'),
        0xe9, // Latin-1 é: not UTF-8
        ...enc('"}'),
      ]);
    expect(parseRecord(line([...enc('x9')]))).toEqual({
      ok: false,
      id: 'x9',
      error: 'not UTF-8 (JSON lines must be UTF-8 text)',
    });
    // The bad byte in the id: the id in the output would not be the input's.
    expect(parseRecord(line([0x78, 0xff]))).toMatchObject({ ok: false, id: undefined });
  });

  test('an integer id beyond 2^53 comes back with the digits it was written with', () => {
    const parsed = parseRecord(enc('{"id":12345678901234567891,"text":"t"}'));
    expect(parsed).toMatchObject({ ok: true, text: 't' });
    expect(parsed.ok && parsed.id).toEqual(new RawNumberId('12345678901234567891'));
    expect(errorLine(parsed.ok ? parsed.id : undefined, 3, 'e')).toBe(
      '{"id":12345678901234567891,"line":3,"error":"e"}\n',
    );
  });

  test('a big integer id that cannot be told from another "id" key is refused, not rounded', () => {
    const parsed = parseRecord(enc('{"id":12345678901234567891,"meta":{"id":5},"text":"t"}'));
    expect(parsed).toMatchObject({ ok: false, error: /too large to keep exactly/ });
    // An "id" inside a string is escaped and does not count.
    const quoted = parseRecord(enc('{"id":12345678901234567891,"text":"\\"id\\": 5"}'));
    expect(quoted.ok && quoted.id).toEqual(new RawNumberId('12345678901234567891'));
  });
});

describe('idFromHead', () => {
  test.each([
    ['{"id":"a7","text":"xxx', 'a7'],
    ['\uFEFF { "id" : 42 , "html":"<', 42],
    ['{"id":"q\\"uote","text":"', 'q"uote'],
    ['{"id":98765432109876543210,"text":"', new RawNumberId('98765432109876543210')],
    ['{"text":"xxx","id":"late"', undefined],
    ['{"id":"unfinished', undefined],
    ['{"id":true,"text":"', undefined],
    ['not json at all', undefined],
  ])('%s gives %j', (head, id) => {
    expect(idFromHead(enc(head))).toEqual(id);
  });
});

test('errorLine without an id has the line number only', () => {
  expect(errorLine(undefined, 12, 'not JSON')).toBe('{"line":12,"error":"not JSON"}\n');
  expect(errorLine('a"b', 1, 'x')).toBe('{"id":"a\\"b","line":1,"error":"x"}\n');
});
