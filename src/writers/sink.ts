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

/**
 * An output file written piece by piece, hashed and counted as it goes, flushed to disk when
 * closed (so a rename after it publishes complete content).
 */
export class FileSink {
  private readonly stream: WriteStream;
  private readonly hash = createHash('sha256');
  private bytes = 0;
  private rows = 0;

  constructor(private readonly file: string) {
    this.stream = createWriteStream(file);
  }

  async write(text: string | Uint8Array, rows = 0): Promise<void> {
    this.rows += rows;
    if (text.length === 0) return;
    const chunk = typeof text === 'string' ? Buffer.from(text, 'utf8') : text;
    this.hash.update(chunk);
    this.bytes += chunk.length;
    if (!this.stream.write(chunk)) await once(this.stream, 'drain');
  }

  async close(): Promise<WrittenFile> {
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
    if (text.length > 0 && !this.stream.write(text)) await once(this.stream, 'drain');
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
