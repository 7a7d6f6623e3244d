import { readWhoSaidExport } from './formats/who-said-json';
import { describe, expect, test } from 'vitest';
import { MAX_PART } from '../content/parts';
import {
  LIMITS,
  validateExtensionPageRequest,
  validateContentRequest,
  validateContentScriptRequest,
  validateNoteInput,
  validatePageSummary,
} from './validate';

const ID = '0b6f1c3e-8d2a-4c1b-9f3e-2a1d4c5b6e7f';
const note = {
  id: ID,
  url: 'https://news.example/story',
  title: 'A story',
  body: 'Who said this?',
};
const msg = (type: string, payload: unknown) => ({ ws: 1, type, payload });
const summary = {
  url: 'https://news.example/story',
  title: 'A story',
  counts: { attribution: 3, unnamed: 1, agentless: 0, hedge: 2 },
  textLength: 1200,
  highlighted: true,
  ms: 4.5,
};

describe('validateExtensionPageRequest accepts every well-formed request', () => {
  test.each([
    ['tab.run', { tabId: 3 }],
    ['tab.summary', { tabId: 0 }],
    ['tab.clear', { tabId: 12 }],
    ['notes.list', { url: 'https://news.example/story' }],
    ['notes.search', { query: '' }],
    ['notes.save', { note }],
    ['notes.save', { note: { ...note, baseVersion: 3 } }],
    ['notes.delete', { id: ID }],
    [
      'import.begin',
      { notes: 2, sites: [{ origin: 'https://news.example', alwaysOn: true }], decisions: 3 },
    ],
    ['import.commit', { importId: ID }],
    ['import.progress', { importId: ID }],
    ['site.get', { origin: 'https://news.example' }],
    ['site.set', { origin: 'http://localhost:8080', alwaysOn: true }],
  ])('%s', (type, payload) => {
    const result = validateExtensionPageRequest(msg(type, payload));
    expect(result).toEqual({ ok: true, value: msg(type, payload) });
  });
});

