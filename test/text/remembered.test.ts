import { describe, expect, it } from 'vitest';
import { remembered } from '../../src/text/remembered.ts';

describe('remembered answers', () => {
  it('computes an answer once per name, falsy answers included', () => {
    const asked: string[] = [];
    const long = remembered((name) => {
      asked.push(name);
      return name.length > 3;
    });
    expect([long('华融信托'), long('中弘'), long('华融信托'), long('中弘')]).toEqual([true, false, true, false]);
    expect(asked).toEqual(['华融信托', '中弘']);
  });
});
