import { parseNumeral } from '../../text/numerals.ts';
import { isAsciiDigit } from '../../text/code-units.ts';

/** The number the ASCII digits from `start` to `end` of `text` spell, or -1 where a unit is missing or no such digit. */
export function asciiDigits(text: string, start: number, end: number): number {
  let value = 0;
  for (let at = start; at < end; at++) {
    const code = text.charCodeAt(at);
    if (!isAsciiDigit(code)) return -1;
    value = value * 10 + code - 0x30;
  }
  return value;
}

/**
 * The whole number a date part is written with: `28`, `二十八`, `两千零四`, and years written
 * digit by digit (`二〇二五`, `二○一九` → 2025, 2019), which read each character as one digit.
 */
export function dateNumber(text: string): number | undefined {
  // Most date parts are one to four plain digits: skip the general (decimal-exact) reader for them.
  const digits = text.length > 0 && text.length <= 4 ? asciiDigits(text, 0, text.length) : -1;
  if (digits >= 0) return digits;
  const whole = parseNumeral(text);
  if (whole) return Number.isInteger(whole.value) && whole.value >= 0 ? whole.value : undefined;
  if (text.length < 2) return undefined;
  let value = 0;
  for (const ch of text.replace(/○/g, '〇')) {
    const digit = parseNumeral(ch)?.value;
    if (digit === undefined || !Number.isInteger(digit) || digit < 0 || digit > 9) return undefined;
    value = value * 10 + digit;
  }
  return value;
}
