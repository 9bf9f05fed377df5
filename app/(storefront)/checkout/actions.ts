'use server';

import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { failureState, validatedAction, visitorTranslator } from '@/lib/platform/auth/validated-action';
import { clientIp } from '@/lib/platform/auth/client-ip';
import { getDb } from '@/lib/platform/db';
import { AppError, isAppError } from '@/lib/platform/errors';
import { getLocale } from 'next-intl/server';
import { placeOrder } from '@/lib/checkout/checkout.writes';
import { getRequestContext, getStorefrontAudience, type getStorefrontChannel } from '@/lib/platform/request-context';
import { getCartView } from '@/lib/cart/cart.reads';
import { listCheckoutAlternatives } from '@/lib/checkout/checkout-alternatives.reads';
import { formatCalendarDay } from '@/lib/platform/i18n/format';
import type { Locale } from '@/lib/platform/i18n/locales';
import type { Translate } from '@/lib/platform/error-text';
import { findStorefrontCartId } from '@/app/(storefront)/cart/cart-session';
import { parsePickupSlotValue } from './pickup-slot-value';
import { forgetShowroomCustomer } from '@/app/(storefront)/showroom/showroom-cookies';

// Public on purpose: guests check out too. The cart is the caller's own (httpOnly cart_id cookie or
// their user id), and placeOrder checks the cart's owner and channel again.
// Without JavaScript the browser posts every field of the form, the hidden sections' too: only the
// fields of the chosen fulfilment and payment are passed on.

const text = z.string().optional();
/** The flat checkout form; placeOrder validates the nested checkout input it is turned into. */
const checkoutForm = z.object({
  idempotencyKey: z.string().default(''),
  email: z.string().default(''),
  fulfilment: text,
  pickupLocationId: text,
  /** A pickup time as "<store id>|<start>" (./pickup-slot-value.ts). */
  pickupSlot: text,
  name: text,
  street: text,
  postalCode: text,
  city: text,
  country: text,
  paymentMethod: text,
  cardNumber: text,
  paymentReference: text,
});
type CheckoutForm = z.output<typeof checkoutForm>;

const blank = (value: string | undefined) => (value?.trim() ? value : undefined);

function checkoutRequest(form: CheckoutForm, cartId: string) {
  const { fulfilment, paymentMethod } = form;
  return {
    cartId,
    idempotencyKey: form.idempotencyKey,
    email: form.email,
    fulfilment: blank(fulfilment),
    // The page offers pickup only (the answer makes it ship-to-store when a warehouse supplies); a form
    // naming ship_to_store itself is passed on as the API takes it.
    pickupLocationId:
      fulfilment === 'pickup' || fulfilment === 'ship_to_store' ? blank(form.pickupLocationId) : undefined,
    pickupSlotStart: fulfilment === 'pickup' ? blank(parsePickupSlotValue(form.pickupSlot ?? '').start) : undefined,
    shippingAddress:
      fulfilment === 'delivery'
        ? {
            name: form.name ?? '',
            street: form.street ?? '',
            postalCode: form.postalCode ?? '',
            city: form.city ?? '',
            country: form.country ?? '',
          }
        : undefined,
    payment: {
      method: blank(paymentMethod),
      card: paymentMethod === 'test_card' ? { number: form.cardNumber ?? '' } : undefined,
      reference: paymentMethod === 'terminal' ? (form.paymentReference ?? '') : undefined,
    },
  };
}

/** The service's field paths (shippingAddress.city, payment.card.number …) as the form's field names. */
const FIELD_OF: Record<string, string> = {
  pickupSlotStart: 'pickupSlot',
  'shippingAddress.name': 'name',
  'shippingAddress.street': 'street',
  'shippingAddress.postalCode': 'postalCode',
  'shippingAddress.city': 'city',
  'shippingAddress.country': 'country',
  'payment.method': 'paymentMethod',
  'payment.card.number': 'cardNumber',
  'payment.card': 'cardNumber',
  'payment.reference': 'paymentReference',
};

