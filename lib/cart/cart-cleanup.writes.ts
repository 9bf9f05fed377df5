// Deletes guest carts nobody has changed for a long time (docs/orders.md, Cart): the hourly schedule
// and `npm run carts:delete-abandoned` call it.
import 'server-only';
import { sql } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { AppError } from '@/lib/platform/errors';

const CLEANUP_LOCK = 7_231_301; // pg advisory lock: one cleanup run at a time across all workers and instances
const DAY_MS = 24 * 60 * 60_000;

export type DeleteAbandonedGuestCartsOptions = {
  /** A guest cart not changed for this many days goes (default 30, the guest cookie's lifetime). */
  olderThanDays?: number;
  now?: Date;
};

/**
 * Deletes guest carts (no user) whose last change (`updated_at`, touched by every cart write) is older
 * than `olderThanDays`, with their lines (the foreign key cascades). Customer carts are never deleted.
 * A cart that an order or a checkout request names is kept as it is: neither `orders.cart_id` nor
 * `checkout_requests.cart_id` has a foreign key, so nothing would stop the delete, yet the cart id is
 * what links a guest order to its cart (the order page) and an idempotent checkout replay looks the
 * cart up. One run at a time: a run that finds another in progress skips and deletes nothing. Returns
 * the number of carts deleted.
 */
export async function deleteAbandonedGuestCarts(
  db: Database,
  options: DeleteAbandonedGuestCartsOptions = {},
): Promise<number> {
  const olderThanDays = options.olderThanDays ?? 30;
  if (!Number.isInteger(olderThanDays) || olderThanDays < 1) {
    throw new AppError('cart.cleanup_age', { fieldErrors: { olderThanDays: [{ code: 'field.cleanup_days' }] } });
  }
  const cutoff = new Date((options.now ?? new Date()).getTime() - olderThanDays * DAY_MS);
  return db.transaction(async (tx) => {
    const [lock] = await tx.execute<{ locked: boolean }>(
      sql`select pg_try_advisory_xact_lock(${CLEANUP_LOCK}) as locked`,
    );
    if (!lock?.locked) return 0;
    // A cart written concurrently has its row locked; the delete waits for it and then re-checks
    // `updated_at` on the new row version (read committed), so a cart just changed is not deleted.
    const deleted = await tx.execute<{ id: string }>(sql`
      delete from carts c
      where c.user_id is null and c.updated_at < ${cutoff.toISOString()}::timestamptz
        and not exists (select 1 from orders o where o.cart_id = c.id)
        and not exists (select 1 from checkout_requests r where r.cart_id = c.id)
      returning c.id`);
    return deleted.length;
  });
}
