import { isAscii, isUtf8, transcode } from 'node:buffer';
import iconv from 'iconv-lite';
import { codeUnitSet } from '../text/code-units.ts';

/** How the bytes of an input were turned into text, and why that encoding was chosen. */
export interface Decoded {
  text: string;
  /** Canonical name: `utf-8`, `utf-16le`, `utf-16be`, `gb18030`, `big5` or another iconv-lite name. */
  encoding: string;
  reason: 'bom' | 'override' | 'valid-utf8' | 'declared' | 'guessed';
  /** Set when the text is not trustworthy (many U+FFFD or control characters). */
  problem?: string;
}

export interface DecodeOptions {
  /** Encoding forced by the configuration for this input. */
  override?: string;
  /** Look for `<meta charset>` / `http-equiv` declarations (HTML and XML inputs). */
  sniffDeclared?: boolean;
}

const UTF8_BOM = [0xef, 0xbb, 0xbf];
const UTF16LE_BOM = [0xff, 0xfe];
const UTF16BE_BOM = [0xfe, 0xff];

/**
 * Labels pages and configs use, mapped to the decoder that reads them correctly: GB2312 and
 * GBK are subsets of GB18030, and Big5 pages in the wild use the Windows (cp950) extensions.
 */
const LABELS: Record<string, string> = {
  'utf-8': 'utf-8',
  utf8: 'utf-8',
  'utf-16': 'utf-16le',
  'utf-16le': 'utf-16le',
  'utf-16be': 'utf-16be',
  gb2312: 'gb18030',
  gbk: 'gb18030',
  'x-gbk': 'gb18030',
  cp936: 'gb18030',
  gb18030: 'gb18030',
  big5: 'big5',
  'big5-hkscs': 'big5',
  cp950: 'big5',
};

/** The canonical decoder name for a charset label, or undefined when iconv-lite has none. */
export function canonicalEncoding(label: string): string | undefined {
  const key = label.trim().toLowerCase();
  const known = LABELS[key];
  if (known) return known;
  return iconv.encodingExists(key) ? key : undefined;
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

// Declarations sit in the first few kilobytes; the pattern reads the bytes as Latin-1 so no
// multi-byte decoding happens before the encoding is known.
const DECLARED_CHARSET = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)|<\?xml[^>]+encoding\s*=\s*["']([\w-]+)/i;

/** The charset an HTML or XML document declares in its head, if any. */
export function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 8192)).toString('latin1');
  const match = DECLARED_CHARSET.exec(head);
  return match?.[1] ?? match?.[2];
}

const REPLACEMENT_OR_CONTROL = /[\uFFFD\u0000-\u0008\u000E-\u001F\u007F]/g;

/** A decoded text is untrustworthy when over 1% of it is U+FFFD or control characters. */
export function decodingProblem(text: string): string | undefined {
  const bad = text.match(REPLACEMENT_OR_CONTROL)?.length ?? 0;
  if (bad === 0) return undefined;
  const share = bad / Math.max(text.length, 1);
  if (bad >= 8 && share > 0.01) {
    return `${bad} of ${text.length} characters are U+FFFD or control characters (${(share * 100).toFixed(1)}%)`;
  }
  return undefined;
}

// The most frequent characters of running Chinese text in each script. Text decoded with the
// wrong double-byte table is made of rare characters, so the share of these tells GB18030 and
// Big5 apart, and both apart from bytes that are no Chinese at all.
const FREQUENT_SIMPLIFIED = codeUnitSet('的一是不了在人有我他这中大来上国个到说们为子和你地出道也时年得就那要下以生会自着去之过家学对可里后么能多然于心都发成公司元业市场经亿万月日股资金行');
const FREQUENT_TRADITIONAL = codeUnitSet('的一是不了在人有我他這中大來上國個到說們為子和你地出道也時年得就那要下以生會自著去之過家學對可裡後麼能多然於心都發成公司元業市場經億萬月日股資金行');

function frequentShare(text: string, frequent: Uint8Array): number {
  let han = 0;
  let hits = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x3400 || code > 0x9fff) continue;
    han++;
    if (frequent[code] === 1) hits++;
  }
  return han === 0 ? 0 : hits / han;
}

/**
 * Valid UTF-8 as text. ASCII is read byte for byte; the rest is transcoded to UTF-16 natively and
 * read as that, several times faster than V8's own UTF-8 decoder on Chinese text, to the same string.
 */
function decodeValidUtf8(buffer: Buffer): string {
  if (isAscii(buffer)) return buffer.toString('latin1');
  return transcode(buffer, 'utf8', 'utf16le').toString('utf16le');
}

function asBuffer(bytes: Uint8Array): Buffer {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
}

