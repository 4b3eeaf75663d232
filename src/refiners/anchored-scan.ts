import { isHighSurrogate, isLowSurrogate } from '../text/code-units.ts';

/**
 * A pattern that opens with a look-behind (`(?<=^|[,，])name…涨3%`) cannot be searched for by
 * its first characters: the engine tries it at every position of the text. When every match
 * holds a short literal stretch (its anchor: 涨 or 跌 before a digit) and runs from its start to
 * that anchor within one run of word characters (Han, Latin letters, digits), the pattern only
 * needs trying at the positions of the runs that hold an anchor, up to the anchor.
 */

/** Han (BMP, and any surrogate, so astral Han stays inside a run), Latin letters and digits. */
function isRunUnit(code: number): boolean {
  return (
    (code >= 0x30 && code <= 0x39) ||
    (code >= 0x41 && code <= 0x5a) ||
    (code >= 0x61 && code <= 0x7a) ||
    (code >= 0x2e80 && code <= 0x9fff) ||
    (code >= 0xd800 && code <= 0xdfff) ||
    (code >= 0xf900 && code <= 0xfaff)
  );
}


const stickyCopies = new WeakMap<RegExp, RegExp>();

function stickyCopyOf(pattern: RegExp): RegExp {
  let sticky = stickyCopies.get(pattern);
  if (!sticky) stickyCopies.set(pattern, (sticky = new RegExp(pattern.source, pattern.flags.includes('y') ? pattern.flags : `${pattern.flags}y`)));
  return sticky;
}

/**
 * The non-empty matches `pattern` (global) would give over `text` in an exec loop, found by
 * trying it only around the matches of `anchor` (global): exactly the same matches, provided
 * every match of `pattern` holds a match of `anchor` and only run characters (see `isRunUnit`)
 * lie between its start and that anchor.
 */
export function anchoredMatches(text: string, pattern: RegExp, anchor: RegExp): RegExpExecArray[] {
  const sticky = stickyCopyOf(pattern);
  const unicode = pattern.unicode || pattern.flags.includes('v');
  const matches: RegExpExecArray[] = [];
  // Every position before `from` was tried already, or lies before the end of the last match.
  let from = 0;
  anchor.lastIndex = 0;
  for (let found = anchor.exec(text); found; found = anchor.exec(text)) {
    const at = found.index;
    // A match may start anywhere in the anchor's run, up to the anchor.
    let candidate = at;
    while (candidate > from && isRunUnit(text.charCodeAt(candidate - 1))) candidate--;
    for (candidate = Math.max(candidate, from); candidate <= at; candidate++) {
      // A unicode pattern never starts inside a surrogate pair.
      if (unicode && isLowSurrogate(text.charCodeAt(candidate)) && isHighSurrogate(text.charCodeAt(candidate - 1))) continue;
      sticky.lastIndex = candidate;
      const match = sticky.exec(text);
      if (!match || match[0].length === 0) continue;
      matches.push(match);
      from = candidate + match[0].length;
      candidate = from - 1;
    }
    from = Math.max(from, at + 1);
    // Anchors overlap (涨涨3%): each position an anchor starts at is looked at.
    anchor.lastIndex = from;
  }
  return matches;
}
