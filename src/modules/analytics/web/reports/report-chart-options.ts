import { CHART_COLOURS, type ReportChartOption } from './report-chart.tsx';
import type { ReportFormat } from './use-report-format.ts';
import { seriesColours } from './series-colours.ts';
import { formatMonth } from '../../../../kernel/web/lib/format.ts';
import { regionalLocale } from '../../../../kernel/web/lib/format-region.ts';

// The pieces the reports' charts share, so every chart reads alike: axes, grid, tooltip, funnel.

/** Room around a chart's plot, its axis labels inside; `top` leaves room for a legend. */
export const chartGrid = (top: number, right = 16) => ({
  left: 8,
  right,
  top,
  bottom: 8,
  containLabel: true,
});

/**
 * An axis of names (stages, months, sources) in the text colour. Every name is drawn
 * (`interval: 0`): ECharts would otherwise leave out names that do not fit, silently, so the
 * reports make them fit instead (a width to wrap within, months in short).
 */
export function categoryAxis(
  labels: string[],
  label: {
    width?: number;
    overflow?: 'break';
    formatter?: (value: string, index: number) => string;
  } = {},
) {
  return {
    type: 'category' as const,
    data: labels,
    // A line height of its own: without one, ECharts draws a wrapped name's lines over each other.
    axisLabel: { color: CHART_COLOURS.text, interval: 0, lineHeight: 16, ...label },
  };
}

/**
 * An axis of months (`YYYY-MM`; null: `none`): the tooltip names a month in full ("Jan 2026"),
 * the axis by its short name with the year under the first month and each January, so a year
 * of months fits half a page in any language.
 */
export function monthAxis(months: (string | null)[], locale: string, none = '') {
  const region = regionalLocale(locale);
  const short = new Intl.DateTimeFormat(region, { month: 'short', timeZone: 'UTC' });
  const parts = months.map((m) => (m === null ? null : m.split('-').map(Number)));
  const labels = parts.map((p, i) => {
    if (!p) return none;
    const [year, month] = p as [number, number];
    const name = short.format(new Date(Date.UTC(year, month - 1, 1)));
    return i === 0 || month === 1 ? `${name}\n${year}` : name;
  });
  return categoryAxis(
    months.map((m) => (m === null ? none : formatMonth(m, locale))),
    { formatter: (_value, index) => labels[index] ?? '' },
  );
}

/** An axis of figures: muted labels (formatted when given), pale grid lines. */
export function valueAxis({
  format,
  minInterval,
}: { format?: (value: number) => string; minInterval?: number } = {}) {
  return {
    type: 'value' as const,
    ...(minInterval === undefined ? {} : { minInterval }),
    axisLabel: { color: CHART_COLOURS.muted, ...(format ? { formatter: format } : {}) },
    splitLine: { lineStyle: { color: CHART_COLOURS.grid } },
  };
}

/** The tooltip of a chart over an axis: every series at the point, formatted. */
export function axisTooltip(format: (value: unknown) => string, shadow = false) {
  return {
    trigger: 'axis' as const,
    ...(shadow ? { axisPointer: { type: 'shadow' as const } } : {}),
    valueFormatter: format,
  };
}

/** A funnel, widest on top, its steps' names and counts to its right. */
export function funnelChart(
  steps: { name: string; value: number; itemStyle?: { color: string } }[],
  widest: number,
  f: ReportFormat,
): ReportChartOption {
  const text = (p: unknown) => {
    const point = p as { name: string; value: number };
    return { name: point.name, value: f.number(point.value) };
  };
  return {
    tooltip: {
      trigger: 'item',
      formatter: (p: unknown) => `${text(p).name}: <b>${text(p).value}</b>`,
    },
    series: [
      {
        type: 'funnel',
        sort: 'none',
        left: '2%',
        width: '58%',
        top: 8,
        bottom: 8,
        minSize: '8%',
        max: Math.max(widest, 1),
        gap: 2,
        // One colour per step however many stages a pipeline has (ECharts would cycle the six).
        color: seriesColours(steps.length, CHART_COLOURS.steps),
        label: {
          position: 'right',
          color: CHART_COLOURS.text,
          formatter: (p: unknown) => `${text(p).name}: ${text(p).value}`,
        },
        labelLine: { show: true },
        data: steps,
      },
    ],
  };
}
