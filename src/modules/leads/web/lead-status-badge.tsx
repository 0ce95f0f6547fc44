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
    // Never cut: a table column shrinks a badge to its ellipsis unless the badge claims its text's
    // width ("SKONWERTOWA…" in Polish).
    <Badge
      color={COLORS[status]}
      variant="light"
      style={{ flexShrink: 0, maxWidth: 'none', minWidth: 'max-content' }}
    >
      {t(`leads.status.${status}`)}
    </Badge>
  );
}
