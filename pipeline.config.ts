import { defineConfig } from './src/config.ts';

export default defineConfig({
  input: 'input',
  output: 'output',
  concurrency: 4,
  referenceCurrency: 'CNY',
  // Rates used to put every amount in one currency. Edit asOf and the rates for your data;
  // these are approximate mid rates of the reference article's date.
  fx: {
    asOf: '2025-02-07',
    rates: { CNY: 1, USD: 7.29, HKD: 0.936, EUR: 7.55, GBP: 9.07, JPY: 0.0479, KRW: 0.00503, TWD: 0.222, RUB: 0.0745, INR: 0.0833 },
  },
  // Your own organizations, added to the built-in gazetteer: inline entries, or a JSON file of
  // them ('companies.json', relative to this file). kind: company, bank, broker, fund,
  // regulator, exchange, government, media or other.
  // gazetteer: [{ name: '宿州国厚', aliases: ['宿州国厚资产管理有限公司'], kind: 'fund' }],
});
