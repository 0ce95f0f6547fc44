import { Box } from '@mantine/core';
import {
  BarChart,
  type BarSeriesOption,
  FunnelChart,
  type FunnelSeriesOption,
  LineChart,
  type LineSeriesOption,
  PieChart,
  type PieSeriesOption,
} from 'echarts/charts';
import {
  GridComponent,
  type GridComponentOption,
  LegendComponent,
  type LegendComponentOption,
  TooltipComponent,
  type TooltipComponentOption,
} from 'echarts/components';
import { type ComposeOption, init, use } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';

// Only the charts the reports draw: they load with the reports' routes, never with the board.
use([
  BarChart,
  FunnelChart,
  LineChart,
  PieChart,
  GridComponent,
  LegendComponent,
  TooltipComponent,
  SVGRenderer,
]);

export type ReportChartOption = ComposeOption<
  | BarSeriesOption
  | FunnelSeriesOption
  | LineSeriesOption
  | PieSeriesOption
  | GridComponentOption
  | LegendComponentOption
  | TooltipComponentOption
>;

/** Mantine's palette steps the charts use, so charts match the rest of the page. */
export const CHART_COLOURS = {
  primary: '#4c6ef5',
  pale: '#bac8ff',
  highlight: '#fa5252',
  won: '#40c057',
  lost: '#fa5252',
  text: '#495057',
  muted: '#868e96',
  grid: '#e9ecef',
  series: ['#4c6ef5', '#15aabf', '#fab005', '#40c057', '#be4bdb', '#fd7e14', '#82c91e', '#e64980'],
  /** A funnel's steps: the series without its greens, which belong to the won step alone. */
  steps: ['#4c6ef5', '#15aabf', '#fab005', '#be4bdb', '#fd7e14', '#e64980'],
};

/**
 * One ECharts chart (SVG) sized to its box. `label` names it for screen readers and tests; the
 * numbers it draws are always also in a table beside it.
 */
export function ReportChart({
  option,
  label,
  height = 300,
}: {
  option: ReportChartOption;
  label: string;
  height?: number;
}) {
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const chart = init(element, undefined, { renderer: 'svg' });
    chart.setOption({ animation: false, ...option });
    const observer = new ResizeObserver(() => chart.resize());
    observer.observe(element);
    return () => {
      observer.disconnect();
      chart.dispose();
    };
  }, [option]);

  return <Box ref={ref} role="img" aria-label={label} h={height} w="100%" />;
}
