/**
 * Article texts kept as they were are stored gzip-compressed (news prose shrinks
 * to about a third). One text at a time (a note saved, a passage shown as it
 * was) goes through the browser's CompressionStream / DecompressionStream.
 * Whole exports and imports handle a thousand texts at once, and a stream per
 * text costs about a millisecond and a half of setup (measured: 1,000 texts
 * took ~1.5 s to decompress in Chromium's worker), so those use fflate's
 * synchronous gzip, which writes and reads the same gzip format.
 */
import { gunzipSync, gzipSync, strFromU8, strToU8 } from 'fflate';

async function pipe(bytes: Uint8Array, stream: GenericTransformStream): Promise<Uint8Array> {
  const out = new Blob([bytes as BlobPart]).stream().pipeThrough(stream);
  return new Uint8Array(await new Response(out).arrayBuffer());
}

/** `text` as gzip bytes. */
export function gzipText(text: string): Promise<Uint8Array> {
  return pipe(new TextEncoder().encode(text), new CompressionStream('gzip'));
}

/** The text of gzip bytes made by `gzipText` or `gzipTexts`. */
export async function gunzipText(bytes: Uint8Array): Promise<string> {
  return new TextDecoder().decode(await pipe(bytes, new DecompressionStream('gzip')));
}

/** Many texts as gzip bytes, at once (imports). */
export function gzipTexts(texts: readonly string[]): Uint8Array[] {
  return texts.map((text) => gzipSync(strToU8(text), { level: 6 }));
}

/** The texts of many gzip byte arrays, at once (exports). */
export function gunzipTexts(list: readonly Uint8Array[]): string[] {
  return list.map((bytes) => strFromU8(gunzipSync(bytes)));
}
