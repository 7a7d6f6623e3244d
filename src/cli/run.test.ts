import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { AnalyzeOptions, Finding } from '../engine/index';
import { EXIT_FILE_ERROR, EXIT_INTERNAL, EXIT_OK, EXIT_USAGE, runCli } from './run';
import type { CliIo } from './run';

/**
 * A stand-in engine: every `said` is an attribution credited to the word before
 * it, named unless that word is `officials`.
 */
function fakeAnalyze(text: string, options: AnalyzeOptions = {}): Finding[] {
  const out: Finding[] = [];
  for (const m of text.matchAll(/(\w+) (said)\b/g)) {
    const start = m.index + (m[1]?.length ?? 0) + 1;
    out.push({
      start,
      end: start + 4,
      kind: 'attribution',
      cue: 'neutral',
      source: {
        start: m.index,
        end: m.index + (m[1]?.length ?? 0),
        named: !/^officials$/i.test(m[1] ?? ''),
      },
      why: 'said: a neutral reporting verb',
    });
  }
  for (const m of text.matchAll(/reportedly/g)) {
    out.push({ start: m.index, end: m.index + 10, kind: 'hedge', why: 'reportedly: a hedge' });
  }
  return options.kinds ? out.filter((f) => options.kinds?.includes(f.kind)) : out;
}

/** A stdout that records what it is given; `tty` makes it look like a terminal. */
function sink(tty = false): Writable & { text: () => string; isTTY?: boolean } {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _enc, done) {
      chunks.push(chunk.toString());
      done();
    },
  });
  return Object.assign(stream, { text: () => chunks.join(''), isTTY: tty });
}

/** What the stand-in engine finds in "Smith said yes." (or any "Smith said" at the start). */
const SMITH_SAID: Finding = {
  start: 6,
  end: 10,
  kind: 'attribution',
  cue: 'neutral',
  source: { start: 0, end: 5, named: true },
  why: 'said: a neutral reporting verb',
};

type Files = Record<string, string | Uint8Array | NodeJS.ErrnoException>;

function io(files: Files, extra: Partial<CliIo> = {}) {
  const stdout = sink();
  const stderr = sink();
  const reads: string[] = [];
  const base: CliIo = {
    stdout,
    stderr,
    stdin: Readable.from([]),
    env: {},
    analyze: fakeAnalyze,
    readBytes: async (path) => {
      reads.push(path);
      const content = files[path];
      if (content === undefined) throw Object.assign(new Error('nope'), { code: 'ENOENT' });
      if (content instanceof Error) throw content;
      return typeof content === 'string' ? new TextEncoder().encode(content) : content;
    },
    ...extra,
  };
  return { io: base, stdout, stderr, reads };
}

const jsonLines = (out: string): unknown[] =>
  out
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l) as unknown);

describe('--json', () => {
  test('one line per file, {"file", "findings"}, file as given', async () => {
    const t = io({ 'dir/a.txt': 'Smith said yes.', 'b.txt': 'Nothing here.' });
    const status = await runCli(['analyze', '--json', 'dir/a.txt', 'b.txt'], t.io);
    expect(status).toBe(EXIT_OK);
    expect(t.stdout.text().endsWith('\n')).toBe(true);
    expect(jsonLines(t.stdout.text())).toEqual([
      {
        file: 'dir/a.txt',
        findings: [SMITH_SAID],
      },
      { file: 'b.txt', findings: [] },
    ]);
    expect(t.stderr.text()).toBe('');
  });

  test('--with-text adds the text the offsets refer to', async () => {
    const t = io({ 'a.txt': 'It reportedly fell.' });
    await runCli(['analyze', '--json', '--with-text', 'a.txt'], t.io);
    const [row] = jsonLines(t.stdout.text()) as { text: string; findings: Finding[] }[];
    expect(row?.text).toBe('It reportedly fell.');
    const f = row?.findings[0];
    expect(row?.text.slice(f?.start, f?.end)).toBe('reportedly');
  });

  test('--kinds is passed to the engine', async () => {
    const t = io({ 'a.txt': 'Smith said it reportedly fell.' });
    await runCli(['analyze', '--json', '--kinds', 'hedge', 'a.txt'], t.io);
    const [row] = jsonLines(t.stdout.text()) as { findings: Finding[] }[];
    expect(row?.findings.map((f) => f.kind)).toEqual(['hedge']);
  });

  test('a UTF-8 BOM is stripped for the engine, and offsets count it as U+FEFF', async () => {
    const body = 'It reportedly fell.';
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(body)]);
    let seen = '';
    const t = io(
      { 'bom.txt': bytes },
      {
        analyze: (text, options) => {
          seen = text;
          return fakeAnalyze(text, options);
        },
      },
    );
    await runCli(['analyze', '--json', '--with-text', 'bom.txt'], t.io);
    expect(seen).toBe(body);
    const [row] = jsonLines(t.stdout.text()) as { text: string; findings: Finding[] }[];
    // As Node's readFileSync(path, 'utf8') (and the scorer) read the file.
    const asNodeReadsIt = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    expect(row?.text).toBe(asNodeReadsIt);
    expect(row?.findings[0]).toMatchObject({ start: 4, end: 14 });
    expect(asNodeReadsIt.slice(4, 14)).toBe('reportedly');
  });
});

