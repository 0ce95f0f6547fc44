import { Breadcrumbs, Button, Text } from '@mantine/core';
import type { LinkProps } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from './anchor-link.tsx';
import { PageHeader } from './page-header.tsx';

/** A record page's top: a breadcrumb back to its list, its name, and "edit". */
export function RecordHeader({
  listTo,
  listTitle,
  name,
  onEdit,
}: {
  listTo: LinkProps['to'];
  listTitle: string;
  name: string;
  onEdit: () => void;
}) {
  const { t } = useTranslation();
  return (
    <>
      <Breadcrumbs mb="xs">
        <AnchorLink to={listTo} size="sm">
          {listTitle}
        </AnchorLink>
        <Text size="sm">{name}</Text>
      </Breadcrumbs>
      <PageHeader title={name}>
        <Button variant="default" onClick={onEdit}>
          {t('common.edit')}
        </Button>
      </PageHeader>
    </>
  );
}