describe('validateExtensionPageRequest rejects malformed requests', () => {
  test.each<[string, unknown]>([
    ['null', null],
    ['a string', 'hello'],
    ['an array', [1, 'tab.run', {}]],
    ['a number', 1],
  ])('%s', (_name, value) => {
    expect(validateExtensionPageRequest(value).ok).toBe(false);
  });

  test.each([
    ['missing tabId', 'tab.run', {}, 'payload.tabId is missing'],
    ['tabId as string', 'tab.run', { tabId: '3' }, 'payload.tabId must be a whole number'],
    ['negative tabId', 'tab.run', { tabId: -1 }, 'payload.tabId must be between'],
    ['fractional tabId', 'tab.clear', { tabId: 1.5 }, 'must be a whole number'],
    ['extra key', 'tab.run', { tabId: 1, evil: true }, 'payload.evil is not expected'],
    ['relative url', 'notes.list', { url: '/story' }, 'must be a full web address'],
    ['javascript: url', 'notes.list', { url: 'javascript:alert(1)' }, 'must be a web page address'],
    ['data: url', 'notes.list', { url: 'data:text/html,hi' }, 'must be a web page address'],
    [
      'huge url',
      'notes.list',
      { url: 'https://a.example/' + 'a'.repeat(LIMITS.rawUrl) },
      'too long',
    ],
    [
      'a note without id',
      'notes.save',
      { note: { url: note.url, title: '', body: 'x' } },
      'payload.note.id is missing',
    ],
    ['a version 0 base', 'notes.save', { note: { ...note, baseVersion: 0 } }, 'between 1'],
    ['a bad import id', 'import.commit', { importId: 'x' }, 'must be an import id'],
    [
      'an import chunk too big',
      'import.notes',
      { importId: ID, notes: Array(LIMITS.importChunk + 1).fill(null) },
      'at most 2,000 notes',
    ],
    ['huge query', 'notes.search', { query: 'x'.repeat(LIMITS.query + 1) }, 'too long'],
    ['bad note id', 'notes.delete', { id: '../../etc' }, 'must be a note id'],
    ['origin with path', 'site.get', { origin: 'https://a.example/x' }, 'site origin'],
    ['non-web origin', 'site.get', { origin: 'chrome://extensions' }, 'site origin'],
    [
      'alwaysOn as string',
      'site.set',
      { origin: 'https://a.example', alwaysOn: 'yes' },
      'true or false',
    ],
    ['payload array', 'tab.run', [], 'payload must be an object'],
  ])('%s', (_name, type, payload, message) => {
    const result = validateExtensionPageRequest(msg(type, payload));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('invalid-message');
      expect(result.error.message).toContain(message);
    }
  });

  test('unknown type', () => {
    const result = validateExtensionPageRequest(msg('tabs.destroy', {}));
    expect(result).toMatchObject({ ok: false, error: { code: 'unknown-message' } });
  });

  test('inherited names are not message types', () => {
    for (const type of ['toString', '__proto__', 'constructor', 'hasOwnProperty']) {
      expect(validateExtensionPageRequest(msg(type, {}))).toMatchObject({
        ok: false,
        error: { code: 'unknown-message' },
      });
    }
  });

  test('wrong ws marker', () => {
    expect(validateExtensionPageRequest({ ws: 2, type: 'tab.run', payload: { tabId: 1 } }).ok).toBe(
      false,
    );
    expect(validateExtensionPageRequest({ type: 'tab.run', payload: { tabId: 1 } }).ok).toBe(false);
  });

  test('prototype-pollution keys are refused, even as own properties', () => {
    const polluted = JSON.parse(
      '{"ws":1,"type":"tab.run","payload":{"tabId":1,"__proto__":{"x":1}}}',
    );
    const result = validateExtensionPageRequest(polluted);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-message' } });
    expect(({} as Record<string, unknown>).x).toBeUndefined();
    const nested = JSON.parse(
      `{"ws":1,"type":"notes.save","payload":{"note":{"id":"${ID}","url":"https://a.example/","title":"","body":"x","constructor":{"prototype":{}}}}}`,
    );
    expect(validateExtensionPageRequest(nested).ok).toBe(false);
  });

  test('class instances are not plain objects', () => {
    class Payload {
      tabId = 1;
    }
    expect(validateExtensionPageRequest(msg('tab.run', new Payload())).ok).toBe(false);
  });

  test('returns a copy, not the caller object', () => {
    const payload = { tabId: 4 };
    const result = validateExtensionPageRequest(msg('tab.run', payload));
    expect(result.ok && result.value.payload).not.toBe(payload);
  });
});

describe('validateNoteInput', () => {
  test('trims body and title', () => {
    const result = validateNoteInput({ ...note, title: '  T ', body: '\n  hello  \n' }, 'note');
    expect(result).toEqual({ ok: true, value: { ...note, title: 'T', body: 'hello' } });
  });

  test('keeps an id and selectors', () => {
    const input = {
      ...note,
      id: ID.toUpperCase(),
      target: {
        selectors: [
          { type: 'TextQuoteSelector', exact: 'officials said', prefix: 'x ', suffix: '' },
          { type: 'TextPositionSelector', start: 10, end: 24 },
        ],
      },
    };
    const result = validateNoteInput(input, 'note');
    expect(result).toEqual({ ok: true, value: { ...input, id: ID } });
  });

  test.each([
    ['empty body', { ...note, body: '   ' }, 'empty-note'],
    ['body too long', { ...note, body: 'x'.repeat(LIMITS.noteBody + 1) }, 'too long'],
    ['title too long', { ...note, title: 'x'.repeat(LIMITS.rawTitle + 1) }, 'too long'],
    ['missing url', { id: ID, title: 'x', body: 'y' }, 'note.url is missing'],
    ['missing id', { url: note.url, title: 'x', body: 'y' }, 'note.id is missing'],
    ['a made-up id', { ...note, id: 'note-1' }, 'must be a note id'],
    ['a fractional base', { ...note, baseVersion: 1.5 }, 'whole number'],
    ['body not a string', { ...note, body: 42 }, 'must be a string'],
    ['unknown field', { ...note, createdAt: 'now' }, 'not expected'],
    ['target without selectors', { ...note, target: {} }, 'is missing'],
    ['no selectors', { ...note, target: { selectors: [] } }, 'must hold 1 to'],
    [
      'too many selectors',
      {
        ...note,
        target: {
          selectors: Array(LIMITS.selectors + 1).fill({
            type: 'TextPositionSelector',
            start: 0,
            end: 1,
          }),
        },
      },
      'must hold 1 to',
    ],
    ['selectors not a list', { ...note, target: { selectors: 'x' } }, 'must be a list'],
    [
      'unknown selector type',
      { ...note, target: { selectors: [{ type: 'CssSelector', value: 'p' }] } },
      'must be TextQuoteSelector or TextPositionSelector',
    ],
    [
      'empty quote',
      { ...note, target: { selectors: [{ type: 'TextQuoteSelector', exact: '' }] } },
      'must not be empty',
    ],
    [
      'huge quote',
      {
        ...note,
        target: {
          selectors: [{ type: 'TextQuoteSelector', exact: 'x'.repeat(LIMITS.quoteExact + 1) }],
        },
      },
      'too long',
    ],
    [
      'reversed position',
      { ...note, target: { selectors: [{ type: 'TextPositionSelector', start: 9, end: 3 }] } },
      'must be after start',
    ],
    [
      'position as text',
      { ...note, target: { selectors: [{ type: 'TextPositionSelector', start: '1', end: 3 }] } },
      'whole number',
    ],
    [
      'selector with extra key',
      {
        ...note,
        target: { selectors: [{ type: 'TextPositionSelector', start: 1, end: 3, x: 1 }] },
      },
      'not expected',
    ],
  ])('rejects %s', (_name, input, expected) => {
    const result = validateNoteInput(input, 'note');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(`${result.error.code} ${result.error.message}`).toContain(expected);
  });
});

