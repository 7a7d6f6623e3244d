import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020';
import { describe, expect, test } from 'vitest';
import { fingerprintText } from '../article';
import { decisionKey, type Decision } from '../decisions';
import type { WhoSaidExport } from '../export-format';
import type { Note } from '../notes';
import { defaultSettings } from '../settings';
import { articleNotesMarkdown } from './markdown';
import { readW3C, toW3C } from './w3c';
import { readWhoSaidExport } from './who-said-json';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const schema = JSON.parse(readFileSync(resolve(root, 'docs/export-format.schema.json'), 'utf8'));
const ajv = new Ajv2020({ allErrors: true });
const matchesSchema = ajv.compile(schema);

const URL_A = 'https://news.example/2026/01/story';
const TEXT = 'Officials said the plan was sound. Nobody else did.';

const note = (n: number, over: Partial<Note> = {}): Note => ({
  id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
  url: URL_A,
  title: 'Officials said the plan was sound',
  body: `Note ${n}: which officials?`,
  tags: ['sources', 'follow up'],
  target: {
    selectors: [
      {
        type: 'TextQuoteSelector',
        exact: 'Officials said',
        prefix: '',
        suffix: ' the plan was sound. Nobody els',
      },
      { type: 'TextPositionSelector', start: 0, end: 14 },
    ],
  },
  finding: { kind: 'attribution', why: 'said: a neutral reporting verb' },
  articleFingerprint: fingerprintText(TEXT),
  createdAt: '2026-01-30T18:02:11.000Z',
  updatedAt: '2026-01-30T18:02:11.000Z',
  version: 1,
  ...over,
});

const dismissedAnchor = {
  kind: 'attribution',
  quote: 'Officials said',
  prefix: '',
  suffix: ' the plan was sound. Nobody els',
} as const;
const DISMISSED: Decision = {
  url: URL_A,
  key: decisionKey(dismissedAnchor),
  anchor: dismissedAnchor,
  action: 'dismiss',
  createdAt: '2026-01-30T18:03:00.000Z',
};
const reclassifiedAnchor = {
  kind: 'hedge',
  quote: 'sound',
  prefix: 'Officials said the plan was ',
  suffix: '. Nobody else did.',
} as const;
const RECLASSIFIED: Decision = {
  url: URL_A,
  key: decisionKey(reclassifiedAnchor),
  anchor: reclassifiedAnchor,
  action: 'reclassify',
  kind: 'none',
  createdAt: '2026-01-30T18:03:30.000Z',
};

const EXPORT: WhoSaidExport = {
  format: 'who-said-export',
  version: 3,
  exportedAt: '2026-01-31T09:15:00.000Z',
  articles: [
    {
      url: URL_A,
      title: 'Officials said the plan was sound',
      site: 'The Ardmore Gazette',
      byline: 'Tamsin Orrell',
      published: '2026-01-30T07:00:00.000Z',
      fingerprint: fingerprintText(TEXT),
      createdAt: '2026-01-30T18:02:11.000Z',
      updatedAt: '2026-01-30T18:02:11.000Z',
    },
  ],
  notes: [
    note(1),
    note(2, {
      tags: undefined,
      target: undefined,
      finding: undefined,
      articleFingerprint: undefined,
    }),
  ],
  decisions: [DISMISSED, RECLASSIFIED],
  snapshots: [
    {
      url: URL_A,
      fingerprint: fingerprintText(TEXT),
      text: TEXT,
      createdAt: '2026-01-30T18:02:11.000Z',
    },
  ],
  sites: [{ origin: 'https://news.example', alwaysOn: true }],
  settings: {
    ...defaultSettings(),
    scheme: 'colour-blind',
    phrases: { ...defaultSettings().phrases, hedge: ['it is understood'] },
    neverRun: ['bank.example'],
  },
};
// JSON has no `undefined`: the file as written.
const FILE = JSON.parse(JSON.stringify(EXPORT)) as WhoSaidExport;

