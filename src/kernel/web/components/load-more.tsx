import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** What a "load more" button needs of a cursor-paged (infinite) query. */
export interface PagedQuery {
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  fetchNextPage: () => unknown;
}

/** "Load more" under a cursor-paged list or timeline; nothing once the last page is in. */
export function LoadMore({ query, label }: { query: PagedQuery; label?: string }) {
  const { t } = useTranslation();
  if (!query.hasNextPage) return null;
  return (
    <Button
      variant="light"
      loading={query.isFetchingNextPage}
      onClick={() => void query.fetchNextPage()}
    >
      {label ?? t('common.loadMore')}
    </Button>
  );
}

/** The button centred under a timeline. */
export function LoadMoreCentred(props: { query: PagedQuery; label?: string }) {
  if (!props.query.hasNextPage) return null;
  return (
    <Group justify="center" mt="md">
      <LoadMore {...props} />
    </Group>
  );
}
