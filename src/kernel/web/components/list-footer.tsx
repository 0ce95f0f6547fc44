import { Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface Props {
  /** Translation key of a plural "{{count}} things shown" message. */
  countKey: string;
  count: number;
  hasMore: boolean;
  loadingMore: boolean;
  onLoadMore: () => void;
}

/** "N shown" and a "load more" button under a cursor-paginated list. */
export function ListFooter({ countKey, count, hasMore, loadingMore, onLoadMore }: Props) {
  const { t } = useTranslation();
  return (
    <Group justify="space-between" mt="sm">
      <Text size="sm" c="dimmed">
        {t(countKey, { count })}
      </Text>
      {hasMore && (
        <Button variant="light" onClick={onLoadMore} loading={loadingMore}>
          {t('common.loadMore')}
        </Button>
      )}
    </Group>
  );
}
