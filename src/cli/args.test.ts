import { describe, expect, test } from 'vitest';
import { parseArgs } from './args';

describe('parseArgs', () => {
  test('analyze with files and options in any order', () => {
    expect(parseArgs(['analyze', 'a.txt', '--json', 'b.html', '--with-text'])).toEqual({
      action: 'run',
      options: {
        command: 'analyze',
        files: ['a.txt', 'b.html'],
        json: true,
        withText: true,
        color: undefined,
        kinds: undefined,
        jsonl: undefined,
        jobs: undefined,
      },
    });
  });

  test.each([
    [['--jsonl', '-'], '-'],
    [['--jsonl=articles.jsonl'], 'articles.jsonl'],
  ])('--jsonl %j reads records and implies JSON output', (flags, jsonl) => {
    expect(parseArgs(['analyze', ...flags])).toMatchObject({
      action: 'run',
      options: { jsonl, json: true, files: [] },
    });
  });

  test.each([[['--jobs', '3']], [['--jobs=3']], [['-j', '3']]])('jobs: %j', (flags) => {
    expect(parseArgs(['analyze', 'a.txt', ...flags])).toMatchObject({ options: { jobs: 3 } });
  });

  test('- is standard input, -- lets a file start with a dash', () => {
    const parsed = parseArgs(['analyze', '-', '--', '--json']);
    expect(parsed).toMatchObject({
      action: 'run',
      options: { files: ['-', '--json'], json: false },
    });
  });

  test.each([[['--kinds', 'hedge,unnamed']], [['--kinds=hedge,unnamed']]])(
    '--kinds as a separate or inline value: %j',
    (flag) => {
      expect(parseArgs(['analyze', ...flag, 'a.txt'])).toMatchObject({
        action: 'run',
        options: { kinds: ['hedge', 'unnamed'] },
      });
    },
  );

  test.each([
    [['--color'], true],
    [['--no-color'], false],
    [[], undefined],
  ])('colour flags %j', (flags, color) => {
    expect(parseArgs(['analyze', 'a.txt', ...flags])).toMatchObject({ options: { color } });
  });

  test.each([['--help'], ['-h']])('%s asks for help, wherever it stands', (flag) => {
    expect(parseArgs([flag])).toEqual({ action: 'help' });
    expect(parseArgs(['analyze', 'a.txt', flag])).toEqual({ action: 'help' });
  });

  test.each([
    [[], 'missing command'],
    [['analyse', 'a.txt'], "unknown command 'analyse'"],
    [['analyze'], 'no file given'],
    [['analyze', '--frobnicate', 'a.txt'], "unknown option '--frobnicate'"],
    [['analyze', '-x', 'a.txt'], "unknown option '-x'"],
    [['analyze', '--kinds', 'hedge,rumour', 'a.txt'], "unknown kind 'rumour'"],
    [['analyze', 'a.txt', '--kinds'], '--kinds needs a value'],
    [['analyze', '--with-text', 'a.txt'], '--with-text only applies with --json'],
    [['analyze', '--json=yes', 'a.txt'], "option '--json' takes no value"],
    [['analyze', '-', '-'], 'standard input (-) can be read only once'],
    [['analyze', '--jsonl'], '--jsonl needs a file'],
    [
      ['analyze', '--jsonl', 'a.jsonl', 'b.txt'],
      '--jsonl reads its articles from one file: no FILE',
    ],
    [['analyze', 'a.txt', '--jobs', '0'], '--jobs needs a whole number'],
    [['analyze', 'a.txt', '--jobs', '1.5'], '--jobs needs a whole number'],
    [['analyze', 'a.txt', '--jobs=', ''], '--jobs needs a whole number'],
    [['analyze', 'a.txt', '--jobs'], '--jobs needs a whole number'],
    [['analyze', 'a.txt', '--jobs', 'all'], '--jobs needs a whole number'],
  ])('usage error for %j', (argv, message) => {
    const parsed = parseArgs(argv);
    expect(parsed.action).toBe('error');
    expect(parsed.action === 'error' && parsed.message).toContain(message);
  });
});
