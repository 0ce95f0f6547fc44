/** The smallest 1, 2, 2.5 or 5 × 10ⁿ at or above the value, so a chart's axis ticks stay round. */
export function niceCeil(value: number): number {
  if (value <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  const step = [1, 2, 2.5, 5, 10].find((m) => m * power >= value * (1 - 1e-9)) ?? 10;
  return step * power;
}

/**
 * A value axis from 0 that holds the values and the threshold lines, in 4 or 5 round steps
 * (whole steps for counts).
 */
export function niceAxis(values: number[], whole: boolean): { max: number; interval: number } {
  const top = niceCeil(Math.max(0, ...values));
  const max = whole ? Math.max(top, 5) : top;
  const leading = max / 10 ** Math.floor(Math.log10(max));
  return { max, interval: max / (Math.round(leading) === 2 ? 4 : 5) };
}
