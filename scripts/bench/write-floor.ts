import { closeSync, createReadStream, openSync, writeSync } from 'node:fs';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import zlib from 'node:zlib';
import { Open } from 'unzipper';
import { DEFLATE_LEVEL } from '../../src/writers/xlsx.ts';

export interface WriteFloor {
  /** UTF-8 bytes of the run's plain-text outputs (CSV, JSONL, JSON, HTML). */
  textBytes: number;
  /** UTF-8 bytes of the XML inside report.xlsx, before deflating. */
  workbookXmlBytes: number;
  /** Time spent on the floor's work only: reading the outputs back is not counted. */
  ms: number;
}

/**
 * Text encoded (and deflated) at once: large enough that what each call costs on its own vanishes, as
 * it does for the writers, which encode rows 32K characters at a time and deflate 256 KB at a time.
 */
const PIECE_BYTES = 1024 * 1024;

/**
 * The least the write stage could cost for the output a run wrote: the same bytes, held as
 * strings as the writers hold them, encoded to UTF-8 and written to a file; the workbook's XML
 * also deflated at the writer's level. Nothing is built, quoted, escaped or measured. Against
 * it, the write stage's time says how much is the writers' own work and how much is the mere
 * size of the output (each record row carries its sentence, in every format).
 */
export async function measureWriteFloor(outputDir: string): Promise<WriteFloor> {
  const scratchDir = await mkdtemp(path.join(os.tmpdir(), 'newsgrid-write-floor-'));
  const floor: WriteFloor = { textBytes: 0, workbookXmlBytes: 0, ms: 0 };
  try {
    for (const name of (await readdir(outputDir)).sort()) {
      if (name.startsWith('.')) continue;
      const file = path.join(outputDir, name);
      if (name.endsWith('.xlsx')) {
        for (const entry of (await Open.file(file)).files) {
          floor.workbookXmlBytes += await writeAgain(entry.stream(), path.join(scratchDir, 'entry'), true, floor);
        }
      } else {
        floor.textBytes += await writeAgain(createReadStream(file, { highWaterMark: PIECE_BYTES }), path.join(scratchDir, name), false, floor);
      }
    }
    return floor;
  } finally {
    await rm(scratchDir, { recursive: true, force: true });
  }
}

/** Reads `source` as text and writes it again into `target`, timing only the writing; its bytes. */
async function writeAgain(source: Readable, target: string, deflate: boolean, floor: WriteFloor): Promise<number> {
  const decoder = new StringDecoder('utf8');
  const fd = openSync(target, 'w');
  let bytes = 0;
  let held = '';
  const write = (text: string) => {
    const started = performance.now();
    const encoded = Buffer.from(text, 'utf8');
    writeSync(fd, deflate ? zlib.deflateRawSync(encoded, { level: DEFLATE_LEVEL }) : encoded);
    floor.ms += performance.now() - started;
    bytes += encoded.length;
  };
  try {
    for await (const chunk of source) {
      held += decoder.write(chunk as Buffer);
      if (held.length >= PIECE_BYTES) {
        write(held);
        held = '';
      }
    }
    held += decoder.end();
    if (held) write(held);
  } finally {
    closeSync(fd);
  }
  return bytes;
}
