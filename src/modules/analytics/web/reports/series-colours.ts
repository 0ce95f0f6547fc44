import { CHART_COLOURS } from './report-chart.tsx';

/**
 * One colour per series, all different however many there are. ECharts cycles through its
 * palette, so the forecast's ninth owner took the first owner's blue and two people read as one.
 * The house palette comes first; beyond it, hues step by the golden angle (each new hue lands in
 * the widest gap left) at two lightnesses, so neighbours stay apart. `base` is the palette to
 * start from (a funnel's steps leave out the won step's green).
 */
export function seriesColours(count: number, base: string[] = CHART_COLOURS.series): string[] {
  return Array.from({ length: count }, (_, i) => {
    if (i < base.length) return base[i]!;
    const k = i - base.length;
    const hue = Math.round((k * 137.508 + 20) % 360);
    const lightness = k % 2 === 0 ? 42 : 58;
    return `hsl(${hue}, 65%, ${lightness}%)`;
  });
}
