/**
 * An inline live quote, as finance sites print one beside a listed name: `申通快递(18.910,0.34,1.83%)`
 * is price, change and change in percent. These belong to the security, not to the article's
 * figures. Written for the scan text, where full-width brackets and commas are folded.
 */
export const LIVE_QUOTE_SOURCE = String.raw`\(\s*\d+(?:\.\d+)?\s*,\s*[-+]?\d+(?:\.\d+)?\s*,\s*[-+]?\d+(?:\.\d+)?\s*%\s*\)`;

const WHOLE = new RegExp(`^${LIVE_QUOTE_SOURCE}$`);

/** `(18.910,0.34,1.83%)`, brackets included, and nothing else. */
export function isLiveQuote(bracketed: string): boolean {
  return WHOLE.test(bracketed);
}
