import { open } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { decodeHtml, decodeText, NotTextError } from './decode';
import type { ArticleText } from '../content/article';
import { htmlToArticle, isHtmlPath, looksLikeHtml } from './html';

/** The text of one input, ready for the engine. */
export interface InputText {
  /** The text the engine analyses (no BOM; for HTML, the article text). */
  text: string;
  /** Added to every offset so it refers to the file's decoded text (see decode.ts). */
  offsetBase: number;
  /** The article's title, for HTML pages. */
  title?: string;
  /** For HTML pages: code and preformatted text, where findings are dropped (as on the page). */
  quiet?: ArticleText['quiet'];
  /** `text` as the output's offsets refer to it (with the BOM character when there was one). */
  outputText: string;
}

/** Reads a file's bytes; injectable so tests need no disk. */
export type ReadBytes = (path: string) => Promise<Uint8Array>;

/** Files larger than this are refused: a news article is a few hundred kilobytes at most. */
export const MAX_BYTES = 32 * 1024 * 1024;

/** An input that could not be read, with a reason a person understands. */
export class InputError extends Error {}

/** Reads a file from disk, refusing directories and oversized files before reading them. */
export const readBytesFromDisk: ReadBytes = async (path) => {
  const handle = await open(path, 'r');
  try {
    const stat = await handle.stat();
    if (stat.isDirectory()) throw new InputError('is a directory');
    if (stat.isFile() && stat.size > MAX_BYTES) {
      throw new InputError(`file too large (${stat.size} bytes; limit ${MAX_BYTES})`);
    }
    return await handle.readFile();
  } finally {
    await handle.close();
  }
};

/** Reads all of a stream (standard input), with the same size limit as files. */
export async function readStream(stream: Readable): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    size += buf.length;
    if (size > MAX_BYTES) throw new InputError(`input too large (limit ${MAX_BYTES} bytes)`);
    chunks.push(buf);
  }
  return Buffer.concat(chunks);
}

const ERRNO_REASONS: Record<string, string> = {
  ENOENT: 'no such file',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'is a directory',
  ENOTDIR: 'a part of the path is not a directory',
  ELOOP: 'too many symbolic links',
  ENAMETOOLONG: 'name too long',
  EMFILE: 'too many open files',
};

/** Turns a read failure into the short reason printed after `cannot read FILE:`. */
export function describeReadError(error: unknown): string {
  if (error instanceof InputError || error instanceof NotTextError) return error.message;
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string') return ERRNO_REASONS[code] ?? code.toLowerCase();
  return error instanceof Error ? error.message : String(error);
}

/**
 * Turns an input's bytes into text for the engine: `.html`/`.htm` files (and
 * standard input that starts like a page) are reduced to the article text;
 * everything else is taken as plain text.
 */
export function toInputText(path: string, bytes: Uint8Array): InputText {
  const html =
    path === '-'
      ? looksLikeHtml(new TextDecoder().decode(bytes.subarray(0, 4096)))
      : isHtmlPath(path);
  if (html) {
    const { text, title, quiet } = htmlToArticle(decodeHtml(bytes));
    return { text, offsetBase: 0, title, quiet, outputText: text };
  }
  const { text, bomLength } = decodeText(bytes);
  return { text, offsetBase: bomLength, outputText: bomLength ? `\uFEFF${text}` : text };
}