describe('files that cannot be read', () => {
  test('are reported on stderr, the others analysed, and the exit is non-zero', async () => {
    const t = io({
      'a.txt': 'Smith said yes.',
      dir: Object.assign(new Error('EISDIR'), { code: 'EISDIR' }),
      'bin.dat': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]),
      'latin1.txt': new Uint8Array([0x63, 0x61, 0x66, 0xe9]),
      'c.txt': 'Jones said no.',
    });
    const status = await runCli(
      ['analyze', '--json', 'a.txt', 'missing.txt', 'dir', 'bin.dat', 'latin1.txt', 'c.txt'],
      t.io,
    );
    expect(status).toBe(EXIT_FILE_ERROR);
    expect(jsonLines(t.stdout.text()).map((r) => (r as { file: string }).file)).toEqual([
      'a.txt',
      'c.txt',
    ]);
    expect(t.stderr.text().split('\n')).toEqual([
      'whosaid: cannot read missing.txt: no such file',
      'whosaid: cannot read dir: is a directory',
      'whosaid: cannot read bin.dat: binary file (contains NUL bytes)',
      'whosaid: cannot read latin1.txt: not UTF-8 text (binary file?)',
      '',
    ]);
  });

  test('an engine failure on one file is reported and the run goes on', async () => {
    const t = io(
      { 'a.txt': 'boom', 'b.txt': 'fine' },
      {
        analyze: (text) => {
          if (text === 'boom') throw new Error('engine exploded');
          return [];
        },
      },
    );
    expect(await runCli(['analyze', '--json', 'a.txt', 'b.txt'], t.io)).toBe(EXIT_FILE_ERROR);
    expect(t.stderr.text()).toBe('whosaid: cannot analyse a.txt: engine exploded\n');
    expect(jsonLines(t.stdout.text())).toEqual([{ file: 'b.txt', findings: [] }]);
  });
});

describe('usage', () => {
  test('--help prints usage on stdout and exits 0', async () => {
    const t = io({});
    expect(await runCli(['--help'], t.io)).toBe(EXIT_OK);
    expect(t.stdout.text()).toMatch(/^usage: whosaid analyze/);
  });

  test('an unknown option prints the problem and usage on stderr and exits 2', async () => {
    const t = io({ 'a.txt': 'x' });
    expect(await runCli(['analyze', '--jsn', 'a.txt'], t.io)).toBe(EXIT_USAGE);
    expect(t.stderr.text()).toMatch(/^whosaid: unknown option '--jsn'\nusage:/);
    expect(t.stdout.text()).toBe('');
    expect(t.reads).toEqual([]);
  });
});

describe('standard input', () => {
  test('- reads stdin as text', async () => {
    const t = io({}, { stdin: Readable.from([Buffer.from('Smith said '), Buffer.from('so.')]) });
    expect(await runCli(['analyze', '--json', '-'], t.io)).toBe(EXIT_OK);
    expect(jsonLines(t.stdout.text())).toMatchObject([{ file: '-', findings: [{ start: 6 }] }]);
  });
});

