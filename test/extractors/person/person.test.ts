import { describe, expect, it } from 'vitest';
import { processText } from '../../../src/engine/snippet.ts';

const persons = (text: string) => processText(text).records.filter((r) => r.type === 'person').map((r) => r.text);

describe('people, precision first', () => {
  it('takes no person from a place or a company name after a party role', () => {
    expect(persons('3、融入方安徽盛运环保(集团)股份有限公司(以下简称盛运环保)以金洲慈航股票为质押物。')).toEqual([]);
    expect(persons('4、融入方金龙控股集团股份有限公司以金龙机电股票为质押物。')).toEqual([]);
  });

  it('takes no person from common words after a title', () => {
    expect(persons('董事会秘书于近日辞职,总经理级干部另行安排。分析师表示,银行长期贷款增速放缓。')).toEqual([]);
  });

  it('does not read a thing named after a person as a person', () => {
    expect(persons('芯片采用了非冯·诺依曼架构。')).toEqual([]);
  });

  it('finds every later mention of a person under one name', () => {
    const { records } = processText('OpenAI创始成员安德烈·卡帕西(Andrej Karpathy)发文。卡帕西认为,成本会继续下降。');
    const karpathy = records.filter((r) => r.type === 'person');
    expect(karpathy.map((r) => [r.text, r.type === 'person' && r.name])).toEqual([
      ['安德烈·卡帕西', '安德烈·卡帕西'],
      ['Andrej Karpathy', '安德烈·卡帕西'],
      ['卡帕西', '安德烈·卡帕西'],
    ]);
  });
});
