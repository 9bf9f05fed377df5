// Delivery of the notification outbox (messages to customers). Every message is shown in the
// customer's account whether or not it was sent; sending needs a transport, and there is no SMTP
// client yet: with SMTP_URL set the app says so once and leaves the rows unsent.
import { asc, inArray, isNull, sql } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { notificationOutbox } from '@/db/schema';

export type OutgoingMessage = { to: string; subject: string; body: string };

/** Sends one message or throws; a message that throws stays unsent and is tried again next run. */
export type NotificationTransport = { send: (message: OutgoingMessage) => Promise<void> };

let warned = false;

/** The configured transport, or null (no delivery). SMTP is not implemented yet. */
export function transportFromEnv(env: NodeJS.ProcessEnv = process.env): NotificationTransport | null {
  if (env.SMTP_URL && !warned) {
    warned = true;
    console.warn('SMTP_URL is set, but SMTP delivery is not implemented yet: customer messages stay in the outbox (shown in their account).');
  }
  return null;
}

export type DeliveryResult = { sent: number; failed: number; pending: number };

/**
 * Sends up to `limit` unsent messages, oldest first, and marks each sent. Rows are locked with
 * SKIP LOCKED so concurrent runs never send one twice. Without a transport nothing is sent.
 */
export async function sendPendingNotifications(db: Database, transport: NotificationTransport | null, limit = 100): Promise<DeliveryResult> {
  if (!transport) {
    const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(notificationOutbox).where(isNull(notificationOutbox.sentAt));
    return { sent: 0, failed: 0, pending: row?.n ?? 0 };
  }
  return db.transaction(async (tx) => {
    const rows = await tx
      .select({ id: notificationOutbox.id, email: notificationOutbox.email, subject: notificationOutbox.subject, body: notificationOutbox.body })
      .from(notificationOutbox)
      .where(isNull(notificationOutbox.sentAt))
      .orderBy(asc(notificationOutbox.createdAt))
      .limit(limit)
      .for('update', { skipLocked: true });
    const sent: string[] = [];
    let failed = 0;
    for (const row of rows) {
      try {
        await transport.send({ to: row.email, subject: row.subject, body: row.body });
        sent.push(row.id);
      } catch (error) {
        failed += 1;
        console.error(`Sending the message ${row.id} failed`, error);
      }
    }
    if (sent.length) await tx.update(notificationOutbox).set({ sentAt: sql`now()` }).where(inArray(notificationOutbox.id, sent));
    return { sent: sent.length, failed, pending: rows.length - sent.length };
  });
}
