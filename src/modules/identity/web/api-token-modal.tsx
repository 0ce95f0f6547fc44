import { Alert, Button, Code, CopyButton, Group, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { forgetToken, useOneTimeToken } from '../../../kernel/web/lib/one-time-token.ts';

/** Shows the API token created at setup exactly once, with a copy button. */
export function ApiTokenModal() {
  const { t } = useTranslation();
  const token = useOneTimeToken();
  return (
    <Modal
      opened={token !== null}
      onClose={forgetToken}
      title={t('token.title')}
      size="lg"
      centered
    >
      <Stack>
        <Text size="sm">{t('token.intro')}</Text>
        <Code
          block
          style={{ wordBreak: 'break-all', whiteSpace: 'pre-wrap' }}
          aria-label={t('token.label')}
        >
          {token}
        </Code>
        <Alert color="yellow" variant="light">
          {t('token.onlyOnce')}
        </Alert>
        <Group justify="flex-end">
          <CopyButton value={token ?? ''}>
            {({ copied, copy }) => (
              <Button variant="light" color={copied ? 'teal' : undefined} onClick={copy}>
                {copied ? t('token.copied') : t('token.copy')}
              </Button>
            )}
          </CopyButton>
          <Button onClick={forgetToken}>{t('token.done')}</Button>
        </Group>
      </Stack>
    </Modal>
  );
}
