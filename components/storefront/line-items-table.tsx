// The lines of an order, a quote or a quote's cart: product (with SKU), quantity, unit price, line total,
// and total rows below. One table, so all three read alike.
import type { ReactNode } from 'react';
import { Table, TBody, Td, TFoot, Th, THead, Tr } from '@/components/ui/table';

export type LineItemRow = { key: string; name: string; sku: string; quantity: number; unit: string; total: string };
export type LineItemTotal = { label: ReactNode; value: string; testId?: string };

export function LineItemsTable({
  caption,
  headings,
  rows,
  totals,
}: {
  caption: string;
  /** Product, quantity, unit price, line total. */
  headings: [string, string, string, string];
  rows: LineItemRow[];
  totals: LineItemTotal[];
}) {
  const [product, quantity, unit, total] = headings;
  return (
    <Table caption={caption} hideCaption>
      <THead>
        <tr>
          <Th>{product}</Th>
          <Th numeric>{quantity}</Th>
          <Th numeric>{unit}</Th>
          <Th numeric>{total}</Th>
        </tr>
      </THead>
      <TBody>
        {rows.map((row) => (
          <Tr key={row.key}>
            <Th scope="row">
              {row.name}
              <span className="block text-xs font-normal text-gray-600">{row.sku}</span>
            </Th>
            <Td numeric>{row.quantity}</Td>
            <Td numeric nowrap>
              {row.unit}
            </Td>
            <Td numeric nowrap>
              {row.total}
            </Td>
          </Tr>
        ))}
      </TBody>
      <TFoot>
        {totals.map((line, i) => (
          <tr key={i}>
            <Th scope="row" colSpan={3} numeric>
              {line.label}
            </Th>
            <Td numeric nowrap data-testid={line.testId}>
              {line.value}
            </Td>
          </tr>
        ))}
      </TFoot>
    </Table>
  );
}
