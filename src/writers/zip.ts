import { createReadStream } from 'node:fs';
import type { FileSink } from './sink.ts';

/**
 * A zip archive (as report.xlsx is) from entries deflated beforehand: nothing is compressed
 * here, the deflated bytes are copied through. Every entry carries one fixed timestamp, so the
 * same entries give the same bytes.
 */

/** 2000-01-01 00:00 as an MS-DOS date and time. */
const FIXED_DOS_DATE = ((2000 - 1980) << 9) | (1 << 5) | 1;
const FIXED_DOS_TIME = 0;
const DEFLATE = 8;
const VERSION = 20;
/** Names are UTF-8. */
const UTF8_NAMES = 0x0800;
const MAX_32 = 0xffffffff;

/** One entry: what it inflates to (its CRC-32 and size), and its deflated bytes in pieces. */
export interface DeflatedEntry {
  name: string;
  crc32: number;
  size: number;
  compressedSize: number;
  /** Buffers, or files whose whole content is the next part of the deflated data. */
  parts: Array<Buffer | { file: string }>;
}

const CRC_POLYNOMIAL = 0xedb88320;

/** a·b modulo the CRC-32 polynomial, in the reflected bit order CRC-32 uses. */
function multiplyModP(a: number, b: number): number {
  let m = 0x80000000;
  let product = 0;
  for (;;) {
    if (a & m) {
      product ^= b;
      if ((a & (m - 1)) === 0) break;
    }
    m >>>= 1;
    b = b & 1 ? (b >>> 1) ^ CRC_POLYNOMIAL : b >>> 1;
  }
  return product >>> 0;
}

/** x^(2^k) modulo the polynomial, for k = 0..31. */
const X_TO_2_TO_K = (() => {
  const table = [0x40000000];
  for (let k = 1; k < 32; k++) table.push(multiplyModP(table[k - 1]!, table[k - 1]!));
  return table;
})();

/**
 * The CRC-32 of A followed by B from the CRC-32s of A and B and the length of B (zlib's
 * crc32_combine): a sheet's head is written after its rows are, yet comes first.
 */
export function crc32Combine(crcA: number, crcB: number, lengthB: number): number {
  // x^(8·lengthB): B's bytes shift A's remainder that many bits.
  let shift = 0x80000000;
  let n = lengthB;
  for (let k = 3; n > 0; k++, n = Math.floor(n / 2)) if (n % 2) shift = multiplyModP(X_TO_2_TO_K[k & 31]!, shift);
  return (multiplyModP(shift, crcA) ^ crcB) >>> 0;
}

/**
 * The fields the local and the central header share, in the same order in both (version needed,
 * flags, method, time, date, CRC-32, sizes, name length): 26 bytes from `at`.
 */
function writeEntryFields(header: Buffer, at: number, entry: DeflatedEntry, name: Buffer): void {
  header.writeUInt16LE(VERSION, at);
  header.writeUInt16LE(UTF8_NAMES, at + 2);
  header.writeUInt16LE(DEFLATE, at + 4);
  header.writeUInt16LE(FIXED_DOS_TIME, at + 6);
  header.writeUInt16LE(FIXED_DOS_DATE, at + 8);
  header.writeUInt32LE(entry.crc32, at + 10);
  header.writeUInt32LE(entry.compressedSize, at + 14);
  header.writeUInt32LE(entry.size, at + 18);
  header.writeUInt16LE(name.length, at + 22);
}

function localHeader(entry: DeflatedEntry, name: Buffer): Buffer {
  const header = Buffer.alloc(30);
  header.writeUInt32LE(0x04034b50, 0);
  writeEntryFields(header, 4, entry, name);
  return Buffer.concat([header, name]);
}

function centralHeader(entry: DeflatedEntry, name: Buffer, offset: number): Buffer {
  const header = Buffer.alloc(46);
  header.writeUInt32LE(0x02014b50, 0);
  // Version made by, then the shared fields.
  header.writeUInt16LE(VERSION, 4);
  writeEntryFields(header, 6, entry, name);
  header.writeUInt32LE(offset, 42);
  return Buffer.concat([header, name]);
}

/** Writes the archive to `sink`, entries in the order given. */
export async function writeZip(sink: FileSink, entries: readonly DeflatedEntry[]): Promise<void> {
  const directory: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    // Beyond 4 GiB a zip needs the Zip64 extension, which this writer does not have.
    if (entry.size > MAX_32 || offset + entry.compressedSize > MAX_32) throw new Error(`report.xlsx: ${entry.name} passes the 4 GiB a zip can hold`);
    const name = Buffer.from(entry.name, 'utf8');
    const header = localHeader(entry, name);
    directory.push(centralHeader(entry, name, offset));
    await sink.write(header);
    for (const part of entry.parts) {
      if (Buffer.isBuffer(part)) await sink.write(part);
      else for await (const chunk of createReadStream(part.file, { highWaterMark: 1 << 20 })) await sink.write(chunk as Buffer);
    }
    offset += header.length + entry.compressedSize;
  }
  const central = Buffer.concat(directory);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(central.length, 12);
  end.writeUInt32LE(offset, 16);
  await sink.write(Buffer.concat([central, end]));
}
