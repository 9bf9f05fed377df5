// What a buyer can do instead when checkout refuses the cart for stock: the stores where the whole cart
// can be collected (and from when), home delivery, and the lines to make smaller. All from the one
// availability answer (lib/inventory/fulfilment-promise.rules.ts), so every choice offered will hold.
import 'server-only';
import type { Executor } from '@/db/client';
import type { CartLineView } from '@/lib/cart/cart.reads';
import type { ChannelContext } from '@/lib/channels/channels.reads';
import {
  availabilitySettings,
  resolveAvailability,
  type AvailabilitySettings,
} from '@/lib/inventory/fulfilment-promise.rules';
import { listPickupStoresWithSlots } from '@/lib/pickup/pickup.reads';

export type CheckoutAlternatives = {
  /** Stores with a bookable slot for the whole cart, with the first day (a transfer's arrival day). */
  stores: Array<{ id: string; name: string; from: string }>;
  /** Home delivery of the whole cart, between two local days; null when not possible. */
  delivery: { from: string; to: string } | null;
  /** Lines holding more than can be fulfilled, with the most that can (at least 1). */
  quantities: Array<{ lineId: string; productName: string; available: number }>;
};

export async function listCheckoutAlternatives(
  db: Executor,
  channel: Pick<ChannelContext, 'locationIds'>,
  cartLines: readonly CartLineView[],
  options: { now?: Date; settings?: AvailabilitySettings } = {},
): Promise<CheckoutAlternatives> {
  const now = options.now ?? new Date();
  const settings = options.settings ?? availabilitySettings(process.env);
  const lines = cartLines.filter((l) => l.available);
  const stores = await listPickupStoresWithSlots(db, channel, {
    now,
    settings,
    lines: lines.map((l) => ({ variantId: l.variantId, quantity: l.quantity })),
  });
  const { delivery } = resolveAvailability({
    lines: lines.map((l) => ({ key: l.id, quantity: l.quantity, stock: l.stock })),
    store: null,
    now,
    settings,
  });
  return {
    stores: stores.flatMap((s) => (s.days[0] ? [{ id: s.id, name: s.name, from: s.days[0].date }] : [])),
    delivery: delivery.kind === 'delivery' ? { from: delivery.from, to: delivery.to } : null,
    quantities: lines
      .filter((l) => l.quantity > l.fulfillable && l.fulfillable > 0)
      .map((l) => ({ lineId: l.id, productName: l.productName, available: l.fulfillable })),
  };
}