describe('the report for people', () => {
  const text = 'Officials said it was over.\nSmith said it reportedly failed.\n';

  test('without a terminal: header, bracket markers, ledger, counts', async () => {
    const t = io({ 'a.txt': text });
    expect(await runCli(['analyze', 'a.txt'], t.io)).toBe(EXIT_OK);
    const out = t.stdout.text();
    expect(out).toContain('== a.txt ==');
    expect(out).toContain('[source: Officials] [attr: said] it was over.');
    expect(out).toContain('[source: Smith] [attr: said] it [hedge: reportedly] failed.');
    expect(out).toMatch(/ {2}named \(1\)\n {4}Smith \u2014 1 claim\n/);
    expect(out).toMatch(/ {2}unnamed \(1\)\n {4}Officials \u2014 1 claim\n/);
    expect(out).toContain('cue: said (neutral) \u2014 said: a neutral reporting verb');
    expect(out).toContain(
      'Counts: attribution 2 \u00b7 unnamed 0 \u00b7 agentless 0 \u00b7 hedge 1',
    );
    expect(out).not.toContain('\u001b[');
  });

  test('on a terminal: ANSI colours, unless NO_COLOR is set', async () => {
    const tty = sink(true);
    const t = io({ 'a.txt': text }, { stdout: tty });
    await runCli(['analyze', 'a.txt'], t.io);
    expect(tty.text()).toContain('\u001b[43;30msaid\u001b[0m');
    expect(tty.text()).not.toContain('[attr:');

    const plain = sink(true);
    const t2 = io({ 'a.txt': text }, { stdout: plain, env: { NO_COLOR: '1' } });
    await runCli(['analyze', 'a.txt'], t2.io);
    expect(plain.text()).not.toContain('\u001b[');
    expect(plain.text()).toContain('[attr: said]');
  });

  test('--color forces colours into a pipe', async () => {
    const t = io({ 'a.txt': text });
    await runCli(['analyze', '--color', 'a.txt'], t.io);
    expect(t.stdout.text()).toContain('\u001b[');
  });
});

describe('streaming', () => {
  test('waits for drain on a slow reader and keeps the order', async () => {
    const chunks: string[] = [];
    let maxBuffered = 0;
    const slow: Writable = new Writable({
      highWaterMark: 16,
      write(chunk: Buffer, _enc, done) {
        maxBuffered = Math.max(maxBuffered, slow.writableLength);
        chunks.push(chunk.toString());
        setTimeout(done, 1);
      },
    });
    const files: Files = {};
    const names = Array.from({ length: 40 }, (_, i) => `f${i}.txt`);
    for (const n of names) files[n] = `${n} Smith said it. `.repeat(20);
    const t = io(files, { stdout: slow });
    expect(await runCli(['analyze', '--json', ...names], t.io)).toBe(EXIT_OK);
    const rows = jsonLines(chunks.join('')) as { file: string }[];
    expect(rows.map((r) => r.file)).toEqual(names);
    // Backpressure: never more than one file's output waiting in the stream.
    const oneFile = Math.max(...chunks.map((c) => c.length));
    expect(maxBuffered).toBeLessThanOrEqual(oneFile);
  });

  test('a closed pipe (EPIPE) stops the run quietly', async () => {
    let writes = 0;
    const closing: Writable = new Writable({
      write(_chunk, _enc, done) {
        writes++;
        done(Object.assign(new Error('write EPIPE'), { code: 'EPIPE' }));
      },
    });
    const files: Files = {};
    const names = Array.from({ length: 50 }, (_, i) => `f${i}.txt`);
    for (const n of names) files[n] = 'Smith said so.';
    const t = io(files, { stdout: closing });
    expect(await runCli(['analyze', '--json', ...names], t.io)).toBe(EXIT_OK);
    expect(writes).toBe(1);
    // It stopped reading soon after the reader went, rather than analysing all 50.
    expect(t.reads.length).toBeLessThan(5);
    expect(t.stderr.text()).toBe('');
  });
});

