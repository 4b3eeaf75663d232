/** Chinese scale words after an Arabic amount that another form introduced (US$5亿, $3千万). */
export const ZH_SCALE_SOURCE = '万亿|千万|百万|亿|万|千';

const ZH_SCALES: Record<string, string> = { 万亿: '1e12', 千万: '1e7', 百万: '1e6', 亿: '1e8', 万: '1e4', 千: '1e3' };

export function zhScaleFactor(word: string): string {
  return ZH_SCALES[word] ?? '1';
}
