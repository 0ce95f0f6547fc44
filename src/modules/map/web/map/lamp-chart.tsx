import { Text } from '@mantine/core';
import { BarChart } from 'echarts/charts';
import { GridComponent, MarkLineComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { LampReading, LampStatus, Thresholds } from '../api/types.ts';
import { shortWeek } from '../../../../kernel/web/lib/iso-week.ts';

// Only the parts drawn here, so the map chunk carries a fraction of ECharts.
echarts.use([BarChart, GridComponent, TooltipComponent, MarkLineComponent, SVGRenderer]);

/** Mantine's green-6, yellow-5, red-6 and gray-4: the same colours as the lamp lights. */
const COLOURS: Record<LampStatus, string> = {
  green: '#40c057',
  amber: '#fcc419',
  red: '#fa5252',
  grey: '#ced4da',
};

/** A lamp's weekly history: one bar per week in its status colour, the live week pale with a dashed outline. */
export function LampChart({
  name,
  weeks,
  readings,
  format,
  thresholds,
}: {
  name: string;
  weeks: string[];
  readings: LampReading[];
  format: (value: number | null) => string;
  thresholds: Thresholds;
}) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  const byWeek = new Map(readings.map((r) => [r.week, r]));
  const partial = readings.some((r) => r.partial);

  useEffect(() => {
    if (!ref.current) return;
    const chart = echarts.init(ref.current, undefined, { renderer: 'svg' });
    const data = weeks.map((week) => {
      const r = byWeek.get(week);
      return {
        value: r?.value ?? 0,
        itemStyle: {
          color: COLOURS[r?.status ?? 'grey'],
          opacity: r?.partial ? 0.55 : 1,
          borderType: 'dashed' as const,
          borderColor: r?.partial ? '#495057' : 'transparent',
          borderWidth: r?.partial ? 2 : 0,
        },
      };
    });
    chart.setOption({
      animation: false,
      aria: { enabled: false },
      grid: { left: 8, right: 8, top: 12, bottom: 4, containLabel: true },
      tooltip: {
        trigger: 'axis',
        formatter: (params: unknown) => {
          const first = Array.isArray(params) ? (params[0] as { dataIndex: number }) : null;
          const week = first ? weeks[first.dataIndex] : undefined;
          const r = week ? byWeek.get(week) : undefined;
          if (!week) return '';
          const status = t(`lamps.status.${r?.status ?? 'grey'}`);
          return `${week}: ${format(r?.value ?? null)} (${status}${r?.partial ? `, ${t('map.partial')}` : ''})`;
        },
      },
      xAxis: {
        type: 'category',
        data: weeks.map(shortWeek),
        axisTick: { show: false },
        axisLabel: { fontSize: 10, color: '#868e96' },
      },
      yAxis: {
        type: 'value',
        splitNumber: 3,
        axisLabel: { fontSize: 10, color: '#868e96', formatter: (v: number) => format(v) },
      },
      series: [
        {
          type: 'bar',
          data,
          barMaxWidth: 22,
          markLine: {
            silent: true,
            symbol: 'none',
            label: { show: false },
            data: [
              { yAxis: thresholds.green, lineStyle: { color: COLOURS.green, type: 'dashed' } },
              { yAxis: thresholds.amber, lineStyle: { color: '#f59f00', type: 'dashed' } },
            ],
          },
        },
      ],
    });
    const resize = new ResizeObserver(() => chart.resize());
    resize.observe(ref.current);
    return () => {
      resize.disconnect();
      chart.dispose();
    };
    // byWeek and format are derived from these on each render.
  }, [weeks, readings, thresholds, t]);

  return (
    <div>
      <div
        ref={ref}
        role="img"
        aria-label={t('map.chart.label', { name, count: weeks.length })}
        style={{ height: 130, width: '100%' }}
      />
      {partial && (
        <Text size="10px" c="dimmed" ta="right">
          {t('map.chart.partialNote')}
        </Text>
      )}
    </div>
  );
}
