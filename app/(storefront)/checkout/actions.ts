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
import { getStorefrontChannel } from '@/lib/platform/request-context';
import { findStorefrontCartId } from '@/app/(storefront)/cart/cart-session';
import { parsePickupSlotValue } from './pickup-slot-value';

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
  shipToStoreId: text,
  name: text,
  street: text,
  postalCode: text,
  city: text,
  country: text,
  paymentMethod: text,
  cardNumber: text,
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
    pickupLocationId:
      fulfilment === 'pickup'
        ? blank(form.pickupLocationId)
        : fulfilment === 'ship_to_store'
          ? blank(form.shipToStoreId)
          : undefined,
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
};

export const placeOrderAction = validatedAction('public', checkoutForm, async (form, actor) => {
  const [locale, channel] = await Promise.all([getLocale(), getStorefrontChannel()]);
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
    }));
  } catch (error) {
    if (!isAppError(error)) throw error;
    // Every error names its field by the service's path; the form shows it at the matching control.
    return failureState(await visitorTranslator(), error, (path) =>
      path === 'pickupLocationId' && form.fulfilment === 'ship_to_store' ? 'shipToStoreId' : (FIELD_OF[path] ?? path),
    );
  }
  redirect(`/orders/${orderId}`);
});
