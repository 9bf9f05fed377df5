// The hand-off of a showroom cart to the customer's own phone (docs/showroom.md). Staff hand the cart
// off: its lines move to a new guest cart that remembers who sold it, where and to whom; the QR code and
// short link carry a random token of which only the sha256 is kept. The phone opens it once, before it
// expires, and then shops that one cart (lib/showroom/assisted-selling.rules.ts); no staff session,
// price or anything else of the staff member's goes with it.
import 'server-only';
import { createHash, randomBytes } from 'node:crypto';
import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { cartHandoffs, cartLines, carts } from '@/db/schema';
import { requirePermission, type Actor } from '@/lib/platform/auth/permissions.rules';
import { AppError } from '@/lib/platform/errors';
import { consumeRateLimit } from '@/lib/platform/rate-limit.writes';
import { HANDOFF_TOKEN, handoffRefusal } from './handoff.rules';

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

export type CreatedHandoff = { token: string; cartId: string; expiresAt: Date };

/**
 * Hands the staff member's showroom cart off: refused without `showroom:sell` at the store or for an empty
 * cart. One transaction: a new guest cart in the same channel takes the lines (the staff cart is empty
 * afterwards, ready for the next customer) and the hand-off row is written.
 */
export async function createHandoff(
  db: Database,
  actor: Actor | null,
  input: { storeId: string; channelId: string; staffCartId: string; profileId: string | null; minutes: number },
  now: Date = new Date(),
): Promise<CreatedHandoff> {
  requirePermission(actor, 'showroom:sell', { store: input.storeId });
  const token = randomBytes(24).toString('base64url');
  const expiresAt = new Date(now.getTime() + input.minutes * 60_000);
  return db.transaction(async (tx) => {
    // The staff member's own cart of this channel, locked so that two hand-offs cannot both take its lines.
    const [staffCart] = await tx
      .select({ id: carts.id })
      .from(carts)
      .where(and(eq(carts.id, input.staffCartId), eq(carts.userId, actor.userId), eq(carts.channelId, input.channelId)))
      .for('update');
    if (!staffCart) throw new AppError('cart.not_found');
    const [handed] = await tx
      .insert(carts)
      .values({
        channelId: input.channelId,
        userId: null,
        profileId: input.profileId,
        soldById: actor.userId,
        soldLocationId: input.storeId,
      })
      .returning({ id: carts.id });
    const moved = await tx
      .update(cartLines)
      .set({ cartId: handed!.id })
      .where(eq(cartLines.cartId, staffCart.id))
      .returning({ id: cartLines.id });
    if (moved.length === 0) throw new AppError('cart.empty');
    await tx.insert(cartHandoffs).values({
      tokenHash: hashToken(token),
      cartId: handed!.id,
      channelId: input.channelId,
      locationId: input.storeId,
      createdById: actor.userId,
      profileId: input.profileId,
      createdAt: now,
      expiresAt,
    });
    return { token, cartId: handed!.id, expiresAt };
  });
}

/** Where a hand-off stands, for the page the link opens (nothing is changed). */
export async function findHandoff(
  db: Database,
  token: string,
): Promise<{ storeId: string; redeemedAt: Date | null; expiresAt: Date } | null> {
  if (!HANDOFF_TOKEN.test(token)) return null;
  const [row] = await db
    .select({
      storeId: cartHandoffs.locationId,
      redeemedAt: cartHandoffs.redeemedAt,
      expiresAt: cartHandoffs.expiresAt,
    })
    .from(cartHandoffs)
    .where(eq(cartHandoffs.tokenHash, hashToken(token)));
  return row ?? null;
}

/**
 * Opens a hand-off once: marks it redeemed in one guarded update (two phones scanning at once: one
 * wins) and returns its cart. Unknown, used and expired tokens are refused with their reason. Attempts
 * are counted per client address (30 per 10 minutes), although a 192-bit token cannot be guessed.
 */
export async function redeemHandoff(
  db: Database,
  token: string,
  clientIp: string,
  now: Date = new Date(),
): Promise<{ cartId: string }> {
  const limited = await consumeRateLimit(db, `handoff-ip:${clientIp}`, { limit: 30, windowMinutes: 10 });
  if (!limited.ok) throw new AppError('handoff.rate_limited', { params: { minutes: limited.retryInMinutes } });
  if (!HANDOFF_TOKEN.test(token)) throw new AppError('handoff.not_found');
  const [opened] = await db
    .update(cartHandoffs)
    .set({ redeemedAt: now })
    .where(
      and(
        eq(cartHandoffs.tokenHash, hashToken(token)),
        isNull(cartHandoffs.redeemedAt),
        gt(cartHandoffs.expiresAt, sql`${now.toISOString()}::timestamptz`),
      ),
    )
    .returning({ cartId: cartHandoffs.cartId });
  if (opened) return opened;
  throw new AppError(handoffRefusal(await findHandoff(db, token), now) ?? 'handoff.not_found');
}
