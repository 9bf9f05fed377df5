// Delivery of the notification outbox (messages to customers). Every message is shown in the
// customer's account whether or not it was sent; with SMTP_URL set the rows are also sent by email
// (lib/platform/mail/nodemailer-transport.ts), every minute by the `send-notifications` job (lib/platform/jobs/job-registry.ts).
import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { notificationOutbox } from '@/db/schema';
import type { NotificationTransport } from '@/lib/platform/mail/mail-transport';
import { nodemailerTransport, smtpSettings } from '@/lib/platform/mail/nodemailer-transport';

/**
 * The SMTP transport from SMTP_URL and SMTP_FROM (default shop@localhost), or null (no delivery). An
 * invalid setting is logged (never the URL: it may hold the password) and also gives null.
 */
export function transportFromEnv(env: Record<string, string | undefined> = process.env): NotificationTransport | null {
  if (!env.SMTP_URL) return null;
  const parsed = smtpSettings.safeParse({ SMTP_URL: env.SMTP_URL, SMTP_FROM: env.SMTP_FROM || undefined });
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`);
    console.error(`Customer messages are not sent by email: ${problems.join('; ')}.`);
    return null;
  }
  return nodemailerTransport(parsed.data);
}

/** Whether customer messages are e-mailed (a valid SMTP_URL), so pages promise an e-mail only then. */
export function sendsEmail(env: Record<string, string | undefined> = process.env): boolean {
  if (!env.SMTP_URL) return false;
  return smtpSettings.safeParse({ SMTP_URL: env.SMTP_URL, SMTP_FROM: env.SMTP_FROM || undefined }).success;
}

export type DeliveryResult = { sent: number; failed: number; pending: number; givenUp: number };

/** Sending attempts per message; after the last one the message is given up (it stays in the account). */
export const MAX_SEND_ATTEMPTS = 10;

const waiting = and(isNull(notificationOutbox.sentAt), isNull(notificationOutbox.failedAt));

/**
 * Sends up to `limit` waiting messages, oldest first, and marks each sent. Rows are locked with SKIP
 * LOCKED so concurrent runs never send one twice. A refused message records the attempt and the
 * server's reply and is tried again next run; after MAX_SEND_ATTEMPTS it is given up (failed_at), so
 * a permanently refused address does not hold back newer messages. Without a transport nothing is sent.
 */
export async function sendPendingNotifications(
  db: Database,
  transport: NotificationTransport | null,
  limit = 100,
): Promise<DeliveryResult> {
  if (!transport) {
    const [row] = await db
      .select({ n: sql<number>`count(*)::int` })
      .from(notificationOutbox)
      .where(waiting);
    return { sent: 0, failed: 0, pending: row?.n ?? 0, givenUp: 0 };
  }
  return db.transaction(async (tx) => {
    const rows = await tx
      .select({
        id: notificationOutbox.id,
        email: notificationOutbox.email,
        subject: notificationOutbox.subject,
        body: notificationOutbox.body,
        attempts: notificationOutbox.attempts,
      })
      .from(notificationOutbox)
      .where(waiting)
      .orderBy(asc(notificationOutbox.createdAt))
      .limit(limit)
      .for('update', { skipLocked: true });
    const sent: string[] = [];
    let failed = 0;
    let givenUp = 0;
    for (const row of rows) {
      try {
        await transport.send({ to: row.email, subject: row.subject, body: row.body });
        sent.push(row.id);
      } catch (error) {
        failed += 1;
        const attempts = row.attempts + 1;
        const lastError = (error instanceof Error ? error.message : String(error)).slice(0, 500);
        if (attempts >= MAX_SEND_ATTEMPTS) givenUp += 1;
        await tx
          .update(notificationOutbox)
          .set({ attempts, lastError, failedAt: attempts >= MAX_SEND_ATTEMPTS ? sql`now()` : null })
          .where(eq(notificationOutbox.id, row.id));
        console.error(`Sending the message ${row.id} failed (attempt ${attempts} of ${MAX_SEND_ATTEMPTS})`, error);
      }
    }
    if (sent.length)
      await tx
        .update(notificationOutbox)
        .set({ sentAt: sql`now()` })
        .where(inArray(notificationOutbox.id, sent));
    return { sent: sent.length, failed, pending: rows.length - sent.length - givenUp, givenUp };
  });
}