/** The file with one change made by `edit`, re-parsed from JSON. */
function edited(edit: (file: Record<string, unknown> & WhoSaidExport) => void): unknown {
  const copy = structuredClone(FILE) as Record<string, unknown> & WhoSaidExport;
  edit(copy);
  return JSON.parse(JSON.stringify(copy));
}

describe('the Who Said JSON file', () => {
  test('an export reads back as itself, and matches the documented JSON Schema', () => {
    expect(readWhoSaidExport(FILE)).toEqual({ ok: true, value: FILE });
    expect(matchesSchema(FILE), JSON.stringify(matchesSchema.errors)).toBe(true);
  });

  test('a version 1 file is read as version 3, its notes at version 1', () => {
    const v1 = {
      format: 'who-said-export',
      version: 1,
      exportedAt: FILE.exportedAt,
      notes: [{ ...note(3, { tags: undefined }), version: undefined }],
      sites: [],
    };
    const read = readWhoSaidExport(JSON.parse(JSON.stringify(v1)));
    expect(read.ok && read.value.notes).toEqual([
      JSON.parse(JSON.stringify(note(3, { tags: undefined }))),
    ]);
    expect(read.ok && read.value.articles).toEqual([]);
    expect(read.ok && read.value.version).toBe(3);
  });

  test('a version 3 file of corrections only (before articles and texts joined it) is read', () => {
    const { format, exportedAt, notes, decisions, sites } = FILE;
    const early = { format, version: 3, exportedAt, notes, decisions, sites };
    const read = readWhoSaidExport(JSON.parse(JSON.stringify(early)));
    expect(read).toMatchObject({ ok: true, value: { articles: [], snapshots: [] } });
    expect(read.ok && read.value.notes).toEqual(JSON.parse(JSON.stringify(notes)));
    expect(read.ok && read.value.decisions).toEqual(decisions);
    // What it holds is still checked.
    const bad = { ...early, articles: [{ url: 'x' }] };
    expect(readWhoSaidExport(bad)).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/^Article 1: /) },
    });
  });

  test.each([
    ['not ours', { hello: 1 }, 'This file isn’t a Who Said export.'],
    ['a list', [1, 2], 'This file isn’t a Who Said export.'],
    [
      'newer',
      { ...FILE, version: 4 },
      'This export comes from a newer version of Who Said. Update the extension, then import it.',
    ],
    [
      'a quote with no words',
      edited((f) => {
        const q = f.notes[0]?.target?.selectors[0] as { exact?: string };
        delete q.exact;
      }),
      'Note 1: the quote is missing.',
    ],
    [
      'an empty note',
      edited((f) => void ((f.notes[1] as Note).body = '   ')),
      'Note 2: the note’s text must not be empty.',
    ],
    [
      'a bad time',
      edited((f) => void ((f.notes[1] as Note).createdAt = 'last Tuesday')),
      'Note 2: the time it was written is not a valid time.',
    ],
    [
      'an oversized body',
      edited((f) => void ((f.notes[0] as Note).body = 'x'.repeat(20_001))),
      'Note 1: the note’s text is too long (at most 20000 characters).',
    ],
    [
      'too many tags',
      edited(
        (f) => void ((f.notes[0] as Note).tags = Array.from({ length: 21 }, (_, i) => `t${i}`)),
      ),
      'Note 1: the tags must hold at most 20 tags.',
    ],
    [
      'an unknown field',
      edited((f) => Object.assign(f.notes[0] as Note, { colour: 'red' })),
      'Note 1: “colour” is not part of a Who Said file.',
    ],
    [
      'a script address',
      edited((f) => void ((f.notes[0] as Note).url = 'javascript:alert(1)')),
      'Note 1: the article’s address must be a web page address.',
    ],
    [
      'a duplicate id',
      edited((f) => void ((f.notes[1] as Note).id = (f.notes[0] as Note).id)),
      'Note 2: the id is the same as note 1’s.',
    ],
    [
      'a tampered snapshot',
      edited((f) => void (f.snapshots[0]!.text = 'Rewritten.')),
      'Saved article text 1: the saved text does not match its fingerprint (the file was changed).',
    ],
    [
      'a reclassification without a kind',
      edited((f) => void delete (f.decisions[1] as { kind?: string }).kind),
      'Correction 2: the new kind must be none or one of attribution, unnamed, agentless, hedge.',
    ],
    [
      'a correction whose key is not its words',
      edited((f) => void (f.decisions[0]!.key = '["attribution","","said",""]')),
      'Correction 1: the finding it corrects does not match the corrected words.',
    ],
    [
      'a correction to the kind it has',
      edited((f) => Object.assign(f.decisions[1]!, { kind: 'hedge' })),
      'Correction 2: the new kind must differ from the kind the finding has.',
    ],
    [
      'a correction of an unknown kind',
      edited((f) => Object.assign(f.decisions[0]!.anchor, { kind: 'rumour' })),
      'Correction 1: the kind of the corrected finding must be one of attribution, unnamed, agentless, hedge.',
    ],
    [
      'a correction without words',
      edited((f) => void (f.decisions[0]!.anchor.quote = '')),
      'Correction 1: the corrected words must not be empty.',
    ],
    [
      'a version 3 file without corrections',
      edited((f) => void delete (f as Record<string, unknown>).decisions),
      'The file’s corrections are missing.',
    ],
    [
      'a phrase of the reader’s without letters',
      edited((f) => void (f.settings!.phrases.hedge = ['it is understood', '12 34'])),
      'The file’s settings: phrase 2 for hedge has no letters.',
    ],
    [
      'an unknown colour scheme',
      edited((f) => Object.assign(f.settings!, { scheme: 'neon' })),
      'The file’s settings: the colour scheme must be one of standard, colour-blind, high-contrast.',
    ],
    [
      'corrections in a version 2 file',
      {
        format: FILE.format,
        version: 2,
        exportedAt: FILE.exportedAt,
        notes: [],
        sites: [],
        decisions: [],
      },
      '“decisions” is not part of a Who Said file.',
    ],
    [
      'a site that is not an origin',
      edited((f) => void (f.sites[0]!.origin = 'https://news.example/path')),
      'Site 1: the site’s address must be a site origin such as https://example.com.',
    ],
    [
      'notes that are not a list',
      edited((f) => void ((f as Record<string, unknown>).notes = {})),
      'The file’s notes must be a list.',
    ],
  ])('refused in the reader’s words: %s', (_name, file, message) => {
    const read = readWhoSaidExport(file);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.error.message).toBe(message);
  });

  test('__proto__ keys anywhere are refused, not merged', () => {
    const text = JSON.stringify(FILE).replace('"body":', '"__proto__":{"polluted":true},"body":');
    const read = readWhoSaidExport(JSON.parse(text));
    expect(read).toMatchObject({
      ok: false,
      error: { message: 'Note 1: the key “__proto__” is not allowed.' },
    });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  test('many problems: the first three are named and the rest counted', () => {
    const file = edited((f) => {
      for (const n of f.notes) n.body = '';
      f.notes.push(...[3, 4, 5].map((i) => ({ ...note(i), body: '' })));
    });
    const read = readWhoSaidExport(file);
    expect(!read.ok && read.error.message).toBe(
      'Note 1: the note’s text must not be empty. Note 2: the note’s text must not be empty. Note 3: the note’s text must not be empty. (and 2 more problems)',
    );
  });

  test('the example in docs/export-format.md reads, and matches the schema', () => {
    const doc = readFileSync(resolve(root, 'docs/export-format.md'), 'utf8');
    const example = JSON.parse(/```json\n([\s\S]*?)\n```/.exec(doc)?.[1] ?? 'null') as unknown;
    expect(matchesSchema(example), JSON.stringify(matchesSchema.errors)).toBe(true);
    const read = readWhoSaidExport(example);
    // The example's article text is cut short ("…"): only its fingerprint is refused.
    expect(read).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/^Saved article text 1: .*fingerprint/) },
    });
    const whole = { ...(example as WhoSaidExport), snapshots: [] };
    expect(readWhoSaidExport(whole)).toMatchObject({
      ok: true,
      value: {
        version: 3,
        notes: [{ tags: ['sources', 'follow up'] }],
        decisions: [{ kind: 'none' }],
      },
    });
  });

  test('the schema refuses what the reader is refused', () => {
    expect(matchesSchema(edited((f) => void ((f.notes[0] as Note).body = '')))).toBe(false);
    expect(matchesSchema(edited((f) => Object.assign(f.notes[0] as Note, { colour: 'red' })))).toBe(
      false,
    );
    expect(matchesSchema({ ...FILE, version: 2 })).toBe(false);
    expect(matchesSchema(edited((f) => Object.assign(f.settings!, { scheme: 'neon' })))).toBe(
      false,
    );
    expect(
      matchesSchema(edited((f) => void delete (f.decisions[1] as { kind?: string }).kind)),
    ).toBe(false);
    expect(matchesSchema(edited((f) => Object.assign(f.decisions[0]!, { kind: 'hedge' })))).toBe(
      false,
    );
  });
});

