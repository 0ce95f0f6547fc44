import { Button, Group, Stack, Text } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';

/**
 * The inbox with nothing in it says what to do next: with filters, clear them; without, where
 * leads come from (a new lead by hand, a prospect list, a web form on the site).
 */
export function LeadsEmpty({
  filtered,
  manager,
  onClear,
  onNew,
}: {
  filtered: boolean;
  manager: boolean;
  onClear: () => void;
  onNew: () => void;
}) {
  const { t } = useTranslation();
  if (filtered) {
    return (
      <Stack gap="xs" align="flex-start">
        <Text c="dimmed">{t('leads.empty')}</Text>
        <Button variant="light" size="xs" onClick={onClear}>
          {t('leads.emptyClear')}
        </Button>
      </Stack>
    );
  }
  return (
    <Stack gap="xs" align="flex-start">
      <Text c="dimmed">{manager ? t('leads.none') : t('leads.noneMember')}</Text>
      <Group gap="xs">
        <Button variant="light" size="xs" onClick={onNew}>
          {t('leads.new')}
        </Button>
        {manager && (
          <>
            <Button component={Link} to="/leads/import" variant="default" size="xs">
              {t('leads.import.open')}
            </Button>
            <Button component={Link} to="/settings/forms" variant="default" size="xs">
              {t('leads.emptyForms')}
            </Button>
          </>
        )}
      </Group>
    </Stack>
  );
}
