import { Button, Group } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useProblemHandler } from '../../../../kernel/web/components/use-problem-handler.tsx';
import type { ExportFormat } from './reports-api.ts';

/** Export CSV / Export XLSX: the report as a file, for exactly the filters on screen. */
export function ExportButtons({
  download: downloadFile,
  disabled = false,
}: {
  download: (format: ExportFormat) => Promise<void>;
  disabled?: boolean;
}) {
  const { t } = useTranslation();
  const { notify } = useProblemHandler();
  const download = useMutation({
    mutationFn: downloadFile,
    onError: notify,
  });
  const button = (format: ExportFormat) => (
    <Button
      variant="default"
      size="sm"
      disabled={disabled || (download.isPending && download.variables !== format)}
      loading={download.isPending && download.variables === format}
      onClick={() => download.mutate(format)}
    >
      {t(`reports.export.${format}`)}
    </Button>
  );
  return (
    <Group gap="xs" wrap="nowrap">
      {button('csv')}
      {button('xlsx')}
    </Group>
  );
}
