// Reads of orders. Issue 5 (checkout) adds placing them; the price-regret guard reads recent purchases.
import { and, eq, gte, notInArray, sql } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { orderLines, orders } from '@/db/schema';
import { grossEquivalent } from '@/lib/domain/price-consistency';
import type { RecentPurchase } from '@/lib/domain/price-regret';

/**
 * Order lines in `currency` placed since `since` (cancelled and returned orders excluded), each with
 * its unit price as a gross amount and the price-protection credit already granted for it.
 */
export async function findRecentPurchases(db: Executor, since: Date, currency: string): Promise<RecentPurchase[]> {
  const rows = await db
    .select({
      orderId: orders.id,
      orderNumber: orders.number,
      orderLineId: orderLines.id,
      userId: orders.userId,
      email: orders.email,
      variantId: orderLines.variantId,
      sku: orderLines.sku,
      productName: orderLines.productName,
      quantity: orderLines.quantity,
      unitAmount: orderLines.unitAmount,
      vatRateBp: orderLines.vatRateBp,
      includesVat: orders.pricesIncludeVat,
      credited: sql<number>`coalesce((select sum(c.amount) from customer_credits c where c.order_line_id = ${orderLines.id} and c.reason = 'price_protection'), 0)::int`,
    })
    .from(orderLines)
    .innerJoin(orders, eq(orders.id, orderLines.orderId))
    .where(and(gte(orders.placedAt, since), eq(orders.currency, currency), notInArray(orders.status, ['cancelled', 'returned'])));
  return rows.map(({ unitAmount, vatRateBp, includesVat, ...row }) => ({ ...row, paidGross: grossEquivalent({ key: row.orderLineId, amount: unitAmount, includesVat, vatRateBp }) }));
}
