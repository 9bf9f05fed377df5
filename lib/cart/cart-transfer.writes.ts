// Moving a guest cart into a customer's cart in another channel: a company member who signs in moves
// from the storefront channel to the b2b channel (lib/channels/channel-routing.rules.ts), where prices
// and the assortment differ, so each line is added again there rather than copied.
import 'server-only';
import { and, eq, isNull } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { cartLines, carts, variants } from '@/db/schema';
import type { PricingAudience } from '@/lib/pricing/prices.reads';
import { isAppError } from '@/lib/platform/errors';
import { isCartId } from './cart.schemas';
import { addToCart, createCart, type CartChannel } from './cart.writes';

/**
 * Adds the lines of a guest cart of `fromChannelId` to the user's cart in `to.channel` at that channel's
 * prices for the user, then deletes the guest cart. Lines that cannot be sold there (not in the
 * company catalogue, unpriced) are left out; what was added is answered (null when there was nothing to move).
 */
export async function moveGuestCart(
  db: Database,
  guestCartId: string,
  fromChannelId: string,
  to: { channel: CartChannel; audience: PricingAudience; userId: string },
): Promise<{ cartId: string; moved: number; left: number } | null> {
  if (!isCartId(guestCartId)) return null;
  const lines = await db
    .select({ sku: variants.sku, quantity: cartLines.quantity })
    .from(carts)
    .innerJoin(cartLines, eq(cartLines.cartId, carts.id))
    .innerJoin(variants, eq(variants.id, cartLines.variantId))
    .where(and(eq(carts.id, guestCartId), eq(carts.channelId, fromChannelId), isNull(carts.userId)))
    .orderBy(cartLines.addedAt);
  const guestCart = and(eq(carts.id, guestCartId), eq(carts.channelId, fromChannelId), isNull(carts.userId));
  if (lines.length === 0) {
    await db.delete(carts).where(guestCart);
    return null;
  }
  const { id: cartId } = await createCart(db, to.channel.id, to.userId);
  let moved = 0;
  for (const line of lines) {
    try {
      await addToCart(db, { cartId, sku: line.sku, quantity: line.quantity, ...to });
      moved++;
    } catch (error) {
      if (!isAppError(error)) throw error;
    }
  }
  await db.delete(carts).where(guestCart);
  return { cartId, moved, left: lines.length - moved };
}
