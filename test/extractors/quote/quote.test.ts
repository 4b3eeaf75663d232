import { describe, expect, it } from 'vitest';
import { processText } from '../../../src/engine/snippet.ts';

const quotes = (text: string) =>
  processText(text)
    .records.filter((r) => r.type === 'quote')
    .map((r) => [r.type === 'quote' && r.speaker, r.text]);

describe('quotations', () => {
  it('gives a pronoun speaker the person last named', () => {
    expect(quotes('在一家助贷平台做中层的孙丹（化名）最近准备跳槽。“行业人人自危。”她对《棱镜》表示。')).toEqual([['孙丹', '行业人人自危。']]);
  });

  it('finds the speaker closing the clause before the verb', () => {
    expect(quotes('跻身内地女首富的吴亚军，在前不久召开的中期业绩会上表示，“对一家上市公司来说，没有故事就是好故事”。')).toEqual([
      ['吴亚军', '对一家上市公司来说，没有故事就是好故事'],
    ]);
  });

  it('makes the speaker of a quotation a person', () => {
    const { records } = processText('“我们就像是一部提款机。”王振杰称，这场婚姻是骗局。');
    expect(records.filter((r) => r.type === 'person').map((r) => r.text)).toEqual(['王振杰']);
  });

  it('takes no quotation without a speaker', () => {
    expect(quotes('一名从业者感慨：“整顿还在继续，谁也不知道下一家又会是谁？”')).toEqual([]);
  });

  it('reads English attributions on either side', () => {
    expect(quotes('"The board supports the sale," said Marissa Mayer. Tim Armstrong said: "We will integrate Yahoo quickly."')).toEqual([
      ['Marissa Mayer', 'The board supports the sale,'],
      ['Tim Armstrong', 'We will integrate Yahoo quickly.'],
    ]);
  });
});
