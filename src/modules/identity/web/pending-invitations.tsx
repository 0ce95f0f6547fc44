import { Badge, Button, Table, Title } from '@mantine/core';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useApiMutation } from '../../../kernel/web/data/use-api-mutation.ts';
import { formatDate } from '../../../kernel/web/lib/format.ts';
import { useMe } from '../../../kernel/web/lib/session.ts';
import { withdrawInvitation } from './api/withdraw-invitation.ts';
import { workspaceInvitationsQuery } from './api/workspace-invitations-query.ts';
import { workspaceInvitationKeys } from './keys.ts';

/**
 * The workspace's invitations waiting for an answer (admins): the e-mail typed and the role
 * offered — the invited person is not one of the workspace's people until they accept.
 */
export function PendingInvitations() {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const list = useInfiniteQuery(workspaceInvitationsQuery);
  const withdraw = useApiMutation({
    mutationFn: (id: string) => withdrawInvitation(id),
    invalidates: () => [workspaceInvitationKeys.lists],
    done: (withdrawn) => t('users.invitationWithdrawn', { email: withdrawn.email }),
  });
  const invitations = list.data?.pages.flatMap((page) => page.items) ?? [];
  if (invitations.length === 0) return null;
  return (
    <>
      <Title order={4} mt="xl" mb="xs">
        {t('users.pendingTitle')}
      </Title>
      <Table.ScrollContainer minWidth={480}>
        <Table verticalSpacing="xs" data-testid="pending-invitations">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('fields.email')}</Table.Th>
              <Table.Th>{t('users.role')}</Table.Th>
              <Table.Th>{t('users.sentAt')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {invitations.map((invitation) => (
              <Table.Tr key={invitation.id}>
                <Table.Td>{invitation.email}</Table.Td>
                <Table.Td>
                  <Badge variant="light" size="sm">
                    {t(`roles.${invitation.role}`)}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  {formatDate(invitation.createdAt, i18n.language, me.workspace.timezone)}
                </Table.Td>
                <Table.Td ta="right">
                  <Button
                    variant="subtle"
                    color="red"
                    size="xs"
                    loading={withdraw.isPending && withdraw.variables === invitation.id}
                    aria-label={t('users.withdrawInvitation', { email: invitation.email })}
                    onClick={() => withdraw.mutate(invitation.id)}
                  >
                    {t('users.withdraw')}
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </>
  );
}
