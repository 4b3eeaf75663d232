const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A regex alternation of literal words, grouped by first character: `董事长|董秘|总裁` becomes
 * `董(?:事长|秘)|总裁`. It matches exactly what the flat alternation matches, preferring the same
 * word (only words that begin with the character at hand can match there, and they keep their
 * order), but the engine tests one character per group instead of every word at every position.
 */
export function alternationByFirstCharacter(words: readonly string[]): string {
  const groups = new Map<string, string[]>();
  for (const word of words) {
    if (word.length === 0) throw new Error('an alternation of words holds no empty word');
    const first = word[0]!;
    groups.set(first, [...(groups.get(first) ?? []), word.slice(1)]);
  }
  return [...groups]
    .map(([first, rests]) => (rests.length === 1 ? escape(first + rests[0]) : `${escape(first)}(?:${rests.map(escape).join('|')})`))
    .join('|');
}
