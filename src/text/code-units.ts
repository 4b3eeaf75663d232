/**
 * Character tests by code unit, for scans that walk a text one position at a time: reading a
 * table costs less than a regex test or a one-character string per position.
 */

/** A table marking (with 1) the code units of the given BMP characters; every other unit reads 0. */
export function codeUnitSet(characters: Iterable<string>): Uint8Array {
  const set = new Uint8Array(0x10000);
  for (const character of characters) set[character.charCodeAt(0)] = 1;
  return set;
}

export const isAsciiDigit = (code: number): boolean => code >= 0x30 && code <= 0x39;
export const isAsciiUpper = (code: number): boolean => code >= 0x41 && code <= 0x5a;
export const isAsciiLower = (code: number): boolean => code >= 0x61 && code <= 0x7a;
export const isHighSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;
export const isLowSurrogate = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff;

/** What `\w` matches in a regular expression without the u flag: an ASCII letter or digit, or `_`. */
export const isAsciiWordUnit = (code: number): boolean => isAsciiLower(code) || isAsciiUpper(code) || isAsciiDigit(code) || code === 0x5f;

/**
 * Sets of small integers (code units, slots of unit pairs) as one bit each, for filters a scan
 * reads at every position: 8 KB hold every code unit, and most tests touch one cached word.
 */
export const bitSet = (size: number): Int32Array => new Int32Array(Math.ceil(size / 32));
export const hasBit = (bits: Int32Array, index: number): boolean => (bits[index >>> 5]! & (1 << (index & 31))) !== 0;
export function setBit(bits: Int32Array, index: number): void {
  bits[index >>> 5]! |= 1 << (index & 31);
}
export function clearBit(bits: Int32Array, index: number): void {
  bits[index >>> 5]! &= ~(1 << (index & 31));
}
