// The outbox delivered through nodemailer to a local SMTP test server: sent rows are marked, refused ones stay for the next run.
import { randomUUID } from 'node:crypto';
import { eq, inArray } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { notificationOutbox } from '@/db/schema';
import { startSmtpTestServer, type SmtpTestServer } from '@/lib/testing/smtp-test-server';
import { createTestDatabase, type TestDatabase } from '@/lib/testing/test-database';
import type { NotificationTransport } from '@/lib/platform/mail/mail-transport';
import { MAX_SEND_ATTEMPTS, sendPendingNotifications, transportFromEnv } from './outbox.writes';

let t: TestDatabase;
let server: SmtpTestServer;
let transport: NotificationTransport;

beforeAll(async () => {
  t = await createTestDatabase();
  server = await startSmtpTestServer({
    auth: { user: 'mailer', password: 'secret' },
    refuseRecipient: (address) => address.startsWith('bounce-'),
  });
  transport = transportFromEnv({
    SMTP_URL: `smtp://mailer:secret@127.0.0.1:${server.port}`,
    SMTP_FROM: 'Shop <shop@example.com>',
  })!;
});
afterEach(() => {
  vi.restoreAllMocks();
});
afterAll(async () => {
  await server.close();
  await t.drop();
});

async function queue(...emails: string[]) {
  return t.db
    .insert(notificationOutbox)
    .values(
      emails.map((email, i) => ({
        email,
        subject: `Message ${i + 1} for ${email}`,
        body: `Hello,\n.\nmessage ${i + 1}.`,
      })),
    )
    .returning({ id: notificationOutbox.id, email: notificationOutbox.email });
}
const sentAtOf = async (ids: string[]) =>
  new Map(
    (
      await t.db
        .select({ email: notificationOutbox.email, sentAt: notificationOutbox.sentAt })
        .from(notificationOutbox)
        .where(inArray(notificationOutbox.id, ids))
    ).map((r) => [r.email, r.sentAt]),
  );
const deliveredTo = (email: string) => server.messages.filter((m) => m.to.includes(email)).length;

const refused = /^Can't send mail - all recipients were rejected: 550 5\.1\.1 Mailbox unavailable$/;
const attemptsFor = (email: string) => server.recipients.filter((r) => r === email).length;

describe('sendPendingNotifications with the SMTP transport', () => {
  it('sends and marks the accepted messages; a refused one stays unsent and is tried again next run', async () => {
    const run = randomUUID().slice(0, 8);
    const [anna, bounce, ben] = [`anna-${run}@example.com`, `bounce-${run}@example.com`, `ben-${run}@example.com`];
    const rows = await queue(anna, bounce, ben);
    const ids = rows.map((r) => r.id);
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});

    const first = await sendPendingNotifications(t.db, transport);
    expect(first).toEqual({ sent: 2, failed: 1, pending: 1, givenUp: 0 });
    const sentAt = await sentAtOf(ids);
    expect(sentAt.get(anna)).toBeInstanceOf(Date);
    expect(sentAt.get(ben)).toBeInstanceOf(Date);
    expect(sentAt.get(bounce)).toBeNull();
    expect([deliveredTo(anna), deliveredTo(ben), deliveredTo(bounce)]).toEqual([1, 1, 0]);
    const bounceId = rows.find((r) => r.email === bounce)!.id;
    expect(logged).toHaveBeenCalledWith(
      `Sending the message ${bounceId} failed (attempt 1 of ${MAX_SEND_ATTEMPTS})`,
      expect.objectContaining({ message: expect.stringMatching(refused) }),
    );
    expect(JSON.stringify(logged.mock.calls.map(([text, error]) => [text, (error as Error).message]))).not.toContain(
      'secret',
    );
    const annas = server.messages.find((m) => m.to.includes(anna))!;
    expect(annas).toMatchObject({ from: 'shop@example.com', user: 'mailer' });
    expect(annas.parsed.from?.value).toEqual([{ name: 'Shop', address: 'shop@example.com' }]);
    expect(annas.parsed.subject).toBe(`Message 1 for ${anna}`);
    expect(annas.parsed.text?.trimEnd()).toBe('Hello,\n.\nmessage 1.');

    expect(attemptsFor(bounce)).toBe(1);
    const second = await sendPendingNotifications(t.db, transport);
    expect(second).toEqual({ sent: 0, failed: 1, pending: 1, givenUp: 0 });
    expect(attemptsFor(bounce)).toBe(2);
    expect([deliveredTo(anna), deliveredTo(ben)]).toEqual([1, 1]);
    expect((await sentAtOf(ids)).get(bounce)).toBeNull();
  });

  it('gives a message up after its last attempt, keeping the reply, so newer messages are not held back', async () => {
    const run = randomUUID().slice(0, 8);
    const [bounce, cara] = [`bounce-${run}@example.com`, `cara-${run}@example.com`];
    const [bounceRow] = await queue(bounce);
    await t.db
      .update(notificationOutbox)
      .set({ attempts: MAX_SEND_ATTEMPTS - 1 })
      .where(eq(notificationOutbox.id, bounceRow!.id));
    await queue(cara);
    vi.spyOn(console, 'error').mockImplementation(() => {});
    // Earlier tests' refused rows are still waiting too: count only this test's rows.
    await sendPendingNotifications(t.db, transport);
    const [row] = await t.db.select().from(notificationOutbox).where(eq(notificationOutbox.id, bounceRow!.id));
    expect(row).toMatchObject({
      attempts: MAX_SEND_ATTEMPTS,
      sentAt: null,
      lastError: expect.stringMatching(refused),
    });
    expect(row!.failedAt).toBeInstanceOf(Date);
    expect(deliveredTo(cara)).toBe(1);
    const before = attemptsFor(bounce);
    await sendPendingNotifications(t.db, transport);
    expect(attemptsFor(bounce)).toBe(before);
  });

  it('runs at the same time send each message once', async () => {
    const run = randomUUID().slice(0, 8);
    const emails = Array.from({ length: 6 }, (_, i) => `customer${i}-${run}@example.com`);
    const rows = await queue(...emails);
    vi.spyOn(console, 'error').mockImplementation(() => {});

    const results = await Promise.all([
      sendPendingNotifications(t.db, transport),
      sendPendingNotifications(t.db, transport),
      sendPendingNotifications(t.db, transport),
    ]);
    expect(results.reduce((n, r) => n + r.sent, 0)).toBe(6);
    expect(emails.map(deliveredTo)).toEqual(emails.map(() => 1));
    expect([...(await sentAtOf(rows.map((r) => r.id))).values()].every((d) => d instanceof Date)).toBe(true);
  });
});
