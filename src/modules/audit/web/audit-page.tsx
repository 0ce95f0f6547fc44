import { Loader, Table, Text } from '@mantine/core';
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ListFooter } from '../../../kernel/web/components/list-footer.tsx';
import { PageState } from '../../../kernel/web/components/page-state.tsx';
import { formatDateTime } from '../../../kernel/web/lib/format.ts';
import { useMe } from '../../../kernel/web/lib/session.ts';
import { allUsersQuery } from '../../identity/web/index.ts';
import { auditLogQuery } from './api/audit-log-query.ts';
import type { AuditFilters } from './api/types.ts';
import { AuditFilterBar } from './audit-filters.tsx';
import { actionWords, detailWords, subjectWords } from './audit-words.ts';

/**
 * The workspace's audit log (admins; the server answers 403 to others): who did what, to what,
 * when and from which address, newest first, narrowed by action, person and period.
 */
export function AuditPage() {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const [filters, setFilters] = useState<AuditFilters>({});
  const reversed = Boolean(filters.from && filters.to && filters.from > filters.to);
  const list = useInfiniteQuery({ ...auditLogQuery(filters), enabled: !reversed });
  const people = useQuery(allUsersQuery);
  const names = new Map((people.data ?? []).map((user) => [user.id, user.name]));
  const entries = list.data?.pages.flatMap((page) => page.items) ?? [];
  const filtered = Object.values(filters).some((value) => value !== undefined);

  return (
    <>
      <Text c="dimmed" size="sm" mb="md">
        {t('audit.intro')}
      </Text>
      <AuditFilterBar filters={filters} onChange={setFilters} />
      {list.isError ? (
        <PageState error={list.error} />
      ) : list.isPending && !reversed ? (
        <Loader size="sm" />
      ) : entries.length === 0 ? (
        <Text c="dimmed">{filtered ? t('audit.noMatch') : t('audit.empty')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={760}>
          <Table striped verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('audit.columns.time')}</Table.Th>
                <Table.Th>{t('audit.columns.person')}</Table.Th>
                <Table.Th>{t('audit.columns.action')}</Table.Th>
                <Table.Th>{t('audit.columns.subject')}</Table.Th>
                <Table.Th>{t('audit.columns.address')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {entries.map((entry) => (
                <Table.Tr key={entry.id}>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    {formatDateTime(entry.at, i18n.language, me.workspace.timezone)}
                  </Table.Td>
                  <Table.Td>
                    {entry.actorId === null
                      ? t('audit.nobody')
                      : (names.get(entry.actorId) ?? t('audit.formerMember'))}
                  </Table.Td>
                  <Table.Td>
                    {actionWords(t, entry.action)}
                    {detailWords(t, entry) && (
                      <Text size="xs" c="dimmed">
                        {detailWords(t, entry)}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    {entry.subject && (
                      <>
                        <Text size="xs" c="dimmed">
                          {t(`audit.subjects.${entry.subject.kind}`)}
                        </Text>
                        {subjectWords(t, entry.subject)}
                      </>
                    )}
                  </Table.Td>
                  <Table.Td>{entry.ip ?? '—'}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {entries.length > 0 && (
        <ListFooter
          countKey="audit.count"
          count={entries.length}
          hasMore={list.hasNextPage}
          loadingMore={list.isFetchingNextPage}
          onLoadMore={() => void list.fetchNextPage()}
        />
      )}
    </>
  );
}