describe('validatePageSummary', () => {
  test('accepts a summary', () => {
    expect(validatePageSummary(summary, 'summary')).toEqual({ ok: true, value: summary });
  });

  test('accepts how many findings a very long page has highlighted', () => {
    const partly = { ...summary, painted: 14_000 };
    expect(validatePageSummary(partly, 'summary')).toEqual({ ok: true, value: partly });
    expect(validatePageSummary({ ...summary, painted: -1 }, 'summary').ok).toBe(false);
    expect(validatePageSummary({ ...summary, painted: 1.5 }, 'summary').ok).toBe(false);
  });

  test.each([
    ['a missing count', { ...summary, counts: { attribution: 1, unnamed: 1, agentless: 1 } }],
    ['a negative count', { ...summary, counts: { ...summary.counts, hedge: -1 } }],
    ['an extra count', { ...summary, counts: { ...summary.counts, other: 1 } }],
    ['NaN ms', { ...summary, ms: Number.NaN }],
    ['a string flag', { ...summary, highlighted: 'true' }],
  ])('rejects %s', (_name, value) => {
    expect(validatePageSummary(value, 'summary').ok).toBe(false);
  });
});

describe('page.analyze (a content script’s text for the engine)', () => {
  const part = 'Officials said so.\n'.repeat(5000).slice(0, MAX_PART);

  test('the longest part the content script sends is within the limit', () => {
    expect(MAX_PART).toBeLessThanOrEqual(LIMITS.analyzeText);
    const request = msg('page.analyze', { run: 'k3x9-12', text: part });
    expect(validateContentScriptRequest(request)).toEqual({ ok: true, value: request });
  });

  test.each([
    ['text over the limit', { run: 'r-1', text: 'x'.repeat(LIMITS.analyzeText + 1) }],
    ['text not a string', { run: 'r-1', text: ['Officials said so.'] }],
    ['no run', { text: 'Officials said so.' }],
    ['an empty run', { run: '', text: 'Officials said so.' }],
    ['a run with markup', { run: '<b>', text: 'Officials said so.' }],
    ['a long run', { run: 'r'.repeat(LIMITS.analyzeRun + 1), text: 'Officials said so.' }],
    ['a tab named', { run: 'r-1', text: 'Officials said so.', tabId: 3 }],
  ])('refuses %s', (_name, payload) => {
    expect(validateContentScriptRequest(msg('page.analyze', payload))).toMatchObject({
      ok: false,
      error: { code: 'invalid-message' },
    });
  });
});

