import { Box, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { LampStatus } from '../api/types.ts';

const COLOURS: Record<LampStatus, string> = {
  green: 'var(--mantine-color-green-6)',
  amber: 'var(--mantine-color-yellow-5)',
  red: 'var(--mantine-color-red-6)',
  grey: 'var(--mantine-color-gray-4)',
};

/**
 * A round control lamp in its colour, named for screen readers ("Red", "Czerwona" …). A grey
 * lamp of the week in progress has a value but no colour yet (ADR 033): it reads "In progress",
 * not "No data".
 */
export function LampLight({
  status,
  size = 14,
  label,
  partial = false,
}: {
  status: LampStatus;
  size?: number;
  label?: string;
  partial?: boolean;
}) {
  const { t } = useTranslation();
  const name = t(
    partial && status === 'grey' ? 'lamps.status.inProgress' : `lamps.status.${status}`,
  );
  return (
    <Tooltip label={label ? `${label}: ${name}` : name} withArrow>
      <Box
        role="img"
        aria-label={label ? `${label}: ${name}` : name}
        data-status={status}
        w={size}
        h={size}
        style={{
          borderRadius: '50%',
          background: COLOURS[status],
          boxShadow: status === 'grey' ? undefined : `0 0 ${size / 2}px ${COLOURS[status]}`,
          flexShrink: 0,
        }}
      />
    </Tooltip>
  );
}
