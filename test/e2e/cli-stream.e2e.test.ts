/**
 * The built CLI (dist/cli/whosaid.mjs) as a streaming mapper, the way Hadoop Streaming and
 * Spark's RDD.pipe run it: JSON lines in on standard input, one JSON line per record out on
 * standard output and nothing else there, diagnostics on standard error, exit 0 although some
 * records are bad, no file written, a reader that goes away ends it quietly.
 */
import { spawn } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const cli = resolve(root, 'dist/cli/whosaid.mjs');

/** The limit on a line (src/cli/run.ts MAX_LINE_BYTES): 32 MiB. */
const LIMIT = 32 * 1024 * 1024;

interface Run {
  code: number | null;
  stdout: Buffer;
  stderr: string;
}

let sandbox = '';

/** Starts the built CLI in an empty folder, with an empty TMPDIR, all three streams piped. */
function spawnCli(args: string[]) {
  const child = spawn(process.execPath, [cli, ...args], {
    cwd: join(sandbox, 'cwd'),
    env: { PATH: process.env.PATH ?? '', TMPDIR: join(sandbox, 'tmp') },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  // The child may stop reading its input; that must not fail the test runner.
  child.stdin.on('error', () => undefined);
  return child;
}

/** Runs the built CLI over `input` on stdin, to the end. */
function run(args: string[], input: Buffer | string): Promise<Run> {
  const child = spawnCli(args);
  const out: Buffer[] = [];
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => out.push(d));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  child.stdin.end(input);
  return new Promise((done, fail) => {
    child.on('error', fail);
    child.on('close', (code) => done({ code, stdout: Buffer.concat(out), stderr }));
  });
}

const lines = (out: Buffer): string[] => {
  const text = out.toString('utf8');
  expect(text.endsWith('\n')).toBe(true);
  return text.slice(0, -1).split('\n');
};

const enc = (s: string): Buffer => Buffer.from(s, 'utf8');

const article = (i: number): string =>
  `Maria Okafor said on day ${i} that the bridge had been closed. ` +
  `Officials, speaking on condition of anonymity, said repairs would reportedly take weeks.`;

describe('whosaid analyze --jsonl - (built CLI as a streaming mapper)', () => {
  beforeAll(() => {
    if (!existsSync(cli))
      throw new Error('dist/cli is missing: run `npm run build` (npm run test:e2e does).');
    sandbox = mkdtempSync(join(tmpdir(), 'whosaid-stream-'));
    // Two empty folders, the working one and TMPDIR: runs must leave them empty.
    for (const dir of ['cwd', 'tmp']) mkdirSync(join(sandbox, dir));
  });
  afterAll(() => {
    rmSync(sandbox, { recursive: true, force: true });
  });

  // Every kind of line a real feed can hold, in an order where the first record is by far the
  // slowest, so with two threads the records after it finish first.
  const huge = `{"id":"huge","text":${JSON.stringify(article(0).repeat(8000))}}`; // about 1.2 MB
  const oversized = `{"id":"too-big","text":"${'x'.repeat(LIMIT + 10)}"}`;
  const small = Array.from({ length: 60 }, (_, i) =>
    JSON.stringify({ id: `s${i}`, text: article(i) }),
  );
  const page = JSON.stringify({
    id: 'page',
    html:
      '<!doctype html><html><head><title>Bridge</title></head><body><nav>Home World</nav>' +
      `<article><h1>Bridge closed</h1><p>${article(1)}</p><p>${article(2)}</p></article>` +
      '<footer>Officials said nothing here.</footer></body></html>',
  });
  const input = Buffer.concat([
    Buffer.from([0xef, 0xbb, 0xbf]), // a BOM before the first line
    enc(`${huge}\r\n`), // CRLF line ends
    enc('\n   \r\n'), // an empty line and a blank one: no record
    enc(`${small.slice(0, 30).join('\n')}\n`),
    enc('{"id":"broken", "text": \n'), // not JSON
    enc(`${oversized}\n`),
    Buffer.concat([enc('{"id":"latin1","text":"caf'), Buffer.from([0xe9]), enc('"}\n')]),
    enc('{"text":"no id here"}\n'),
    enc(`${page}\n`),
    enc(small.slice(30).join('\n')), // the last line has no newline
  ]);
  const expected = [
    'huge',
    ...small.slice(0, 30).map((_, i) => `s${i}`),
    'error: line 34',
    'too-big error: line 35',
    'latin1 error: line 36',
    'error: line 37',
    'page',
    ...small.slice(30).map((_, i) => `s${i + 30}`),
  ];
  const describeRow = (row: { id?: string; line?: number; error?: string }): string =>
    row.error === undefined
      ? String(row.id)
      : `${row.id ? `${row.id} ` : ''}error: line ${row.line}`;

  let two: Run;
  it('--jobs 2: one JSON line per record, in input order, errors in their place', async () => {
    two = await run(['analyze', '--jsonl', '-', '--jobs', '2'], input);
    expect(two.stderr).toBe(
      'whosaid: 4 of 66 records could not be analysed (first at line 34); their lines carry "error" instead of "findings"\n',
    );
    expect(two.code).toBe(0);
    const rows = lines(two.stdout).map(
      (l) => JSON.parse(l) as { id?: string; line?: number; error?: string; findings?: unknown[] },
    );
    expect(rows.map(describeRow)).toEqual(expected);
    const byId = new Map(rows.map((r) => [r.id, r]));
    expect(byId.get('too-big')?.error).toBe(
      `line too long (${oversized.length} bytes; limit ${LIMIT})`,
    );
    expect(byId.get('latin1')?.error).toMatch(/not UTF-8/);
    for (const id of ['huge', 's0', 's59', 'page']) {
      expect(byId.get(id)?.findings?.length, `findings for ${id}`).toBeGreaterThan(0);
    }
  }, 120_000);

  it('--jobs 1 writes the same bytes', async () => {
    const one = await run(['analyze', '--jsonl', '-', '--jobs', '1'], input);
    expect(one.code).toBe(0);
    expect(one.stderr).toBe(two.stderr);
    expect(one.stdout.equals(two.stdout)).toBe(true);
  }, 120_000);

  it('leaves no file behind, in the working folder or TMPDIR', () => {
    for (const dir of ['cwd', 'tmp']) expect(readdirSync(join(sandbox, dir))).toEqual([]);
  });

  it('--jsonl FILE reads the same from a file', async () => {
    const fixture = resolve(root, 'test/fixtures/article.html');
    const record = JSON.stringify({ id: 'fixture', html: readFileSync(fixture, 'utf8') });
    const file = join(sandbox, 'in.jsonl');
    writeFileSync(file, `${record}\n${record.replace('"fixture"', '"again"')}\n`);
    const result = await run(['analyze', '--jsonl', file, '--jobs', '2'], '');
    rmSync(file);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    const rows = lines(result.stdout).map(
      (l) => JSON.parse(l) as { id: string; findings: unknown[] },
    );
    expect(rows.map((r) => r.id)).toEqual(['fixture', 'again']);
    expect(rows[0]?.findings).toEqual(rows[1]?.findings);
    expect(rows[0]?.findings.length).toBeGreaterThan(0);
  }, 60_000);

  it('a live feed: each answer comes while the input is still open', async () => {
    const child = spawnCli(['analyze', '--jsonl', '-', '--jobs', '2']);
    let buffered = '';
    const nextLine = (): Promise<string> =>
      new Promise((done) => {
        const look = (): void => {
          const nl = buffered.indexOf('\n');
          if (nl < 0) return;
          child.stdout.off('data', onData);
          const line = buffered.slice(0, nl);
          buffered = buffered.slice(nl + 1);
          done(line);
        };
        const onData = (d: Buffer): void => {
          buffered += d.toString();
          look();
        };
        child.stdout.on('data', onData);
        look();
      });
    for (const id of ['first', 'second']) {
      child.stdin.write(`${JSON.stringify({ id, text: article(1) })}\n`);
      expect(JSON.parse(await nextLine())).toMatchObject({ id });
    }
    child.stdin.end();
    const code = await new Promise<number | null>((done) => child.on('close', done));
    expect(code).toBe(0);
    expect(buffered).toBe('');
  }, 60_000);

  it('a reader that goes away (EPIPE) ends the run quietly, input still open', async () => {
    const child = spawnCli(['analyze', '--jsonl', '-', '--jobs', '2']);
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    // Plenty of records, and the input is never closed: the CLI must stop by itself.
    child.stdin.write(
      `${Array.from({ length: 3000 }, (_, i) => JSON.stringify({ id: i, text: article(i) })).join('\n')}\n`,
    );
    const first = await new Promise<string>((done) => {
      let got = '';
      child.stdout.on('data', (d: Buffer) => {
        got += d.toString();
        if (got.includes('\n')) {
          child.stdout.destroy();
          done(got.slice(0, got.indexOf('\n')));
        }
      });
    });
    expect(JSON.parse(first)).toMatchObject({ id: 0 });
    const code = await new Promise<number | null>((done) => child.on('close', done));
    child.stdin.destroy();
    expect(code).toBe(0);
    expect(stderr).toBe('');
  }, 60_000);
});