describe('on disk', () => {
  let dir = '';
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'whosaid-cli-'));
    await writeFile(join(dir, 'good.txt'), 'Smith said it reportedly fell.');
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  test('the real file reader: a missing file and a directory among good ones', async () => {
    const stdout = sink();
    const stderr = sink();
    const good = join(dir, 'good.txt');
    const status = await runCli(['analyze', '--json', join(dir, 'nope.txt'), dir, good], {
      stdout,
      stderr,
      stdin: Readable.from([]),
      env: {},
    });
    expect(status).toBe(EXIT_FILE_ERROR);
    expect(jsonLines(stdout.text())).toMatchObject([{ file: good }]);
    expect(stderr.text()).toBe(
      `whosaid: cannot read ${join(dir, 'nope.txt')}: no such file\nwhosaid: cannot read ${dir}: is a directory\n`,
    );
  });

  test('the entry point runs under node (via tsx) and sets the exit status', async () => {
    const main = fileURLToPath(new URL('./main.ts', import.meta.url));
    const run = promisify(execFile);
    const good = join(dir, 'good.txt');
    const missing = join(dir, 'missing.txt');
    const result = await run(
      process.execPath,
      ['--import', 'tsx', main, 'analyze', '--json', good, missing],
      { env: { ...process.env, NO_COLOR: '1' } },
    ).then(
      () => ({ code: 0, stdout: '', stderr: '' }),
      (error: { code: number; stdout: string; stderr: string }) => error,
    );
    expect(result.code).toBe(EXIT_FILE_ERROR);
    expect(jsonLines(result.stdout)).toMatchObject([{ file: good }]);
    expect(result.stderr).toContain(`whosaid: cannot read ${missing}: no such file`);
  }, 30_000);
});

