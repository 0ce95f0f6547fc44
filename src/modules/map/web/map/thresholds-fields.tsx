import { DIRECTIONS } from '../../../../contract/map.ts';
import { NumberInput, Select, SimpleGrid } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Thresholds } from '../api/types.ts';
import type { LampUnit } from '../lamps/lamp-value.ts';

/** Direction and the green/amber bounds, in the metric's raw unit (fraction, seconds, money). */
export function ThresholdsFields({
  value,
  unit,
  onChange,
}: {
  value: Thresholds;
  unit: LampUnit;
  onChange: (value: Thresholds) => void;
}) {
  const { t } = useTranslation();
  const hint =
    unit === 'fraction' || unit === 'duration' ? t(`map.thresholds.unit.${unit}`) : undefined;
  return (
    <SimpleGrid cols={{ base: 1, sm: 3 }}>
      <Select
        label={t('map.thresholds.direction')}
        data={DIRECTIONS.map((d) => ({
          value: d,
          label: t(`map.thresholds.${d}`),
        }))}
        value={value.direction}
        onChange={(d) => d && onChange({ ...value, direction: d as Thresholds['direction'] })}
        allowDeselect={false}
      />
      <NumberInput
        label={t('map.thresholds.green')}
        description={hint}
        value={value.green}
        onChange={(v) => onChange({ ...value, green: typeof v === 'number' ? v : 0 })}
        decimalScale={4}
      />
      <NumberInput
        label={t('map.thresholds.amber')}
        description={hint}
        value={value.amber}
        onChange={(v) => onChange({ ...value, amber: typeof v === 'number' ? v : 0 })}
        decimalScale={4}
      />
    </SimpleGrid>
  );
}
