import { ActionIcon, Button, Group, Input, NumberInput, Select, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CURRENCIES } from './setup-options.ts';

export interface RateRow {
  currency: string;
  rate: number | '';
}

interface Props {
  base: string;
  rows: RateRow[];
  onChange: (rows: RateRow[]) => void;
  error?: string | undefined;
}

/** One row per foreign currency: how many units of the base currency one unit is worth. */
export function ExchangeRatesField({ base, rows, onChange, error }: Props) {
  const { t } = useTranslation();
  const taken = new Set(rows.map((r) => r.currency));
  const free = CURRENCIES.filter((c) => c !== base && !taken.has(c));
  const set = (index: number, row: Partial<RateRow>) =>
    onChange(rows.map((r, i) => (i === index ? { ...r, ...row } : r)));

  return (
    <Input.Wrapper
      label={t('workspaceSettings.rates.label')}
      description={t('workspaceSettings.rates.hint', { base })}
      error={error}
    >
      <Stack gap="xs" mt="xs">
        {rows.map((row, index) => (
          <Group key={row.currency} gap="xs" wrap="nowrap" align="flex-end">
            <Select
              label={t('workspaceSettings.rates.currency')}
              data={[row.currency, ...free]}
              value={row.currency}
              onChange={(currency) => currency && set(index, { currency })}
              allowDeselect={false}
              w={120}
            />
            <NumberInput
              label={t('workspaceSettings.rates.rate', { currency: row.currency, base })}
              value={row.rate}
              onChange={(rate) => set(index, { rate: typeof rate === 'number' ? rate : '' })}
              min={0}
              decimalScale={6}
              w={220}
            />
            <ActionIcon
              variant="subtle"
              color="red"
              size="lg"
              aria-label={t('workspaceSettings.rates.remove', { currency: row.currency })}
              onClick={() => onChange(rows.filter((_, i) => i !== index))}
            >
              ×
            </ActionIcon>
          </Group>
        ))}
        {free.length > 0 ? (
          <Group>
            <Button
              variant="light"
              size="xs"
              onClick={() => onChange([...rows, { currency: free[0]!, rate: '' }])}
            >
              {t('workspaceSettings.rates.add')}
            </Button>
          </Group>
        ) : null}
      </Stack>
    </Input.Wrapper>
  );
}
