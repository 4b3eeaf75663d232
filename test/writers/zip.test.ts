import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { crc32Combine } from '../../src/writers/zip.ts';

describe('crc32Combine', () => {
  it('gives the CRC-32 of two pieces one after the other, as report.xlsx joins a sheet head to its rows', () => {
    const pieces: Array<[string, string]> = [
      ['<worksheet><sheetData>', '<row r="1"/></sheetData></worksheet>'],
      ['', '浪潮信息'],
      ['浪潮信息', ''],
      ['a'.repeat(70_000), '市值蒸发'.repeat(300_001)],
    ];
    for (const [head, rows] of pieces) {
      expect(crc32Combine(zlib.crc32(head), zlib.crc32(rows), Buffer.byteLength(rows))).toBe(zlib.crc32(head + rows));
    }
  });
});
