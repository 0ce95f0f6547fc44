import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useApiMutation } from '../../../kernel/web/data/use-api-mutation.ts';
import { sessionKeys } from '../../../kernel/web/lib/keys.ts';
import { acceptInvitation } from './api/accept-invitation.ts';
import { declineInvitation } from './api/decline-invitation.ts';
import { invitationsQuery } from './api/invitations-query.ts';
import { invitationKeys } from './keys.ts';

/**
 * The signed-in person's pending invitations, above every page until answered. Accepting adds
 * the workspace to their list (switch to it from the user menu); declining only removes it here.
 */
export function InvitationsBanner() {
  const { t } = useTranslation();
  const invitations = useQuery(invitationsQuery);
  const accept = useApiMutation({
    mutationFn: acceptInvitation,
    invalidates: () => [invitationKeys.all, sessionKeys.me],
    done: (answered) => t('invitations.accepted', { workspace: answered.workspace.name }),
  });
  const decline = useApiMutation({
    mutationFn: declineInvitation,
    invalidates: () => [invitationKeys.all],
    done: (answered) => t('invitations.declined', { workspace: answered.workspace.name }),
  });
  const busy = accept.isPending || decline.isPending;
  if (!invitations.data?.length) return null;
  return (
    <Stack gap="xs" mb="md" data-testid="invitations">
      {invitations.data.map((invitation) => (
        <Alert key={invitation.id} color="indigo" title={t('invitations.title')}>
          <Group justify="space-between" wrap="wrap">
            <Text size="sm">
              {t('invitations.text', {
                name: invitation.invitedBy.name,
                workspace: invitation.workspace.name,
                role: t(`roles.${invitation.role}`),
              })}
            </Text>
            <Group gap="xs">
              <Button size="xs" onClick={() => accept.mutate(invitation.id)} disabled={busy}>
                {t('invitations.accept')}
              </Button>
              <Button
                size="xs"
                variant="default"
                onClick={() => decline.mutate(invitation.id)}
                disabled={busy}
              >
                {t('invitations.decline')}
              </Button>
            </Group>
          </Group>
        </Alert>
      ))}
    </Stack>
  );
}
