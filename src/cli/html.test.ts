import { Readable, Writable } from 'node:stream';
import { describe, expect, test } from 'vitest';
import type { Finding } from '../engine/index';
import { htmlToArticle, isHtmlPath, looksLikeHtml } from './html';
import { runCli } from './run';

const PAGE = `<!doctype html>
<html><head><title>Site name | Story</title><meta charset="utf-8"></head>
<body>
  <nav><a href="/">Home</a> <a href="/world">World officials said menu</a></nav>
  <article>
    <h1>Port strike enters third week</h1>
    <p>Union leaders said on Monday that the strike would continue, and that talks had reportedly stalled again.</p>
    <p>The port authority, in a statement, said it regretted the losses to local businesses and shippers.</p>
  </article>
  <footer>Copyright. Officials said nothing here.</footer>
  <script>var said = "reportedly";</script>
</body></html>`;

describe('htmlToArticle', () => {
  test('reduces a page to its article text and headline', () => {
    const { text, title } = htmlToArticle(PAGE);
    // Headline or document title: which one is the extractor's call, not the CLI's.
    expect(['Port strike enters third week', 'Site name | Story']).toContain(title);
    expect(text).toContain('Union leaders said on Monday');
    expect(text).toContain('in a statement, said it regretted');
    expect(text).not.toContain('Home');
    expect(text).not.toContain('Copyright');
    expect(text).not.toContain('var said');
  });
});

test.each([
  ['a.html', true],
  ['A.HTM', true],
  ['page.xhtml', true],
  ['notes.txt', false],
  ['html', false],
])('isHtmlPath(%s) = %s', (path, yes) => {
  expect(isHtmlPath(path)).toBe(yes);
});

test.each([
  ['<!DOCTYPE html><p>x', true],
  ['  \n<html lang="en">', true],
  ['<!-- saved --><!doctype html>', true],
  ['Officials said <b> is a tag.', false],
])('looksLikeHtml(%j) = %s', (text, yes) => {
  expect(looksLikeHtml(text)).toBe(yes);
});

test('an .html file is analysed as its article text, offsets into that text', async () => {
  const chunks: string[] = [];
  const stdout = new Writable({
    write(chunk: Buffer, _e, done) {
      chunks.push(chunk.toString());
      done();
    },
  });
  let seen = '';
  const status = await runCli(['analyze', '--json', '--with-text', 'story.html', 'piped'], {
    stdout,
    stderr: new Writable({ write: (_c, _e, done) => done() }),
    stdin: Readable.from([]),
    env: {},
    readBytes: async (path) => {
      if (path === 'story.html') return new TextEncoder().encode(PAGE);
      // The same page under a name without an extension is plain text.
      return new TextEncoder().encode('Union leaders said yes.');
    },
    analyze: (text) => {
      seen = text;
      const at = text.indexOf('reportedly');
      return at < 0 ? [] : [{ start: at, end: at + 10, kind: 'hedge', why: 'hedge' }];
    },
  });
  expect(status).toBe(0);
  const [html, txt] = chunks
    .join('')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as { file: string; text: string; findings: Finding[] });
  expect(html?.text).toBe(htmlToArticle(PAGE).text);
  expect(html?.text).not.toContain('<p>');
  const f = html?.findings[0];
  expect(html?.text.slice(f?.start, f?.end)).toBe('reportedly');
  expect(txt).toMatchObject({ file: 'piped', findings: [], text: 'Union leaders said yes.' });
  expect(seen).toBe('Union leaders said yes.');
});

test('stdin that starts like a page is read as HTML', async () => {
  const chunks: string[] = [];
  await runCli(['analyze', '--json', '--with-text', '-'], {
    stdout: new Writable({
      write(chunk: Buffer, _e, done) {
        chunks.push(chunk.toString());
        done();
      },
    }),
    stderr: new Writable({ write: (_c, _e, done) => done() }),
    stdin: Readable.from([Buffer.from(PAGE)]),
    env: {},
    analyze: () => [],
  });
  const row = JSON.parse(chunks.join('')) as { text: string };
  expect(row.text).toBe(htmlToArticle(PAGE).text);
});

test.each([
  ['a file', ['page.html'], ''],
  ['a JSONL record', ['--jsonl', '-'], 'record'],
])('no finding in a page’s code or preformatted text, from %s', async (_what, args, stdin) => {
  const page =
    '<!doctype html><html><body><article><h1>Logging</h1>' +
    '<p>The council said on Monday that the new system had failed twice.</p>' +
    '<pre>log("officials said it was reportedly fixed")</pre>' +
    '<p>Engineers type <code>officials said</code> into the console to test it.</p>' +
    '</article></body></html>';
  const chunks: string[] = [];
  const status = await runCli(['analyze', '--json', '--with-text', ...args], {
    stdout: new Writable({
      write(chunk: Buffer, _e, done) {
        chunks.push(chunk.toString());
        done();
      },
    }),
    stderr: new Writable({ write: (_c, _e, done) => done() }),
    stdin: Readable.from(
      stdin ? [Buffer.from(`${JSON.stringify({ id: 'p', html: page })}\n`)] : [],
    ),
    env: {},
    readBytes: async () => new TextEncoder().encode(page),
  });
  expect(status).toBe(0);
  const row = JSON.parse(chunks.join('')) as { text: string; findings: Finding[] };
  const said = row.findings.map((f) => row.text.slice(f.start, f.end));
  // The prose's cue is found; nothing from the log line or the typed command.
  expect(said).toContain('said');
  expect(row.text).toContain('officials said');
  expect(said.filter((words) => /officials|reportedly/.test(words))).toEqual([]);
});
