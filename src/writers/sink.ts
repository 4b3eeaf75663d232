import { createHash } from 'node:crypto';
import { createWriteStream, type WriteStream } from 'node:fs';
import { open } from 'node:fs/promises';
import path from 'node:path';
import { once } from 'node:events';

/** What was written to one output file: for the run manifest. */
export interface WrittenFile {
  name: string;
  sha256: string;
  bytes: number;
  /** Data rows: records, articles, diagnostics, inputs. */
  rows: number;
}

/** Bytes gathered before they go to the file: fewer system calls and thread-pool jobs. */
const WRITE_BATCH_BYTES = 256 * 1024;
/**
 * Bytes a file may have queued for the disk before its writer waits: the writer runs on while
 * the disk catches up, and waiting (which lets other work in) is rare.
 */
const MAX_QUEUED_BYTES = 1 << 20;
/** Written buffers kept for reuse by a builder: fresh large buffers cost page faults, and memory until collected. */
const SPARE_BUFFERS = 2;
/**
 * Characters of small texts (a line, a sheet row) worth gathering into one string before it is
 * encoded: one encoding of many costs less than one each. Short of V8's large-object size.
 */
export const HELD_TEXT_CHARS = 32 * 1024;
/** The most bytes UTF-8 takes for one UTF-16 code unit. */
const MAX_UTF8_PER_UNIT = 3;
/**
 * Room a builder keeps past its batch size for one held text at its worst (three bytes a unit):
 * a batch filling up takes that text in whole instead of going early or growing its buffer.
 */
export const HELD_TEXT_ROOM = HELD_TEXT_CHARS * MAX_UTF8_PER_UNIT;

/**
 * Text encoded as UTF-8 piece by piece into one buffer: no long joined string to flatten and
 * encode again, no byte-length pass. `take` hands the bytes over and starts a fresh buffer.
 */
export class Utf8Builder {
  private buffer: Buffer;
  private used = 0;
  private readonly spare: Buffer[] = [];

  constructor(private readonly size: number) {
    this.buffer = Buffer.allocUnsafe(size);
  }

  get length(): number {
    return this.used;
  }

  /** Whether `text` surely fits in what is left of the buffer. */
  fits(text: string): boolean {
    return this.used + text.length * MAX_UTF8_PER_UNIT <= this.buffer.length;
  }

  append(text: string): void {
    const need = text.length * MAX_UTF8_PER_UNIT;
    if (this.used + need > this.buffer.length) {
      const grown = Buffer.allocUnsafe(Math.max(2 * this.buffer.length, this.used + need));
      this.buffer.copy(grown, 0, 0, this.used);
      this.buffer = grown;
    }
    this.used += this.buffer.write(text, this.used);
  }

  take(): Buffer {
    const bytes = this.buffer.subarray(0, this.used);
    this.buffer = this.spare.pop() ?? Buffer.allocUnsafe(this.size);
    this.used = 0;
    return bytes;
  }

  /** Takes back bytes from `take` once they are written, to fill again. */
  recycle(bytes: Buffer): void {
    if (bytes.byteOffset !== 0 || bytes.buffer.byteLength !== this.size || this.spare.length >= SPARE_BUFFERS) return;
    this.spare.push(Buffer.from(bytes.buffer, 0, this.size));
  }
}

/**
 * An output file written piece by piece, hashed and counted as it goes, flushed to disk when
 * closed (so a rename after it publishes complete content). Text is gathered and written a
 * batch at a time.
 */
export class FileSink {
  private readonly stream: WriteStream;
  private readonly hash = createHash('sha256');
  private readonly batch = new Utf8Builder(WRITE_BATCH_BYTES + HELD_TEXT_ROOM);
  private bytes = 0;
  private rows = 0;

  constructor(private readonly file: string) {
    this.stream = createWriteStream(file);
  }

  /** Bytes of the file so far, those still gathered included: where the next text starts. */
  get position(): number {
    return this.bytes + this.batch.length;
  }

  /** Adds text to the file; `settle` lets the disk catch up. */
  append(text: string, rows = 0): void {
    this.rows += rows;
    if (text.length === 0) return;
    // A batch that would have to grow goes first: growing copies it, and a grown buffer is not reused.
    if (!this.batch.fits(text) && this.batch.length > 0) this.pushBatch();
    this.batch.append(text);
    if (this.batch.length >= WRITE_BATCH_BYTES) this.pushBatch();
  }

  private pushBatch(): void {
    const chunk = this.batch.take();
    this.push(chunk, () => this.batch.recycle(chunk));
  }

  private push(chunk: Uint8Array, written?: () => void): void {
    if (chunk.length === 0) return;
    this.hash.update(chunk);
    this.bytes += chunk.length;
    this.stream.write(chunk, written);
  }

  /** Waits while the file is far behind. */
  async settle(): Promise<void> {
    if (this.stream.writableLength > MAX_QUEUED_BYTES) await once(this.stream, 'drain');
  }

  async write(data: string | Uint8Array, rows = 0): Promise<void> {
    if (typeof data === 'string') {
      this.append(data, rows);
    } else {
      this.rows += rows;
      this.pushBatch();
      this.push(data);
    }
    await this.settle();
  }

  async close(): Promise<WrittenFile> {
    this.pushBatch();
    await new Promise<void>((resolve, reject) => {
      this.stream.once('error', reject);
      this.stream.end(() => resolve());
    });
    const handle = await open(this.file, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
    return { name: path.basename(this.file), sha256: this.hash.digest('hex'), bytes: this.bytes, rows: this.rows };
  }
}

/** A scratch file of a run, written in order and read back at its end: not hashed, not flushed to disk. */
export class ScratchFile {
  private readonly stream: WriteStream;

  constructor(file: string) {
    this.stream = createWriteStream(file);
  }

  async write(text: string | Uint8Array): Promise<void> {
    if (text.length === 0) return;
    this.stream.write(text);
    if (this.stream.writableLength > MAX_QUEUED_BYTES) await once(this.stream, 'drain');
  }

  close(): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      this.stream.once('error', reject);
      this.stream.end(() => resolve());
    });
  }
}

/** A whole file through a sink: written, flushed, described. */
export async function writeWhole(file: string, data: string | Uint8Array, rows: number): Promise<WrittenFile> {
  const sink = new FileSink(file);
  await sink.write(data, rows);
  return sink.close();
}
