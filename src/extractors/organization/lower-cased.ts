import { remembered } from '../../text/remembered.ts';

/** A character whose lower case is itself: ASCII but A-Z, and CJK punctuation, kana and ideographs. */
const isCaseless = (code: number) => code < 0x41 || (code > 0x5a && code < 0x80) || (code >= 0x3000 && code <= 0x9fff);

/** Names with cased letters come back article after article (the gazetteer's English aliases): each lower-cased once. */
const toLowerCase = remembered((name) => name.toLowerCase());

/**
 * The name in lower case, as `toLowerCase` gives it: most names have no cased letter and are
 * their own, where `toLowerCase` on Chinese text costs a call into the runtime.
 */
export function lowerCased(name: string): string {
  for (let i = 0; i < name.length; i++) if (!isCaseless(name.charCodeAt(i))) return toLowerCase(name);
  return name;
}
