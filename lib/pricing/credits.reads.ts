import 'server-only';
import { and, count, desc, eq, ilike, sql, sum } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { customerCredits, orderLines, orders, priceLists, users } from '@/db/schema';
import { requirePermission, type Actor } from '@/lib/platform/auth/permissions.rules';
import { BASE_CURRENCY, type Money } from '@/lib/platform/money.rules';
import { unauthenticated } from '@/lib/platform/errors';

export type CreditEntry = {
  id: string;
  createdAt: Date;
  amount: Money;
  productName: string | null;
  sku: string | null;
  orderNumber: number | null;
};

const entryColumns = {
  id: customerCredits.id,
  createdAt: customerCredits.createdAt,
  amount: customerCredits.amount,
  currency: customerCredits.currency,
  productName: orderLines.productName,
  sku: orderLines.sku,
  orderNumber: orders.number,
};

const toEntry = ({
  amount,
  currency,
  ...row
}: { amount: number; currency: string } & Omit<CreditEntry, 'amount'>): CreditEntry => ({
  ...row,
  amount: { amount, currency },
});

/** The signed-in customer's own credit balance and latest entries. */
export async function findOwnCredits(
  db: Executor,
  actor: Actor | null,
  limit = 50,
): Promise<{ balance: Money; entries: CreditEntry[] }> {
  if (!actor) throw unauthenticated();
  const [rows, [total]] = await Promise.all([
    db
      .select(entryColumns)
      .from(customerCredits)
      .leftJoin(orderLines, eq(orderLines.id, customerCredits.orderLineId))
      .leftJoin(orders, eq(orders.id, customerCredits.orderId))
      .where(eq(customerCredits.userId, actor.userId))
      .orderBy(desc(customerCredits.createdAt))
      .limit(limit),
    db
      .select({ amount: sql<number>`coalesce(${sum(customerCredits.amount)}, 0)::int` })
      .from(customerCredits)
      .where(and(eq(customerCredits.userId, actor.userId), eq(customerCredits.currency, BASE_CURRENCY))),
  ]);
  return { balance: { amount: total?.amount ?? 0, currency: BASE_CURRENCY }, entries: rows.map(toEntry) };
}

export const ADMIN_CREDITS_PAGE_SIZE = 50;

export type AdminCreditEntry = CreditEntry & {
  customerEmail: string;
  customerName: string;
  priceListName: string | null;
  grantedBy: string | null;
};

/** Every customer's credits, newest first, optionally for customers whose email contains `email`. */
export async function findCreditsForAdmin(
  db: Executor,
  actor: Actor | null,
  options: { page: number; email?: string },
): Promise<{ entries: AdminCreditEntry[]; total: number; sum: Money }> {
  requirePermission(actor, 'credits:read');
  const grantor = sql`(select g.email from users g where g.id = ${customerCredits.createdBy})`;
  const where = options.email
    ? ilike(users.email, `%${options.email.replace(/[\\%_]/g, (c) => `\\${c}`)}%`)
    : undefined;
  const [rows, [totals]] = await Promise.all([
    db
      .select({
        ...entryColumns,
        customerEmail: users.email,
        customerName: users.name,
        priceListName: priceLists.name,
        grantedBy: sql<string | null>`${grantor}`,
      })
      .from(customerCredits)
      .innerJoin(users, eq(users.id, customerCredits.userId))
      .leftJoin(orderLines, eq(orderLines.id, customerCredits.orderLineId))
      .leftJoin(orders, eq(orders.id, customerCredits.orderId))
      .leftJoin(priceLists, eq(priceLists.id, customerCredits.priceListId))
      .where(where)
      .orderBy(desc(customerCredits.createdAt), desc(customerCredits.id))
      .limit(ADMIN_CREDITS_PAGE_SIZE)
      .offset((options.page - 1) * ADMIN_CREDITS_PAGE_SIZE),
    db
      .select({
        total: count(),
        amount: sql<number>`coalesce(sum(${customerCredits.amount}) filter (where ${customerCredits.currency} = ${BASE_CURRENCY}), 0)::int`,
      })
      .from(customerCredits)
      .innerJoin(users, eq(users.id, customerCredits.userId))
      .where(where),
  ]);
  return {
    entries: rows.map(({ customerEmail, customerName, priceListName, grantedBy, ...row }) => ({
      ...toEntry(row),
      customerEmail,
      customerName,
      priceListName,
      grantedBy,
    })),
    total: totals?.total ?? 0,
    sum: { amount: totals?.amount ?? 0, currency: BASE_CURRENCY },
  };
}
