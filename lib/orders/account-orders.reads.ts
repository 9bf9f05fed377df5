// The signed-in customer's own orders and messages, for the account page.
import { parseOrderMessage, type OrderMessage } from '@/lib/notifications/order-messages.rules';
import 'server-only';
import { and, desc, eq, isNull, type SQL } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { notificationOutbox, orders } from '@/db/schema';
import type { OrderSummary } from './orders.reads';

export type AccountOrder = {
  id: string;
  number: number;
  placedAt: Date;
  status: OrderSummary['status'];
  totalAmount: number;
  currency: string;
};
/** `message`: the message as data when this version knows it (the account words it in the reader's language). */
export type AccountMessage = {
  id: string;
  subject: string;
  body: string;
  message: OrderMessage | null;
  createdAt: Date;
};

/** The customer's latest orders, newest first. */
export async function listAccountOrders(db: Executor, userId: string, limit = 20): Promise<AccountOrder[]> {
  return db
    .select({
      id: orders.id,
      number: orders.number,
      placedAt: orders.placedAt,
      status: orders.status,
      totalAmount: orders.totalAmount,
      currency: orders.currency,
    })
    .from(orders)
    .where(eq(orders.userId, userId))
    .orderBy(desc(orders.placedAt), desc(orders.number))
    .limit(limit);
}

/** The messages queued for the customer (order ready for pickup …), newest first. */
export async function listAccountMessages(db: Executor, userId: string, limit = 20): Promise<AccountMessage[]> {
  return listMessages(db, eq(notificationOutbox.userId, userId), limit);
}

/**
 * The messages queued for one order (for a guest order too), newest first, with whether each was
 * e-mailed. The caller has checked that the visitor may see the order.
 */
export async function listOrderMessages(
  db: Executor,
  orderId: string,
  limit = 20,
): Promise<Array<AccountMessage & { sentAt: Date | null }>> {
  return listMessages(db, eq(notificationOutbox.orderId, orderId), limit);
}

async function listMessages(db: Executor, where: SQL, limit: number) {
  const rows = await db
    .select({
      id: notificationOutbox.id,
      subject: notificationOutbox.subject,
      body: notificationOutbox.body,
      message: notificationOutbox.message,
      createdAt: notificationOutbox.createdAt,
      sentAt: notificationOutbox.sentAt,
    })
    .from(notificationOutbox)
    .where(where)
    .orderBy(desc(notificationOutbox.createdAt))
    .limit(limit);
  return rows.map((row) => ({ ...row, message: parseOrderMessage(row.message) }));
}

/** A guest order placed from this guest cart (the browser's cart_id cookie), or null. */
export async function findGuestOrderId(db: Executor, orderId: string, cartId: string): Promise<string | null> {
  const [row] = await db
    .select({ id: orders.id })
    .from(orders)
    .where(and(eq(orders.id, orderId), eq(orders.cartId, cartId), isNull(orders.userId)));
  return row?.id ?? null;
}
