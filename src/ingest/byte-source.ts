// Opens a file (or stdin) as a stream of byte chunks, transparently gunzipping it
// when its first bytes are the gzip magic number, whatever its name says.

import { createReadStream } from 'node:fs';
import { Readable, pipeline } from 'node:stream';
import { createGunzip } from 'node:zlib';

export interface ByteSource {
  /** The first bytes of the (decompressed) content, for sniffing; also the start of `chunks`. */
  readonly head: Buffer;
  /** All the (decompressed) content, head included, as it streams. */
  readonly chunks: AsyncIterable<Buffer>;
  readonly isGzip: boolean;
  /** Closes the underlying streams early. */
  close(): void;
}

const headBytes = 64 * 1024;

/** Opens `path`, or stdin when `path` is null; `onRawBytes` counts bytes read from disk, for progress. */
export async function openByteSource(path: string | null, onRawBytes: (count: number) => void): Promise<ByteSource> {
  const raw: Readable = path === null ? process.stdin : createReadStream(path, { highWaterMark: 256 * 1024 });
  raw.on('data', (chunk: Buffer) => onRawBytes(chunk.length));
  const rawIterator = raw[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  const rawPeek = await peek(rawIterator);
  const isGzip = rawPeek.head[0] === 0x1f && rawPeek.head[1] === 0x8b;
  if (!isGzip) {
    return { head: rawPeek.head, chunks: rawPeek.chunks, isGzip, close: () => raw.destroy() };
  }
  const gunzip = createGunzip();
  // pipeline() destroys the gunzip stream with the source's error, so iterating it throws.
  pipeline(Readable.from(rawPeek.chunks), gunzip, () => undefined);
  const inflatedPeek = await peek(gunzip[Symbol.asyncIterator]() as AsyncIterator<Buffer>);
  return {
    head: inflatedPeek.head,
    chunks: inflatedPeek.chunks,
    isGzip,
    close: () => {
      gunzip.destroy();
      raw.destroy();
    },
  };
}

/**
 * Reads the first `headBytes` (or the whole stream if shorter) and replays them before the
 * rest. An error while peeking (a truncated gzip) is raised after the bytes read before it,
 * so the documents in them are not lost.
 */
async function peek(iterator: AsyncIterator<Buffer>): Promise<{ head: Buffer; chunks: AsyncIterable<Buffer> }> {
  const buffered: Buffer[] = [];
  let length = 0;
  let isDone = false;
  let pendingError: unknown = null;
  while (length < headBytes) {
    let next: IteratorResult<Buffer>;
    try {
      next = await iterator.next();
    } catch (error) {
      if (buffered.length === 0) throw error;
      pendingError = error;
      isDone = true;
      break;
    }
    if (next.done) {
      isDone = true;
      break;
    }
    buffered.push(next.value);
    length += next.value.length;
  }
  const head = Buffer.concat(buffered, length).subarray(0, headBytes);
  async function* replay(): AsyncGenerator<Buffer> {
    yield* buffered;
    if (pendingError !== null) throw pendingError;
    if (isDone) return;
    for (;;) {
      const next = await iterator.next();
      if (next.done) return;
      yield next.value;
    }
  }
  return { head, chunks: replay() };
}
