// Quotes (docs/showroom.md): staff save the showroom cart as a quote for the customer in context,
// withdraw it; the customer turns it into a cart at the quoted prices and checks out.
import 'server-only';
import { randomBytes } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { cartLines, carts, locations, quoteLines, quotes } from '@/db/schema';
import { getCartView } from '@/lib/cart/cart.reads';
import type { ChannelContext } from '@/lib/channels/channels.reads';
import { recordAudit } from '@/lib/platform/audit.writes';
import { requirePermission, type Actor } from '@/lib/platform/auth/permissions.rules';
import { AppError } from '@/lib/platform/errors';
import type { Locale } from '@/lib/platform/i18n/locales';
import { findPricedVariants, type PricingAudience } from '@/lib/pricing/prices.reads';
import type { ShowroomCustomer } from '@/lib/showroom/assisted-context.reads';
import { findOrderableQuote, quoteTokenHash, type QuoteRef } from './quotes.reads';
import { assertQuoteOrderable, quoteValidDays, validUntilRange } from './quotes.rules';

/** The link's secret: 256 random bits, base64url (43 characters). Only its sha256 is stored. */
export function newQuoteToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, tokenHash: quoteTokenHash(token) };
}

export type SaveQuoteParams = {
  /** The showroom session's store. */
  storeId: string;
  /** The customer in context; a quote is always someone's. */
  customer: Pick<ShowroomCustomer, 'profileId'> | null;
  /** The staff member's cart in the showroom channel. */
  cartId: string;
  channel: ChannelContext;
  /** The customer in context's prices (the request context's audience in the session). */
  audience: PricingAudience;
  validUntil: string;
  locale: Locale;
  now?: Date;
};

/**
 * Saves the staff member's showroom cart as a quote for the customer in context: every line priced as
 * the cart shows it now (their prices), valid through `validUntil` (1–90 days ahead in the store's time
 * zone). The quote, its lines, the emptied cart and the audit entry are one transaction. Returns the
 * raw token once: it is not stored.
 */
export async function saveQuote(db: Database, actor: Actor | null, params: SaveQuoteParams) {
  requirePermission(actor, 'showroom:sell', { store: params.storeId });
  if (!params.customer) throw new AppError('quote.customer_required');
  const customer = params.customer;
  const now = params.now ?? new Date();
  const [store] = await db
    .select({ id: locations.id, timeZone: locations.timeZone })
    .from(locations)
    .where(and(eq(locations.id, params.storeId), eq(locations.kind, 'store')));
  if (!store) throw new AppError('auth.forbidden');
  const range = validUntilRange(now, store.timeZone, quoteValidDays(process.env));
  if (params.validUntil < range.min || params.validUntil > range.max)
    throw new AppError('quote.valid_until_range', {
      field: 'validUntil',
      params: { from: range.min, to: range.max },
    });
  const { token, tokenHash } = newQuoteToken();
  return db.transaction(async (tx) => {
    // The staff member's own cart of this channel, locked so that a second save waits and finds it empty.
    const [cart] = await tx.execute<{ id: string }>(sql`
      select id from carts where id = ${params.cartId} and user_id = ${actor.userId} and channel_id = ${params.channel.id}
      for update`);
    if (!cart) throw new AppError('cart.not_found');
    const view = await getCartView(tx, cart.id, params.audience, params.channel, actor.userId, now, params.locale);
    if (!view || view.lines.length === 0) throw new AppError('cart.empty');
    const unavailable = view.lines.filter((l) => !l.available || !l.unitPrice || !l.lineTotal);
    if (unavailable.length)
      throw new AppError('cart.items_unavailable', {
        params: { skus: unavailable.map((l) => l.sku).join(', '), count: unavailable.length },
      });
    // The VAT rate of each item, as the order line will record it.
    const vatRates = new Map(
      (await findPricedVariants(tx, params.channel, { cartId: cart.id })).map((v) => [v.variantId, v.vatRateBp]),
    );
    const [quote] = await tx
      .insert(quotes)
      .values({
        tokenHash,
        channelId: params.channel.id,
        locationId: store.id,
        createdById: actor.userId,
        profileId: customer.profileId,
        locale: params.locale,
        currency: view.currency,
        pricesIncludeVat: view.pricesIncludeVat,
        totalAmount: view.subtotal.amount,
        validUntil: params.validUntil,
      })
      .returning({ id: quotes.id, number: quotes.number });
    // A line without its VAT rate would be quoted at 0 %: refuse rather than guess.
    const vatRateOf = (variantId: string) => {
      const rate = vatRates.get(variantId);
      if (rate === undefined) throw new Error(`No VAT rate for variant ${variantId}`);
      return rate;
    };
    await tx.insert(quoteLines).values(
      view.lines.map((l) => ({
        quoteId: quote!.id,
        variantId: l.variantId,
        sku: l.sku,
        productName: l.productName,
        quantity: l.quantity,
        unitAmount: l.unitPrice!.amount,
        lineAmount: l.lineTotal!.amount,
        vatRateBp: vatRateOf(l.variantId),
      })),
    );
    await tx.delete(cartLines).where(eq(cartLines.cartId, cart.id));
    await recordAudit(tx, actor, {
      action: 'quote.save',
      entityType: 'quote',
      entityId: quote!.id,
      before: null,
      after: {
        number: quote!.number,
        profileId: customer.profileId,
        locationId: store.id,
        totalAmount: view.subtotal.amount,
        validUntil: params.validUntil,
        lines: view.lines.length,
      },
    });
    return { id: quote!.id, number: quote!.number, token };
  });
}

