/** How many answers a remembered function keeps, by default, before its memory starts over. */
const MAX_REMEMBERED = 20_000;

/**
 * `compute`, remembering its answer per text: names, the words before suffixes and date texts come
 * back article after article, and each answer costs several patterns. The memory is bounded: it
 * starts over once it holds `limit` answers.
 */
export function remembered<T>(compute: (text: string) => T, limit = MAX_REMEMBERED): (text: string) => T {
  const answers = new Map<string, T>();
  return (text) => {
    let answer = answers.get(text);
    if (answer === undefined && !answers.has(text)) {
      answer = compute(text);
      if (answers.size >= limit) answers.clear();
      answers.set(text, answer);
    }
    return answer as T;
  };
}
