// Orders as history: written directly (no checkout, no stock reservation), e.g. purchases the price-regret
// guard looks back on or orders for account pages. Tests of the checkout itself call placeOrder.
import type { Executor } from '@/db/client';
import { orderLines, orders } from '@/db/schema';
import { uniqueSuffix } from './unique';

export type OrderLineSpec = {
  variant: { id: string; sku: string };
  productName?: string;
  quantity?: number;
  unitAmount: number;
  vatRateBp?: number;
  locationId?: string | null;
};

export type MadeOrder = { id: string; number: number; totalAmount: number; lineIds: string[] };

export async function makeOrder(
  db: Executor,
  input: Omit<
    typeof orders.$inferInsert,
    'id' | 'number' | 'email' | 'currency' | 'pricesIncludeVat' | 'totalAmount'
  > & {
    email?: string;
    currency?: string;
    pricesIncludeVat?: boolean;
    /** Default: the sum of the lines. */
    totalAmount?: number;
    lines?: OrderLineSpec[];
  },
): Promise<MadeOrder> {
  const { lines = [], ...order } = input;
  const lineRows = lines.map((line) => {
    const quantity = line.quantity ?? 1;
    return {
      variantId: line.variant.id,
      sku: line.variant.sku,
      productName: line.productName ?? line.variant.sku,
      quantity,
      unitAmount: line.unitAmount,
      vatRateBp: line.vatRateBp ?? 1900,
      lineAmount: line.unitAmount * quantity,
      locationId: line.locationId ?? null,
    };
  });
  const [row] = await db
    .insert(orders)
    .values({
      ...order,
      email: order.email ?? `buyer-${uniqueSuffix()}@example.com`,
      currency: order.currency ?? 'EUR',
      pricesIncludeVat: order.pricesIncludeVat ?? true,
      totalAmount: order.totalAmount ?? lineRows.reduce((sum, l) => sum + l.lineAmount, 0),
    })
    .returning({ id: orders.id, number: orders.number, totalAmount: orders.totalAmount });
  const ids = lineRows.length
    ? await db
        .insert(orderLines)
        .values(lineRows.map((l) => ({ ...l, orderId: row!.id })))
        .returning({ id: orderLines.id })
    : [];
  return { ...row!, lineIds: ids.map((l) => l.id) };
}
