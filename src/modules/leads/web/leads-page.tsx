import { Button, Checkbox, Loader, Table, Text } from '@mantine/core';
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../../kernel/web/components/anchor-link.tsx';
import { ListFooter } from '../../../kernel/web/components/list-footer.tsx';
import { PageHeader } from '../../../kernel/web/components/page-header.tsx';
import { formatDateTime } from '../../../kernel/web/lib/format.ts';
import { useMe } from '../../../kernel/web/lib/session.ts';
import { BulkAssign } from './bulk-assign.tsx';
import { LeadFiltersBar } from './lead-filters.tsx';
import { LeadLoadPanel } from './lead-load-panel.tsx';
import { sourceText } from '../../../kernel/web/lib/source-text.ts';
import { LeadStatusBadge } from './lead-status-badge.tsx';
import { leadListQuery } from './api/lead-list-query.ts';
import type { LeadFilters } from './lead-filters-search.ts';
import { isOpen } from './lead-status.ts';
import { NewLeadModal } from './new-lead-modal.tsx';
import { LeadsEmpty } from './leads-empty.tsx';
import { allUsersQuery } from '../../identity/web/index.ts';

const route = getRouteApi('/app/leads');

/** The leads inbox: filters in the URL, bulk assignment, and the team's load for managers. */
export function LeadsPage() {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const filters = route.useSearch();
  const navigate = route.useNavigate();
  const list = useInfiniteQuery(leadListQuery(filters));
  const users = useQuery(allUsersQuery);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [creating, setCreating] = useState(false);
  const leads = list.data?.pages.flatMap((p) => p.items) ?? [];
  // Managers import, watch the load and hand leads over in bulk (docs/permissions.md).
  const manager = me.user.role !== 'member';
  const nameOf = (id: string | null) => users.data?.find((u) => u.id === id)?.name;
  const setFilters = (next: LeadFilters) => {
    setSelected(new Set());
    void navigate({ search: next });
  };
  const selectable = leads.filter((l) => isOpen(l.status));
  const chosen = selectable.filter((l) => selected.has(l.id));
  const toggle = (id: string, on: boolean) =>
    setSelected((prev) => {
      const next = new Set(prev);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });

  return (
    <>
      <PageHeader title={t('leads.title')}>
        {manager && (
          <Button variant="default" onClick={() => void navigate({ to: '/leads/import' })}>
            {t('leads.import.open')}
          </Button>
        )}
        <Button onClick={() => setCreating(true)}>{t('leads.new')}</Button>
      </PageHeader>
      {manager && (
        <LeadLoadPanel onShowQueue={() => setFilters({ status: 'open', unassigned: true })} />
      )}
      <LeadFiltersBar filters={filters} onChange={setFilters} />
      {manager && chosen.length > 0 && (
        <BulkAssign leads={chosen} onDone={() => setSelected(new Set())} />
      )}
      {list.isPending ? (
        <Loader size="sm" />
      ) : list.isError ? (
        <Text c="red">{t('errors.loadFailed')}</Text>
      ) : leads.length === 0 ? (
        <LeadsEmpty
          filtered={Object.keys(filters).length > 0}
          manager={manager}
          onClear={() => setFilters({})}
          onNew={() => setCreating(true)}
        />
      ) : (
        <>
          <Table.ScrollContainer minWidth={860}>
            <Table striped highlightOnHover verticalSpacing="xs" aria-label={t('leads.title')}>
              <Table.Thead>
                <Table.Tr>
                  {manager && (
                    <Table.Th w={40}>
                      <Checkbox
                        aria-label={t('leads.selectAll')}
                        checked={chosen.length > 0 && chosen.length === selectable.length}
                        indeterminate={chosen.length > 0 && chosen.length < selectable.length}
                        onChange={(e) =>
                          setSelected(
                            e.currentTarget.checked
                              ? new Set(selectable.map((l) => l.id))
                              : new Set(),
                          )
                        }
                      />
                    </Table.Th>
                  )}
                  <Table.Th>{t('fields.personName')}</Table.Th>
                  <Table.Th>{t('fields.company')}</Table.Th>
                  <Table.Th>{t('leads.fields.status')}</Table.Th>
                  <Table.Th>{t('leads.fields.source')}</Table.Th>
                  <Table.Th>{t('leads.fields.owner')}</Table.Th>
                  <Table.Th>{t('fields.createdAt')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {leads.map((lead) => (
                  <Table.Tr key={lead.id}>
                    {manager && (
                      <Table.Td>
                        <Checkbox
                          aria-label={t('leads.select', { name: lead.name })}
                          disabled={!isOpen(lead.status)}
                          checked={selected.has(lead.id)}
                          onChange={(e) => toggle(lead.id, e.currentTarget.checked)}
                        />
                      </Table.Td>
                    )}
                    <Table.Td>
                      <AnchorLink to="/leads/$leadId" params={{ leadId: lead.id }}>
                        {lead.name}
                      </AnchorLink>
                    </Table.Td>
                    <Table.Td>{lead.companyName}</Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      <LeadStatusBadge status={lead.status} />
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{sourceText(lead.source, t)}</Text>
                    </Table.Td>
                    <Table.Td>
                      {lead.ownerId ? (
                        nameOf(lead.ownerId)
                      ) : (
                        <Text size="sm" c="orange.8" fw={500}>
                          {t('leads.unassigned')}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      {formatDateTime(lead.createdAt, i18n.language, me.workspace.timezone)}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <ListFooter
            countKey="leads.count"
            count={leads.length}
            hasMore={list.hasNextPage}
            loadingMore={list.isFetchingNextPage}
            onLoadMore={() => void list.fetchNextPage()}
          />
        </>
      )}
      {creating && <NewLeadModal onClose={() => setCreating(false)} />}
    </>
  );
}
