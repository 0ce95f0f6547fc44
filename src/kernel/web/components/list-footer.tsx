import { Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LoadMore } from './load-more.tsx';

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
      <LoadMore
        query={{ hasNextPage: hasMore, isFetchingNextPage: loadingMore, fetchNextPage: onLoadMore }}
      />
    </Group>
  );
}
