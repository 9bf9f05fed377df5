// The background jobs: what runs when, and how a failed run is retried. A new job is one more entry;
// lib/platform/jobs/job-runner.ts schedules and runs them with pg-boss.
import type { Database } from '@/db/client';
import { deleteAbandonedGuestCarts } from '@/lib/cart/cart-cleanup.writes';
import { sendPendingNotifications } from '@/lib/notifications/outbox.writes';
import type { NotificationTransport } from '@/lib/platform/mail/mail-transport';
import { cancelUncollectedOrders } from '@/lib/pickup/pickup-desk.writes';
import { recordDuePriceHistory } from '@/lib/pricing/price-history.writes';
import { deleteStaleRateLimits } from '@/lib/platform/rate-limit-cleanup.writes';

export type JobContext = { db: Database; transport: NotificationTransport | null };

/** What a run reports; kept with the run in the queue's table. */
export type JobSummary = Record<string, number | boolean>;

export type JobDefinition = {
  /** Queue name: letters, digits and hyphens. */
  name: string;
  /** Cron expression (minute hour day month weekday) in UTC: when a run is due. */
  schedule: string;
  /** One run, on one instance per due time; throwing fails the run, which is then retried as below. */
  run: (context: JobContext) => Promise<JobSummary>;
  /** After a failed run: up to `limit` retries, the first after `delaySeconds`, doubling (with jitter) when `backoff`. */
  retry: { limit: number; delaySeconds: number; backoff: boolean };
  /** A run still active after this long counts as failed (its worker died) and is retried. */
  timeoutSeconds: number;
  /**
   * Whether the job runs with this configuration (default: always). A job that is off has its schedule
   * removed; to retire a job, leave it here switched off for one release so its schedule goes too.
   */
  enabled?: (context: JobContext) => boolean;
};

const logIf = (happened: boolean, text: string) => {
  if (happened) console.log(text);
};

export const JOBS: JobDefinition[] = [
  {
    // Customers hear within a minute that their order is ready or cancelled.
    name: 'send-notifications',
    schedule: '* * * * *',
    enabled: ({ transport }) => transport !== null,
    run: async ({ db, transport }) => {
      const result = await sendPendingNotifications(db, transport);
      logIf(
        result.sent > 0 || result.failed > 0,
        `Customer messages: ${result.sent} sent, ${result.failed} failed, ${result.givenUp} given up.`,
      );
      return result;
    },
    retry: { limit: 2, delaySeconds: 5, backoff: true },
    // 100 messages per run, each with its own connection and timeouts (nodemailer-transport.ts).
    timeoutSeconds: 600,
  },
  {
    // Price-list starts and ends enter the price history at their boundary (docs/pricing.md).
    name: 'record-price-history',
    schedule: '* * * * *',
    run: ({ db }) => recordDuePriceHistory(db),
    retry: { limit: 2, delaySeconds: 5, backoff: true },
    timeoutSeconds: 300,
  },
  {
    name: 'cancel-uncollected-orders',
    schedule: '0 * * * *',
    run: async ({ db }) => {
      const result = await cancelUncollectedOrders(db, new Date(), null);
      logIf(
        result.cancelled > 0 || result.failed > 0,
        `Uncollected pickup orders: ${result.cancelled} cancelled, ${result.failed} failed.`,
      );
      return result;
    },
    retry: { limit: 3, delaySeconds: 60, backoff: true },
    timeoutSeconds: 900,
  },
  {
    name: 'delete-abandoned-carts',
    schedule: '30 * * * *',
    run: async ({ db }) => {
      const deleted = await deleteAbandonedGuestCarts(db);
      logIf(deleted > 0, `Abandoned guest carts: ${deleted} deleted.`);
      return { deleted };
    },
    retry: { limit: 3, delaySeconds: 60, backoff: true },
    timeoutSeconds: 900,
  },
  {
    // Rate-limit counters and revoked sessions that can no longer matter (docs/security.md).
    name: 'delete-stale-rate-limits',
    schedule: '45 * * * *',
    run: async ({ db }) => {
      const result = await deleteStaleRateLimits(db);
      logIf(
        result.counters > 0 || result.revokedSessions > 0,
        `Rate limits: ${result.counters} stale counters and ${result.revokedSessions} expired revoked sessions deleted.`,
      );
      return result;
    },
    retry: { limit: 3, delaySeconds: 60, backoff: true },
    timeoutSeconds: 300,
  },
];
