import { Button, Group, NumberInput, Select } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lamp, LampReading } from '../api/types.ts';
import { shiftWeek } from '../../../../kernel/web/lib/iso-week.ts';
import { useApiMutation } from '../../../../kernel/web/data/use-api-mutation.ts';
import { recordReading } from '../api/record-reading.ts';
import { readingWrite } from './map-writes.ts';

/** A manual lamp's value, entered by hand for the shown week or one of the weeks before it. */
export function ManualReading({
  lamp,
  week,
  reading,
}: {
  lamp: Lamp;
  week: string;
  reading: LampReading | undefined;
}) {
  const { t } = useTranslation();
  const [target, setTarget] = useState(week);
  const [value, setValue] = useState<number | string>(reading?.value ?? '');
  const save = useApiMutation({
    mutationFn: (input: { week: string; value: number | null }) =>
      recordReading(lamp.id, input.week, input.value),
    ...readingWrite,
    done: () => t('map.manual.saved', { name: lamp.name }),
  });
  const choices = Array.from({ length: 8 }, (_, i) => shiftWeek(week, -i));
  return (
    <Group gap="xs" align="flex-end" wrap="nowrap">
      <Select
        label={t('map.manual.week')}
        data={choices}
        value={target}
        onChange={(v) => setTarget(v ?? week)}
        allowDeselect={false}
        w={130}
        size="xs"
      />
      <NumberInput
        label={t('map.manual.value', { name: lamp.name })}
        value={value}
        onChange={setValue}
        decimalScale={2}
        size="xs"
        w={140}
      />
      <Button
        size="xs"
        loading={save.isPending}
        onClick={() =>
          save.mutate({ week: target, value: typeof value === 'number' ? value : null })
        }
      >
        {t('common.save')}
      </Button>
    </Group>
  );
}