describe('--jsonl', () => {
  const stdinOf = (...chunks: (string | Uint8Array)[]): Readable =>
    Readable.from(chunks.map((c) => (typeof c === 'string' ? Buffer.from(c) : Buffer.from(c))));

  test('one line per record in input order; a bad line is an error record in its place', async () => {
    const input = [
      '{"id":"a","text":"Smith said yes."}',
      'not json',
      '',
      '{"id":2,"text":"Officials said no."}',
      '{"text":"no id"}',
      '   ',
      '{"id":"c"}',
      '{"id":"d","text":"It reportedly fell."}',
    ].join('\r\n');
    const t = io({}, { stdin: stdinOf(input) });
    expect(await runCli(['analyze', '--jsonl', '-'], t.io)).toBe(EXIT_OK);
    const rows = jsonLines(t.stdout.text()) as Record<string, unknown>[];
    expect(rows.map((r) => r.id ?? `line ${String(r.line)}`)).toEqual([
      'a',
      'line 2',
      2,
      'line 5',
      'c',
      'd',
    ]);
    expect(rows[0]).toEqual({
      id: 'a',
      findings: [SMITH_SAID],
    });
    expect(rows[1]).toMatchObject({ line: 2, error: expect.stringMatching(/^not JSON/) });
    expect(rows[3]).toEqual({ line: 5, error: 'no "id"' });
    expect(rows[4]).toEqual({ id: 'c', line: 7, error: 'no "text" or "html"' });
    expect(rows[5]).toMatchObject({ id: 'd', findings: [{ kind: 'hedge' }] });
    expect(t.stderr.text()).toBe(
      'whosaid: 3 of 6 records could not be analysed (first at line 2); their lines carry "error" instead of "findings"\n',
    );
  });

  test('an html record is reduced to its article first; --with-text shows that text', async () => {
    const page =
      '<html><body><nav>Menu officials said</nav><article><h1>Vote</h1>' +
      '<p>Smith said the vote was close, and the count was reportedly slow.</p>' +
      '<p>The council said nothing more about it on Monday evening.</p></article></body></html>';
    const seen: string[] = [];
    const t = io(
      {},
      {
        stdin: stdinOf(`${JSON.stringify({ id: 'p', html: page })}\n`),
        analyze: (text, options) => {
          seen.push(text);
          return fakeAnalyze(text, options);
        },
      },
    );
    expect(await runCli(['analyze', '--jsonl', '-', '--with-text'], t.io)).toBe(EXIT_OK);
    const [row] = jsonLines(t.stdout.text()) as { id: string; text: string; findings: Finding[] }[];
    expect(seen).toEqual([row?.text]);
    expect(row?.text).toContain('Smith said the vote was close');
    expect(row?.text).not.toContain('Menu');
    const said = row?.findings.find((f) => f.kind === 'attribution');
    expect(row?.text.slice(said?.start, said?.end)).toBe('said');
  });

  test('--kinds applies to every record', async () => {
    const t = io({}, { stdin: stdinOf('{"id":1,"text":"Smith said it reportedly fell."}\n') });
    await runCli(['analyze', '--jsonl', '-', '--kinds', 'hedge'], t.io);
    const [row] = jsonLines(t.stdout.text()) as { findings: Finding[] }[];
    expect(row?.findings.map((f) => f.kind)).toEqual(['hedge']);
  });

  test('an engine failure on one record is an error record and the run goes on', async () => {
    const t = io(
      {},
      {
        stdin: stdinOf('{"id":"x","text":"boom"}\n{"id":"y","text":"fine"}\n'),
        analyze: (text) => {
          if (text === 'boom') throw new Error('engine exploded');
          return [];
        },
      },
    );
    expect(await runCli(['analyze', '--jsonl', '-'], t.io)).toBe(EXIT_OK);
    expect(jsonLines(t.stdout.text())).toEqual([
      { id: 'x', line: 1, error: 'analysis failed: engine exploded' },
      { id: 'y', findings: [] },
    ]);
  });

  test('an input that fails mid-way: what was read is written, then exit 1', async () => {
    async function* failing(): AsyncGenerator<Buffer> {
      yield Buffer.from('{"id":1,"text":"Smith said so."}\n{"id":2,"text":"Jones said no."}\n');
      throw Object.assign(new Error('EIO'), { code: 'EIO' });
    }
    const t = io({}, { stdin: Readable.from(failing()) });
    expect(await runCli(['analyze', '--jsonl', '-'], t.io)).toBe(EXIT_FILE_ERROR);
    expect(jsonLines(t.stdout.text()).map((r) => (r as { id: number }).id)).toEqual([1, 2]);
    expect(t.stderr.text()).toBe('whosaid: cannot read (stdin): eio\n');
  });

  test('a closed output stops reading the input', async () => {
    let pulled = 0;
    async function* endless(): AsyncGenerator<Buffer> {
      for (;;) {
        pulled++;
        yield Buffer.from('{"id":1,"text":"Smith said so."}\n');
      }
    }
    const closing: Writable = new Writable({
      write(_chunk, _enc, done) {
        done(Object.assign(new Error('write EPIPE'), { code: 'EPIPE' }));
      },
    });
    const t = io({}, { stdin: Readable.from(endless()), stdout: closing });
    expect(await runCli(['analyze', '--jsonl', '-'], t.io)).toBe(EXIT_OK);
    expect(pulled).toBeLessThan(50);
    expect(t.stderr.text()).toBe('');
  });
});

test('--jsonl: an output that closes ends the run even while the input stays open', async () => {
  // A pipe that never ends (a live feed), and a reader that goes away after one line.
  const stdin = new Readable({ read: () => undefined });
  stdin.push('{"id":1,"text":"Smith said so."}\n');
  const closing = new Writable({
    write(_chunk, _enc, done) {
      done(Object.assign(new Error('write EPIPE'), { code: 'EPIPE' }));
    },
  });
  const t = io({}, { stdin, stdout: closing });
  expect(await runCli(['analyze', '--jsonl', '-'], t.io)).toBe(EXIT_OK);
  expect(stdin.destroyed).toBe(true);
  expect(t.stderr.text()).toBe('');
});

