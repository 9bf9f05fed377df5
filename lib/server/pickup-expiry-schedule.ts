import { getDb } from '@/lib/db';
import { cancelUncollectedOrders } from '@/lib/services/pickup-desk';
import { sendPendingNotifications, transportFromEnv } from '@/lib/services/outbox';

const EVERY_MS = 60 * 60_000;

/**
 * Hourly (and once shortly after start): cancels pickup orders not collected in time, then hands the
 * outbox to the transport. Every worker may run it; an advisory lock lets only one run at a time.
 */
export function startPickupExpirySchedule() {
  const run = async () => {
    try {
      const result = await cancelUncollectedOrders(getDb(), new Date(), null);
      if (result.cancelled || result.failed) console.log(`Uncollected pickup orders: ${result.cancelled} cancelled, ${result.failed} failed.`);
      await sendPendingNotifications(getDb(), transportFromEnv());
    } catch (error) {
      console.error('Scheduled pickup-expiry run failed', error);
    }
  };
  setTimeout(() => void run(), 30_000).unref();
  setInterval(() => void run(), EVERY_MS).unref();
}
