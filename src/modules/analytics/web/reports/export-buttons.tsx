import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useApiMutation } from '../../../../kernel/web/data/use-api-mutation.ts';
import type { ExportFormat } from '../api/types.ts';

/** Export CSV / Export XLSX: the report as a file, for exactly the filters on screen. */
export function ExportButtons({
  download: downloadFile,
  disabled = false,
}: {
  download: (format: ExportFormat) => Promise<void>;
  disabled?: boolean;
}) {
  const { t } = useTranslation();
  // A download changes nothing: no cache to touch, a refusal is notified.
  const download = useApiMutation({ mutationFn: downloadFile });
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