describe('--jsonl FILE and worker threads', () => {
  let dir = '';
  const records = [
    { id: 'first-and-longest', text: 'Officials said the plan was reportedly dead. '.repeat(400) },
    ...Array.from({ length: 30 }, (_, i) => ({
      id: `r${i}`,
      text: `Maria Okafor said on day ${i} that the bridge was closed by the city.`,
    })),
  ];
  const input = `${records.map((r) => JSON.stringify(r)).join('\n')}\nnot json\n`;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'whosaid-jsonl-'));
    await writeFile(join(dir, 'in.jsonl'), input);
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  const realIo = (extra: Partial<CliIo> = {}) => {
    const stdout = sink();
    const stderr = sink();
    const base: CliIo = { stdout, stderr, stdin: Readable.from([]), env: {}, ...extra };
    return { io: base, stdout, stderr };
  };

  test('a file that cannot be opened: exit 1, the reason on stderr, nothing on stdout', async () => {
    const t = realIo();
    const missing = join(dir, 'missing.jsonl');
    expect(await runCli(['analyze', '--jsonl', missing], t.io)).toBe(EXIT_FILE_ERROR);
    expect(t.stderr.text()).toBe(`whosaid: cannot read ${missing}: no such file\n`);
    expect(t.stdout.text()).toBe('');
    const t2 = realIo();
    expect(await runCli(['analyze', '--jsonl', dir], t2.io)).toBe(EXIT_FILE_ERROR);
    expect(t2.stderr.text()).toBe(`whosaid: cannot read ${dir}: is a directory\n`);
  });

  test('--jobs 2 on real worker threads writes exactly what --jobs 1 writes', async () => {
    const file = join(dir, 'in.jsonl');
    const one = realIo();
    expect(await runCli(['analyze', '--jsonl', file, '--jobs', '1'], one.io)).toBe(EXIT_OK);
    const two = realIo({ workerUrl: new URL('./main.ts', import.meta.url) });
    expect(await runCli(['analyze', '--jsonl', file, '--jobs', '2'], two.io)).toBe(EXIT_OK);
    expect(two.stdout.text()).toBe(one.stdout.text());
    const rows = jsonLines(two.stdout.text()) as { id?: string; findings?: Finding[] }[];
    expect(rows.map((r) => r.id)).toEqual([...records.map((r) => r.id), undefined]);
    // The real engine ran: every record has an attribution.
    expect(rows.slice(0, -1).every((r) => r.findings?.some((f) => f.kind === 'attribution'))).toBe(
      true,
    );
    expect(two.stderr.text()).toMatch(/^whosaid: 1 of 32 records could not be analysed/);
  }, 60_000);

  test('--jobs N uses the worker module (one that cannot load fails the run); --jobs 1 does not', async () => {
    const file = join(dir, 'in.jsonl');
    const broken = new URL('./no-such-worker.mjs', import.meta.url);
    const two = realIo({ workerUrl: broken });
    expect(await runCli(['analyze', '--jsonl', file, '--jobs', '2'], two.io)).toBe(EXIT_INTERNAL);
    expect(two.stderr.text()).toMatch(/^whosaid: cannot start a worker thread: /);
    const one = realIo({ workerUrl: broken });
    expect(await runCli(['analyze', '--jsonl', file, '--jobs', '1'], one.io)).toBe(EXIT_OK);
    // Without --jobs: one thread per core.
    const oneCore = realIo({ workerUrl: broken, cores: 1 });
    expect(await runCli(['analyze', '--jsonl', file], oneCore.io)).toBe(EXIT_OK);
    const twoCores = realIo({ workerUrl: broken, cores: 2 });
    expect(await runCli(['analyze', '--jsonl', file], twoCores.io)).toBe(EXIT_INTERNAL);
  }, 60_000);

  test('files on worker threads: same output, same warnings, same order', async () => {
    const a = join(dir, 'a.txt');
    const b = join(dir, 'b.txt');
    await writeFile(a, 'Smith said it reportedly fell.');
    await writeFile(b, 'Officials said so.');
    const args = ['analyze', '--json', a, join(dir, 'nope.txt'), b];
    const one = realIo();
    expect(await runCli([...args, '--jobs=1'], one.io)).toBe(EXIT_FILE_ERROR);
    const two = realIo({ workerUrl: new URL('./main.ts', import.meta.url) });
    expect(await runCli([...args, '--jobs=2'], two.io)).toBe(EXIT_FILE_ERROR);
    expect(two.stdout.text()).toBe(one.stdout.text());
    expect(two.stderr.text()).toBe(one.stderr.text());
    expect(jsonLines(two.stdout.text()).map((r) => (r as { file: string }).file)).toEqual([a, b]);
  }, 60_000);
});
