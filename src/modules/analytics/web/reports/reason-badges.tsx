import { Badge, Group } from '@mantine/core';
import type { ReportColumn } from './report-table.tsx';

/** A reason behind lost deals, as its badge says it ("Price: 3"). */
export interface ReasonBadge {
  reasonId: string | null;
  text: string;
  growing?: boolean;
}

/** The reasons behind a row of lost deals as badges ("Price: 3"), a growing one in red. */
export function ReasonBadges({ reasons }: { reasons: ReasonBadge[] }) {
  return (
    <Group gap={6}>
      {reasons.map((r) => (
        <Badge
          key={r.reasonId ?? 'none'}
          variant="light"
          color={r.growing ? 'red' : 'gray'}
          tt="none"
        >
          {r.text}
        </Badge>
      ))}
    </Group>
  );
}

/** A report table's column of the reasons behind each row. */
export function reasonsColumn<Row>(
  title: string,
  reasons: (row: Row) => ReasonBadge[],
): ReportColumn<Row> {
  return { title, value: (row) => <ReasonBadges reasons={reasons(row)} />, align: 'left' };
}
