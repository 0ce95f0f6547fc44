import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { LeadStatus } from './api/types.ts';

const COLORS: Record<LeadStatus, string> = {
  new: 'blue',
  contacted: 'cyan',
  replied: 'teal',
  mql: 'grape',
  sql: 'violet',
  converted: 'green',
  disqualified: 'gray',
};

export function LeadStatusBadge({ status }: { status: LeadStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={COLORS[status]} variant="light" style={{ flexShrink: 0, maxWidth: 'none' }}>
      {t(`leads.status.${status}`)}
    </Badge>
  );
}
