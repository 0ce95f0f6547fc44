import { Breadcrumbs, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../../kernel/web/components/anchor-link.tsx';

/** "Leads › <here>": the way back to the inbox from a page under it. */
export function LeadsCrumbs({ here }: { here: string }) {
  const { t } = useTranslation();
  return (
    <Breadcrumbs mb="xs">
      <AnchorLink to="/leads" size="sm">
        {t('leads.title')}
      </AnchorLink>
      <Text size="sm">{here}</Text>
    </Breadcrumbs>
  );
}