describe('W3C Web Annotation', () => {
  test('each note is an Annotation with both selectors, its text and tags as bodies', () => {
    const w3c = toW3C(FILE);
    expect(w3c['@context'][0]).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(w3c.type).toBe('AnnotationCollection');
    expect(w3c.total).toBe(2);
    expect(w3c.first.items[0]).toEqual({
      id: `urn:uuid:${note(1).id}`,
      type: 'Annotation',
      motivation: 'commenting',
      created: note(1).createdAt,
      modified: note(1).updatedAt,
      body: [
        { type: 'TextualBody', value: note(1).body, purpose: 'commenting', format: 'text/plain' },
        { type: 'TextualBody', value: 'sources', purpose: 'tagging' },
        { type: 'TextualBody', value: 'follow up', purpose: 'tagging' },
      ],
      target: { source: URL_A, selector: note(1).target?.selectors },
      'dc:title': note(1).title,
    });
  });

  test('our W3C export reads back as the same notes (less what W3C has no place for)', () => {
    const back = readW3C(JSON.parse(JSON.stringify(toW3C(FILE))), new Date('2026-02-01T00:00:00Z'));
    expect(back.ok).toBe(true);
    const strip = ({ finding: _f, articleFingerprint: _a, ...rest }: Note) => rest;
    if (back.ok) expect(back.value.notes).toEqual(FILE.notes.map(strip));
  });

  test('a broken annotation is named as an annotation', () => {
    const w3c = JSON.parse(JSON.stringify(toW3C(FILE)));
    w3c.first.items[1].target.source = 'javascript:alert(1)';
    const back = readW3C(w3c, new Date());
    expect(!back.ok && back.error.message).toBe(
      'Annotation 2: the article’s address must be a web page address.',
    );
  });
});

describe('Markdown', () => {
  test('one article’s notes with their quotes, ready to paste', () => {
    const md = articleNotesMarkdown(FILE.articles[0]!, [
      note(2, {
        body: 'Second *thought*',
        createdAt: '2026-01-31T10:00:00.000Z',
        updatedAt: '2026-02-02T08:00:00.000Z',
        target: { selectors: [{ type: 'TextQuoteSelector', exact: 'line one\nline two' }] },
      }),
      note(1),
    ]);
    expect(md).toBe(
      [
        '# Notes on “Officials said the plan was sound”',
        '',
        'The Ardmore Gazette · by Tamsin Orrell · published 2026-01-30',
        '',
        `<${URL_A}>`,
        '',
        '---',
        '',
        '> Officials said',
        '',
        'Note 1: which officials?',
        '',
        '_Noted 2026-01-30 · tags: sources, follow up_',
        '',
        '---',
        '',
        '> line one',
        '> line two',
        '',
        'Second *thought*',
        '',
        '_Noted 2026-01-31 · changed 2026-02-02 · tags: sources, follow up_',
        '',
      ].join('\n'),
    );
  });
});
