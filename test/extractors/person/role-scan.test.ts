import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { rolesBeforeNames } from '../../../src/extractors/person/role.ts';
import { alternationByFirstCharacter } from '../../../src/lexicon/alternation.ts';
import { ROLES } from '../../../src/lexicon/people.ts';

/** The pattern roles were found with: the reference the scan must equal. */
const ROLE_BEFORE_NAME = new RegExp(`(?:${alternationByFirstCharacter(ROLES)})(?=(?: |: ?)?[\\u4e00-\\u9fffA-Z])`, 'g');

const patternRoles = (scan: string) => [...scan.matchAll(ROLE_BEFORE_NAME)].map((m) => ({ start: m.index, end: m.index + m[0].length, role: m[0] }));

// Roles, their prefixes and suffixes (董事 in 董事长, 总经理 in 副总经理), names, and what may stand between.
const PIECES = [...ROLES.filter((_, i) => i % 3 === 0), '董事', '董事长', '副', '总', '经理', '首席', 'CE', 'CEO', '张三', '李', 'Rick', 'r', ':', ' ', ': ', '、', '，', '。', '1', '𠀀'];

describe('roles before names', () => {
  it('are what the role pattern finds', () => {
    expect(rolesBeforeNames('公司董事长助理李四、副董事长王五与CEO Smith;首席投资官: Rick')).toEqual(
      patternRoles('公司董事长助理李四、副董事长王五与CEO Smith;首席投资官: Rick'),
    );
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }), (pieces) => {
        const scan = pieces.join('');
        expect(rolesBeforeNames(scan)).toEqual(patternRoles(scan));
      }),
      { numRuns: 5000, seed: 3 },
    );
  });
});
