import { createInflateRaw } from 'node:zlib';
import type { ZipPart } from '../../core/imports/zip-directory';

/** A part that unpacks to more than its directory entry says: a lie, so reading stops there. */
export class UnpackedTooFar extends Error {
  constructor(readonly part: ZipPart) {
    super(`${part.name} unpacks to more than ${part.size} bytes`);
    this.name = 'UnpackedTooFar';
  }
}

/**
 * A part of a ZIP archive unpacked as text, 64 KB at a time, never past the size its directory
 * entry declares: a zip bomb that understates its size is stopped at the size it states, and the
 * memory this takes is a chunk, however large the part claims or turns out to be.
 */
export async function* unpackZipPart(bytes: Uint8Array, part: ZipPart): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8');
  const packed = bytes.subarray(part.dataStart, part.dataEnd);
  let unpacked = 0;
  const chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array> =
    part.method === 0 ? [packed] : createInflateRaw({ chunkSize: 64 * 1024 }).end(packed);
  for await (const chunk of chunks) {
    unpacked += chunk.length;
    if (unpacked > part.size) throw new UnpackedTooFar(part);
    yield decoder.decode(chunk, { stream: true });
  }
  yield decoder.decode();
}
