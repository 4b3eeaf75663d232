import { parseNumeral } from '../../text/numerals.ts';

const ARABIC = /^\d{1,4}$/;

/**
 * The whole number a date part is written with: `28`, `二十八`, `两千零四`, and years written
 * digit by digit (`二〇二五`, `二○一九` → 2025, 2019), which read each character as one digit.
 */
export function dateNumber(text: string): number | undefined {
  // Most date parts are plain digits: skip the general (decimal-exact) reader for them.
  if (ARABIC.test(text)) return Number(text);
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
