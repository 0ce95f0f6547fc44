import { Box, useMantineTheme } from '@mantine/core';
import { LineChart, type LineSeriesOption } from 'echarts/charts';
import {
  GridComponent,
  type GridComponentOption,
  MarkLineComponent,
  type MarkLineComponentOption,
  TooltipComponent,
  type TooltipComponentOption,
} from 'echarts/components';
import { type ComposeOption, init, use } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { formatLampValue, type LampUnit } from './lamp-value.ts';
import type { LampReading, LampStatus, Thresholds } from '../api/types.ts';
import { niceAxis } from './dashboard-axis.ts';
import { weekNumber } from '../../../../kernel/web/lib/iso-week.ts';

// Only the line chart and what it needs: the whole ECharts bundle is several times the size.
use([LineChart, GridComponent, TooltipComponent, MarkLineComponent, SVGRenderer]);

type Option = ComposeOption<
  LineSeriesOption | GridComponentOption | TooltipComponentOption | MarkLineComponentOption
>;

interface ChartProps {
  readings: LampReading[];
  unit: LampUnit;
  currency: string;
  /** Large: axes, threshold lines and a tooltip (the drilldown); otherwise a bare sparkline. */
  large?: boolean;
  thresholds?: Thresholds;
  label: string;
}

/** A lamp's weekly values as a line whose points take the lamp's colour that week. */
export function LampChart({
  readings,
  unit,
  currency,
  large = false,
  thresholds,
  label,
}: ChartProps) {
  const ref = useRef<HTMLDivElement>(null);
  const theme = useMantineTheme();
  const { t, i18n } = useTranslation();
  const locale = i18n.language;

  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const chart = init(element, undefined, { renderer: 'svg' });
    const observer = new ResizeObserver(() => chart.resize());
    observer.observe(element);
    const colours: Record<LampStatus, string> = {
      green: theme.colors.green[6],
      amber: theme.colors.yellow[5],
      red: theme.colors.red[6],
      grey: theme.colors.gray[4],
    };
    const format = (value: number | null) => formatLampValue(value, unit, locale, currency);
    const weekName = (week: string) => t('dashboard.weekShort', { number: weekNumber(week) });

    const option: Option = {
      animation: false,
      grid: large
        ? { left: 8, right: 16, top: 16, bottom: 8, containLabel: true }
        : { left: 4, right: 4, top: 4, bottom: 4 },
      xAxis: {
        type: 'category',
        show: large,
        data: readings.map((r) => weekName(r.week)),
        axisTick: { show: false },
        axisLabel: { color: theme.colors.gray[6], fontSize: 11 },
        axisLine: { lineStyle: { color: theme.colors.gray[3] } },
      },
      yAxis: {
        type: 'value',
        show: large,
        // The threshold lines stay in view even when the values are far below them.
        ...niceAxis(
          [
            ...readings.flatMap((r) => (r.value === null ? [] : [r.value])),
            ...(thresholds ? [thresholds.green, thresholds.amber] : []),
          ],
          unit === 'count',
        ),
        axisLabel: {
          color: theme.colors.gray[6],
          fontSize: 11,
          formatter: (value: number) => format(value),
        },
        splitLine: { lineStyle: { color: theme.colors.gray[2] } },
      },
      tooltip: large
        ? {
            trigger: 'axis',
            formatter: (params) => {
              const point = Array.isArray(params) ? params[0] : params;
              const reading = readings[point?.dataIndex ?? -1];
              if (!reading) return '';
              return `${weekName(reading.week)}: <b>${format(reading.value)}</b> · ${t(`lamps.status.${reading.status}`)}`;
            },
          }
        : { show: false },
      series: [
        {
          type: 'line',
          silent: !large,
          connectNulls: false,
          symbol: 'circle',
          symbolSize: large ? 9 : 5,
          showAllSymbol: true,
          lineStyle: { color: theme.colors.gray[5], width: large ? 2 : 1.5 },
          data: readings.map((r) => ({
            value: r.value,
            itemStyle: { color: colours[r.status], borderColor: colours[r.status] },
          })),
          markLine:
            large && thresholds
              ? {
                  silent: true,
                  symbol: 'none',
                  label: {
                    position: 'insideEndTop',
                    fontSize: 11,
                    formatter: (p) => format(Number(p.value)),
                  },
                  data: [
                    {
                      yAxis: thresholds.green,
                      lineStyle: { color: colours.green, type: 'dashed' },
                    },
                    {
                      yAxis: thresholds.amber,
                      lineStyle: { color: colours.amber, type: 'dashed' },
                    },
                  ],
                }
              : undefined,
        },
      ],
    };
    chart.setOption(option);
    return () => {
      observer.disconnect();
      chart.dispose();
    };
  }, [readings, unit, currency, large, thresholds, locale, theme, t]);

  return (
    <Box
      ref={ref}
      role={large ? 'img' : undefined}
      aria-label={large ? label : undefined}
      aria-hidden={large ? undefined : true}
      h={large ? 220 : 36}
      w="100%"
    />
  );
}