describe('validateContentRequest', () => {
  test.each([
    'content.ping',
    'content.analyze',
    'content.summary',
    'content.clear',
    'content.stats',
  ])('accepts %s', (type) => {
    expect(validateContentRequest(msg(type, {}))).toEqual({ ok: true, value: msg(type, {}) });
  });

  test('rejects a payload with keys', () => {
    expect(validateContentRequest(msg('content.analyze', { all: true })).ok).toBe(false);
  });

  test('rejects background requests', () => {
    expect(validateContentRequest(msg('tab.run', { tabId: 1 }))).toMatchObject({
      ok: false,
      error: { code: 'unknown-message' },
    });
  });
});

describe('an export file, as data.import reads it', () => {
  const stored = {
    id: ID,
    url: 'https://news.example/story',
    title: 'A story',
    body: 'Who said this?',
    createdAt: '2026-01-01T10:00:00.000Z',
    updatedAt: '2026-01-02T10:00:00.000Z',
  };
  const file = {
    format: 'who-said-export',
    version: 1,
    exportedAt: '2026-01-03T10:00:00.000Z',
    notes: [stored],
    sites: [{ origin: 'https://news.example', alwaysOn: true }],
  };

  test('a version 1 export is read as version 3, its notes at version 1', () => {
    const result = readWhoSaidExport(JSON.parse(JSON.stringify(file)));
    expect(result).toMatchObject({
      ok: true,
      value: { version: 3, notes: [{ ...stored, version: 1 }], decisions: [], snapshots: [] },
    });
  });

  test('accepts its notes through the import.notes message, version 1 notes as version 1', () => {
    const result = validateExtensionPageRequest(
      msg('import.notes', { importId: ID, notes: file.notes }),
    );
    expect(result).toMatchObject({ ok: true, value: { payload: { notes: [{ version: 1 }] } } });
  });

  test('normalises note addresses, and refuses one too long once normalised', () => {
    const tracked = { ...stored, url: `${stored.url}?utm_source=x#top` };
    expect(readWhoSaidExport({ ...file, notes: [tracked] })).toMatchObject({
      ok: true,
      value: { notes: [{ url: stored.url }] },
    });
    // 1,000 characters that each become nine (three percent-escaped UTF-8 bytes).
    const grows = { ...stored, url: `https://news.example/${'€'.repeat(1_000)}` };
    expect(grows.url.length).toBeLessThan(LIMITS.url);
    const result = readWhoSaidExport({ ...file, notes: [grows] });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toContain('too long once normalised');
  });

  test.each<[string, unknown, string]>([
    ['something else', { hello: 'world' }, 'This file isn’t a Who Said export.'],
    ['an array', [file], 'This file isn’t a Who Said export.'],
    ['another format', { ...file, format: 'hypothesis' }, 'This file isn’t a Who Said export.'],
    ['version 0', { ...file, version: 0 }, 'This file isn’t a Who Said export'],
    ['a newer version', { ...file, version: 4 }, 'newer version of Who Said'],
    [
      'a title too long',
      { ...file, notes: [{ ...stored, title: 'x'.repeat(1_001) }] },
      'Note 1: the title is too long',
    ],
    ['a version 0 note', { ...file, notes: [{ ...stored, version: 0 }] }, 'between 1'],
    ['notes not a list', { ...file, notes: {} }, 'The file’s notes must be a list.'],
    [
      'a note without body',
      { ...file, notes: [{ ...stored, body: '' }] },
      'Note 1: the note’s text must not be empty.',
    ],
    [
      'a bad timestamp',
      { ...file, notes: [{ ...stored, createdAt: 'yesterday' }] },
      'Note 1: the time it was written is not a valid time.',
    ],
    [
      'a bad note id',
      { ...file, notes: [{ ...stored, id: '<script>' }] },
      'Note 1: the id must be a note id.',
    ],
    ['an unknown field', { ...file, extra: 1 }, '“extra” is not part of a Who Said file.'],
    [
      'a bad site',
      { ...file, sites: [{ origin: 'file:///x', alwaysOn: true }] },
      'Site 1: the site’s address must be a site origin',
    ],
    [
      'a polluted note',
      { ...file, notes: [JSON.parse(`{"__proto__":{"x":1},${JSON.stringify(stored).slice(1)}`)] },
      'Note 1: the key “__proto__” is not allowed.',
    ],
  ])('rejects %s', (_name, value, message) => {
    const result = readWhoSaidExport(value);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toContain(message);
  });
});
