import { getDb } from '@/lib/platform/db';
import { deleteAbandonedGuestCarts } from '@/lib/cart/cart-cleanup.writes';
import { cancelUncollectedOrders } from '@/lib/pickup/pickup-desk.writes';
import { sendPendingNotifications, transportFromEnv } from '@/lib/notifications/outbox.writes';

const EXPIRY_EVERY_MS = 60 * 60_000;
const CART_CLEANUP_EVERY_MS = 60 * 60_000;
const DELIVERY_EVERY_MS = 60_000;

/**
 * Hourly (and once shortly after start): cancels pickup orders not collected in time, and deletes guest
 * carts unchanged for 30 days. Every worker may run them; an advisory lock per job lets only one run at
 * a time. With SMTP configured, also every minute: sends the outbox (ready-for-pickup and cancellation
 * messages), so customers hear within a minute.
 */
export function startPickupExpirySchedule() {
  const expire = async () => {
    try {
      const result = await cancelUncollectedOrders(getDb(), new Date(), null);
      if (result.cancelled || result.failed)
        console.log(`Uncollected pickup orders: ${result.cancelled} cancelled, ${result.failed} failed.`);
    } catch (error) {
      console.error('Scheduled pickup-expiry run failed', error);
    }
  };
  setTimeout(() => void expire(), 30_000).unref();
  setInterval(() => void expire(), EXPIRY_EVERY_MS).unref();

  const deleteCarts = async () => {
    try {
      const deleted = await deleteAbandonedGuestCarts(getDb());
      if (deleted) console.log(`Abandoned guest carts: ${deleted} deleted.`);
    } catch (error) {
      console.error('Scheduled abandoned-cart cleanup failed', error);
    }
  };
  setTimeout(() => void deleteCarts(), 60_000).unref();
  setInterval(() => void deleteCarts(), CART_CLEANUP_EVERY_MS).unref();

  const transport = transportFromEnv();
  if (!transport) return;
  // A slow SMTP server may make a run outlast the minute: the next one then skips here. Other workers'
  // runs skip the rows this one holds (SKIP LOCKED), so no message is sent twice.
  let delivering = false;
  const deliver = async () => {
    if (delivering) return;
    delivering = true;
    try {
      const result = await sendPendingNotifications(getDb(), transport);
      if (result.sent || result.failed)
        console.log(`Customer messages: ${result.sent} sent, ${result.failed} failed, ${result.givenUp} given up.`);
    } catch (error) {
      console.error('Scheduled outbox delivery failed', error);
    } finally {
      delivering = false;
    }
  };
  setTimeout(() => void deliver(), 10_000).unref();
  setInterval(() => void deliver(), DELIVERY_EVERY_MS).unref();
}
