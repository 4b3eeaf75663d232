import { bitSet, clearBit, hasBit, setBit } from '../text/code-units.ts';

/**
 * Where a text's names occur. An indexOf loop reads the whole text once per name; here the
 * positions of every character the expected names open with are gathered at once, and a name is
 * then tried only at the positions of its first character.
 */

/**
 * Which code units a pass gathers, a bit each: set and cleared within one pass, so all 0 between
 * passes. 8 KB stay in the nearest cache while the text is read; a byte each (64 KB) did not.
 */
const gathered = bitSet(0x10000);

/** Up to this many codes, each is searched for on its own: past it, one pass over the text costs less. */
const FEW_CODES = 8;

export class NameOccurrences {
  /** The positions of each code unit gathered so far, in text order. */
  private readonly positions = new Map<number, number[]>();

  /** `expected`: the names most likely to be looked up, gathered at once. */
  constructor(
    private readonly text: string,
    expected: Iterable<string>,
  ) {
    this.gather(expected);
  }

  /**
   * The positions of the first characters of the names not gathered yet: a few characters each
   * by indexOf (which finds one unit at the speed of memchr), more in one pass over the text.
   */
  private gather(names: Iterable<string>): void {
    const codes: number[] = [];
    for (const name of names) {
      if (name.length === 0) continue;
      const code = name.charCodeAt(0);
      if (this.positions.has(code)) continue;
      this.positions.set(code, []);
      codes.push(code);
    }
    const { text } = this;
    if (codes.length <= FEW_CODES) {
      for (const code of codes) {
        const unit = String.fromCharCode(code);
        const positions = this.positions.get(code)!;
        for (let at = text.indexOf(unit); at >= 0; at = text.indexOf(unit, at + 1)) positions.push(at);
      }
      return;
    }
    for (const code of codes) setBit(gathered, code);
    for (let at = 0; at < text.length; at++) {
      const code = text.charCodeAt(at);
      if (hasBit(gathered, code)) this.positions.get(code)!.push(at);
    }
    for (const code of codes) clearBit(gathered, code);
  }

  /**
   * Where the (non-empty) name occurs, each occurrence looked for from the end of the one before:
   * what an indexOf loop stepping past each occurrence gives.
   */
  of(name: string): number[] {
    this.gather([name]);
    const found: number[] = [];
    let from = 0;
    for (const at of this.positions.get(name.charCodeAt(0)) ?? []) {
      if (at < from || !this.text.startsWith(name, at)) continue;
      found.push(at);
      from = at + name.length;
    }
    return found;
  }
}
