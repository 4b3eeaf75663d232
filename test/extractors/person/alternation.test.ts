import { describe, expect, it } from 'vitest';
import { alternationByFirstCharacter } from '../../../src/lexicon/alternation.ts';
import { ROLES } from '../../../src/lexicon/people.ts';

const TEXT = '公司董事长助理李四、副董事长王五与首席执行官张三,董秘赵六及CEO Smith出席;总经理(代)钱七缺席。';

function matches(source: string, text: string): string[] {
  return [...text.matchAll(new RegExp(source, 'g'))].map((m) => `${m.index}:${m[0]}`);
}

describe('an alternation of words grouped by first character', () => {
  it('matches what the flat alternation matches, preferring the same word', () => {
    expect(matches(alternationByFirstCharacter(ROLES), TEXT)).toEqual(matches(ROLES.join('|'), TEXT));
    expect(matches(alternationByFirstCharacter(ROLES), TEXT)).toContain('2:董事长助理');
  });

  it('keeps the order of words that share a first character, and escapes them', () => {
    expect(alternationByFirstCharacter(['ab', 'a', 'b.c'])).toBe('a(?:b|)|b\\.c');
    expect(matches(alternationByFirstCharacter(['a', 'ab']), 'ab')).toEqual(['0:a']);
  });
});
