/** How many answers a remembered function keeps before its memory starts over. */
const MAX_REMEMBERED = 20_000;

/**
 * `compute`, remembering its answer per name: organization names and the words before suffixes
 * come back article after article, and each answer costs several patterns. The memory is bounded:
 * it starts over once full.
 */
export function remembered<T>(compute: (name: string) => T): (name: string) => T {
  const answers = new Map<string, T>();
  return (name) => {
    let answer = answers.get(name);
    if (answer === undefined && !answers.has(name)) {
      answer = compute(name);
      if (answers.size >= MAX_REMEMBERED) answers.clear();
      answers.set(name, answer);
    }
    return answer as T;
  };
}