/** Staff who may sell at the quote's store (or admins) withdraw an open quote; it can then not be ordered. */
export async function withdrawQuote(db: Database, actor: Actor | null, quoteId: string): Promise<void> {
  await db.transaction(async (tx) => {
    const [quote] = await tx
      .select({ id: quotes.id, status: quotes.status, locationId: quotes.locationId })
      .from(quotes)
      .where(eq(quotes.id, quoteId))
      .for('update');
    if (!quote) throw new AppError('quote.not_found');
    if (!quote.locationId) throw new AppError('auth.forbidden');
    requirePermission(actor, 'showroom:sell', { store: quote.locationId });
    if (quote.status !== 'open') throw new AppError(quote.status === 'ordered' ? 'quote.ordered' : 'quote.withdrawn');
    await tx.update(quotes).set({ status: 'withdrawn' }).where(eq(quotes.id, quote.id));
    await recordAudit(tx, actor, {
      action: 'quote.withdraw',
      entityType: 'quote',
      entityId: quote.id,
      before: { status: 'open' },
      after: { status: 'withdrawn' },
    });
  });
}

/**
 * The customer orders a quote (by id from their account, or by its link's token): a new cart of the
 * quote's channel holding the quoted lines at the quoted prices, attributed to the staff member and
 * store who quoted it. The caller makes it the device's cart (openAssistedCart) and goes to checkout;
 * placeOrder checks the quote again and marks it ordered.
 */
export async function startQuoteOrder(
  db: Database,
  actor: Actor | null,
  ref: QuoteRef,
  now = new Date(),
): Promise<{ cartId: string }> {
  const quote = await findOrderableQuote(db, actor, ref, now);
  if (!quote) throw new AppError('quote.not_found');
  assertQuoteOrderable(quote.state, quote.validUntil);
  return db.transaction(async (tx) => {
    const [cart] = await tx
      .insert(carts)
      .values({
        channelId: quote.channelId,
        userId: actor?.userId ?? null,
        quoteId: quote.id,
        profileId: quote.profileId,
        soldById: quote.createdById,
        soldLocationId: quote.locationId,
        createdAt: now,
        updatedAt: now,
      })
      .returning({ id: carts.id });
    await tx.insert(cartLines).values(
      quote.lines.map((l) => ({
        cartId: cart!.id,
        variantId: l.variantId,
        quantity: l.quantity,
        unitAmountAtAdd: l.unitAmount,
      })),
    );
    return { cartId: cart!.id };
  });
}
