import { Badge, Button, Group, Loader, Table } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ListFooter } from '../../../kernel/web/components/list-footer.tsx';
import { PageHeader } from '../../../kernel/web/components/page-header.tsx';
import { PageState } from '../../../kernel/web/components/page-state.tsx';
import { useMe } from '../../../kernel/web/lib/session.ts';
import { PendingInvitations } from './pending-invitations.tsx';
import { UserFormModal } from './user-form-modal.tsx';
import { userListQuery } from './api/user-list-query.ts';

/**
 * The workspace's users (admins only: the server answers 403 to others), then the invitations
 * still waiting for an answer, apart: an invited person is not a member until they accept.
 */
export function UsersPage() {
  const { t } = useTranslation();
  const me = useMe();
  const [creating, { open, close }] = useDisclosure();
  const list = useInfiniteQuery(userListQuery);
  const users = list.data?.pages.flatMap((page) => page.items) ?? [];

  if (list.isError) return <PageState error={list.error} />;
  return (
    <>
      <PageHeader title={t('users.title')}>
        {me.user.role === 'admin' && <Button onClick={open}>{t('users.new')}</Button>}
      </PageHeader>
      {list.isPending ? (
        <Loader size="sm" />
      ) : (
        <Table.ScrollContainer minWidth={640}>
          <Table striped verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('fields.personName')}</Table.Th>
                <Table.Th>{t('fields.email')}</Table.Th>
                <Table.Th>{t('users.role')}</Table.Th>
                <Table.Th>{t('users.salesRoles')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {users.map((user) => (
                <Table.Tr key={user.id}>
                  <Table.Td>
                    {user.name}{' '}
                    {!user.active && (
                      <Badge color="gray" size="xs">
                        {t('users.inactive')}
                      </Badge>
                    )}
                  </Table.Td>
                  <Table.Td>{user.email}</Table.Td>
                  <Table.Td>{t(`roles.${user.role}`)}</Table.Td>
                  <Table.Td>
                    <Group gap={4}>
                      {user.salesRoles.map((role) => (
                        <Badge key={role} variant="light" size="sm">
                          {t(`salesRoles.${role}`, { defaultValue: role })}
                        </Badge>
                      ))}
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {users.length > 0 && (
        <ListFooter
          countKey="users.count"
          count={users.length}
          hasMore={list.hasNextPage}
          loadingMore={list.isFetchingNextPage}
          onLoadMore={() => void list.fetchNextPage()}
        />
      )}
      {me.user.role === 'admin' && <PendingInvitations />}
      <UserFormModal opened={creating} onClose={close} />
    </>
  );
}
