import { Table } from '@mantine/core';
import type { ReactNode } from 'react';

const NOWRAP = { whiteSpace: 'nowrap' } as const;

/** One column of a report table after the first: its heading and each row's cell. */
export interface ReportColumn<Row> {
  title: ReactNode;
  value: (row: Row) => ReactNode;
  /** Figures are right-aligned; a column of words (reasons, badges) reads from the left. */
  align?: 'right' | 'left';
  /** The heading on one line (a long one would wrap beside short figures). */
  nowrap?: boolean;
}

interface ReportTableProps<Row> {
  /** The table's accessible name. */
  label: string;
  /** The first column: each row's name, a row header (`nowrap`: each name on one line). */
  head: { title: ReactNode; value: (row: Row) => ReactNode; nowrap?: boolean };
  columns: ReportColumn<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  /** A row to set apart (a bottleneck): its colour, and its name in bold. */
  marked?: (row: Row) => string | undefined;
  /** The totals under the rows, under a title of their own. */
  total?: { title: ReactNode; row: Row };
  /** Scrolls sideways below this width rather than squeezing the figures. */
  minWidth?: number;
}

/**
 * A report's table: a row header naming each row, then its figures, striped, in the same form
 * on every report (tests and screen readers find rows by their headers).
 */
export function ReportTable<Row>({
  label,
  head,
  columns,
  rows,
  rowKey,
  marked,
  total,
  minWidth,
}: ReportTableProps<Row>) {
  const cells = (row: Row) =>
    columns.map((column, i) => (
      <Table.Td key={i} ta={column.align === 'left' ? undefined : 'right'}>
        {column.value(row)}
      </Table.Td>
    ));
  const table = (
    <Table striped verticalSpacing="xs" aria-label={label}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{head.title}</Table.Th>
          {columns.map((column, i) => (
            <Table.Th
              key={i}
              ta={column.align === 'left' ? undefined : 'right'}
              style={column.nowrap ? NOWRAP : undefined}
            >
              {column.title}
            </Table.Th>
          ))}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((row) => {
          const colour = marked?.(row);
          return (
            <Table.Tr key={rowKey(row)} c={colour}>
              <Table.Th
                scope="row"
                fw={colour ? 700 : 500}
                style={head.nowrap ? NOWRAP : undefined}
              >
                {head.value(row)}
              </Table.Th>
              {cells(row)}
            </Table.Tr>
          );
        })}
      </Table.Tbody>
      {total && (
        <Table.Tfoot>
          <Table.Tr fw={700}>
            <Table.Th scope="row">{total.title}</Table.Th>
            {cells(total.row)}
          </Table.Tr>
        </Table.Tfoot>
      )}
    </Table>
  );
  return minWidth ? (
    <Table.ScrollContainer minWidth={minWidth}>{table}</Table.ScrollContainer>
  ) : (
    table
  );
}