/** One thing the buyer can do instead, as a button of the checkout form (components/storefront/checkout-form.tsx). */
export type CheckoutAlternative =
  | { kind: 'store'; storeId: string; label: string }
  | { kind: 'delivery'; label: string }
  | { kind: 'quantity'; lineId: string; quantity: number; label: string };

/** Errors after which the cart as it is cannot be had as asked: the form offers what is possible instead. */
const STOCK_ERRORS = new Set(['stock.insufficient', 'slot.before_arrival', 'slot.closed_day']);

async function alternativesFor(
  cartId: string,
  actorUserId: string | null,
  channel: Awaited<ReturnType<typeof getStorefrontChannel>>,
  t: Translate,
  locale: Locale,
  exceptStoreId: string | undefined,
): Promise<CheckoutAlternative[]> {
  const audience = await getStorefrontAudience();
  const view = await getCartView(getDb(), cartId, audience, channel, actorUserId);
  if (!view) return [];
  const found = await listCheckoutAlternatives(getDb(), channel, view.lines);
  const day = (date: string) => formatCalendarDay(date, locale);
  return [
    ...found.quantities.map((q) => ({
      kind: 'quantity' as const,
      lineId: q.lineId,
      quantity: q.available,
      label: t('checkout.alternatives.quantity', { name: q.productName, count: q.available }),
    })),
    ...found.stores
      .filter((s) => s.id !== exceptStoreId || found.quantities.length === 0)
      .slice(0, 3)
      .map((s) => ({
        kind: 'store' as const,
        storeId: s.id,
        label: t('checkout.alternatives.store', { store: s.name, date: day(s.from) }),
      })),
    ...(found.delivery
      ? [
          {
            kind: 'delivery' as const,
            label: t('checkout.alternatives.delivery', { from: day(found.delivery.from), to: day(found.delivery.to) }),
          },
        ]
      : []),
  ];
}

export const placeOrderAction = validatedAction<typeof checkoutForm, CheckoutAlternative[]>(
  'public',
  checkoutForm,
  async (form, actor) => {
    const [locale, { channel, showroomStoreId, showroomCustomer }] = await Promise.all([
      getLocale(),
      getRequestContext(),
    ]);
    const cartId = await findStorefrontCartId(actor);
    if (!cartId) throw new AppError('checkout.cart_gone');
    // A time listed under another store than the chosen one (possible without JavaScript) is not moved silently.
    const slotStore = parsePickupSlotValue(form.pickupSlot ?? '').storeId;
    if (
      form.fulfilment === 'pickup' &&
      slotStore &&
      blank(form.pickupLocationId) &&
      slotStore !== form.pickupLocationId
    ) {
      throw new AppError('checkout.slot_other_store', { field: 'pickupSlot' });
    }
    let orderId: string;
    try {
      ({
        order: { id: orderId },
      } = await placeOrder(getDb(), actor, checkoutRequest(form, cartId), {
        channel,
        locale,
        // Guest orders paid at pickup are counted per client address.
        clientIp: clientIp(await headers()),
        // Staff selling in the showroom: the order is the customer in context's, sold here by them.
        assisted:
          showroomStoreId && actor
            ? { soldById: actor.userId, soldLocationId: showroomStoreId, customer: showroomCustomer }
            : undefined,
      }));
    } catch (error) {
      if (!isAppError(error)) throw error;
      // Every error names its field by the service's path; the form shows it at the matching control.
      const t = await visitorTranslator();
      const failure = failureState(t, error, (path) => FIELD_OF[path] ?? path);
      if (!STOCK_ERRORS.has(error.code)) return failure;
      // Stock ran out meanwhile (or the store cannot have it then): offer what is possible instead.
      const data = await alternativesFor(
        cartId,
        actor?.userId ?? null,
        channel,
        t,
        locale as Locale,
        form.pickupLocationId,
      );
      return { ...failure, data };
    }
    // Sold in the showroom: the next customer at this tablet starts as a walk-in.
    if (showroomStoreId) await forgetShowroomCustomer();
    redirect(`/orders/${orderId}`);
  },
);
