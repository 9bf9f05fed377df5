import type { Key, ReactNode } from 'react';
import { Table, TableEmptyRow, TBody, Td, Th, THead, Tr } from './table';

export type DataTableColumn<Row> = {
  key: string;
  header: ReactNode;
  cell: (row: Row) => ReactNode;
  numeric?: boolean;
  nowrap?: boolean;
  /** The cell names its row (a product's name): rendered as <th scope="row">. */
  rowHeader?: boolean;
};

/**
 * A table from a columns definition, for the many admin lists that are "one row per record": the
 * columns say what each cell shows, the Table parts do the markup. `empty` is shown in one row spanning
 * all columns when there are no rows. Use the Table parts directly for anything less regular.
 */
export function DataTable<Row>({
  caption,
  hideCaption,
  columns,
  rows,
  rowKey,
  empty,
  footer,
  stickyFirstColumn,
  alignTop,
  className,
}: {
  caption: ReactNode;
  hideCaption?: boolean;
  columns: ReadonlyArray<DataTableColumn<Row>>;
  rows: readonly Row[];
  rowKey: (row: Row) => Key;
  empty: ReactNode;
  footer?: ReactNode;
  stickyFirstColumn?: boolean;
  /** Cells align to the top (rows with multi-line cells). */
  alignTop?: boolean;
  className?: string;
}) {
  return (
    <Table
      caption={caption}
      hideCaption={hideCaption}
      stickyFirstColumn={stickyFirstColumn}
      footer={footer}
      className={className}
    >
      <THead>
        <tr>
          {columns.map((column) => (
            <Th key={column.key} numeric={column.numeric} nowrap={column.nowrap}>
              {column.header}
            </Th>
          ))}
        </tr>
      </THead>
      <TBody>
        {rows.length === 0 ? (
          <TableEmptyRow colSpan={columns.length}>{empty}</TableEmptyRow>
        ) : (
          rows.map((row) => (
            <Tr key={rowKey(row)} align={alignTop ? 'top' : undefined}>
              {columns.map((column) =>
                column.rowHeader ? (
                  <Th key={column.key} scope="row" numeric={column.numeric} nowrap={column.nowrap}>
                    {column.cell(row)}
                  </Th>
                ) : (
                  <Td key={column.key} numeric={column.numeric} nowrap={column.nowrap}>
                    {column.cell(row)}
                  </Td>
                ),
              )}
            </Tr>
          ))
        )}
      </TBody>
    </Table>
  );
}