function decodeWith(bytes: Uint8Array, encoding: string): string {
  const buffer = asBuffer(bytes);
  // Invalid UTF-8 is left to V8's decoder, whose replacement characters are the ones users see.
  if (encoding === 'utf-8') return isUtf8(buffer) ? decodeValidUtf8(buffer) : buffer.toString('utf8');
  return iconv.decode(buffer, encoding);
}

function finish(text: string, encoding: string, reason: Decoded['reason']): Decoded {
  const problem = decodingProblem(text);
  return problem ? { text, encoding, reason, problem } : { text, encoding, reason };
}

/**
 * Decides the encoding from the bytes and decodes once: configured override, then BOM, then
 * valid UTF-8 (pages that declare gb2312 are often UTF-8), then the declared charset, then a
 * guess between GB18030 and Big5 by how Chinese the result reads.
 */
export function decodeBytes(bytes: Uint8Array, options: DecodeOptions = {}): Decoded {
  if (options.override) {
    const encoding = canonicalEncoding(options.override) ?? 'utf-8';
    return finish(stripBom(decodeWith(bytes, encoding)), encoding, 'override');
  }
  if (startsWith(bytes, UTF8_BOM)) return finish(decodeWith(bytes.subarray(3), 'utf-8'), 'utf-8', 'bom');
  if (startsWith(bytes, UTF16LE_BOM)) return finish(decodeWith(bytes.subarray(2), 'utf-16le'), 'utf-16le', 'bom');
  if (startsWith(bytes, UTF16BE_BOM)) return finish(decodeWith(bytes.subarray(2), 'utf-16be'), 'utf-16be', 'bom');
  const utf16 = utf16WithoutBom(bytes);
  if (utf16) return finish(decodeWith(bytes, utf16), utf16, 'guessed');
  if (isUtf8(bytes)) return finish(decodeValidUtf8(asBuffer(bytes)), 'utf-8', 'valid-utf8');
  // Not UTF-8: the declaration and the guess.
  const declared = options.sniffDeclared ? declaredCharset(bytes) : undefined;
  const declaredEncoding = declared ? canonicalEncoding(declared) : undefined;
  if (declaredEncoding && declaredEncoding !== 'utf-8') {
    const asDeclared = finish(decodeWith(bytes, declaredEncoding), declaredEncoding, 'declared');
    if (!CHINESE_DOUBLE_BYTE.has(declaredEncoding)) return asDeclared;
    // Pages declare gb2312 over Big5 bytes and the reverse; the reading that is Chinese wins.
    const guessed = guessChinese(bytes);
    return guessed.encoding === declaredEncoding || guessed.problem ? asDeclared : guessed;
  }
  return guessChinese(bytes);
}

const CHINESE_DOUBLE_BYTE = new Set(['gb18030', 'big5']);

/**
 * UTF-16 saved without a byte-order mark: NUL bytes (the high half of ASCII characters) only
 * ever at odd offsets (little-endian) or only at even ones (big-endian).
 */
export function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const probe = Math.min(bytes.length, 8192) & ~1;
  // Most inputs have no NUL byte at all: one native search says so without counting.
  if (!bytes.subarray(0, probe).includes(0)) return undefined;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < probe; i++) {
    if (bytes[i] === 0) {
      if (i % 2 === 0) even++;
      else odd++;
    }
  }
  // Enough ASCII for the pattern to mean something: a tenth of the characters.
  if (odd > probe / 20 && even === 0) return 'utf-16le';
  if (even > probe / 20 && odd === 0) return 'utf-16be';
  return undefined;
}

function guessChinese(bytes: Uint8Array): Decoded {
  let high = 0;
  for (const byte of bytes) if (byte >= 0x80) high++;
  // A few stray high bytes in ASCII text are Western single-byte text, not Chinese.
  if (high < bytes.length * 0.02) return finish(decodeWith(bytes, 'windows-1252'), 'windows-1252', 'guessed');
  const gb = decodeWith(bytes, 'gb18030');
  const big5 = decodeWith(bytes, 'big5');
  const gbScore = frequentShare(gb, FREQUENT_SIMPLIFIED) + frequentShare(gb, FREQUENT_TRADITIONAL);
  const big5Score = frequentShare(big5, FREQUENT_TRADITIONAL) + frequentShare(big5, FREQUENT_SIMPLIFIED);
  const [text, encoding, score] = big5Score > gbScore ? [big5, 'big5', big5Score] : [gb, 'gb18030', gbScore];
  const decoded = finish(text, encoding, 'guessed');
  if (decoded.problem) return decoded;
  // Real Chinese prose has well over 10% of its characters among the most frequent ones;
  // arbitrary bytes read as GB18030 land on rare characters.
  if (score < 0.08) {
    return { ...decoded, problem: `the bytes are neither UTF-8 nor readable as GB18030 or Big5 (${(score * 100).toFixed(1)}% common characters)` };
  }
  return decoded;
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
