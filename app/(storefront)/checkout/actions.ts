'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { validatedAction } from '@/lib/platform/auth/validated-action';
import { getDb } from '@/lib/platform/db';
import { isAppError } from '@/lib/platform/errors';
import { getLocale, getTranslations } from 'next-intl/server';
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
  const [t, locale, channel] = await Promise.all([getTranslations(), getLocale(), getStorefrontChannel()]);
  const cartId = await findStorefrontCartId(actor);
  if (!cartId) return { ok: false, formError: t('checkout.gone') };
  // A time listed under another store than the chosen one (possible without JavaScript) is not moved silently.
  const slotStore = parsePickupSlotValue(form.pickupSlot ?? '').storeId;
  if (
    form.fulfilment === 'pickup' &&
    slotStore &&
    blank(form.pickupLocationId) &&
    slotStore !== form.pickupLocationId
  ) {
    return {
      ok: false,
      formError: t('checkout.error.slotStore'),
      fieldErrors: { pickupSlot: [t('checkout.error.slotStore')] },
    };
  }
  let orderId: string;
  try {
    ({
      order: { id: orderId },
    } = await placeOrder(getDb(), actor, checkoutRequest(form, cartId), { channel, locale }));
  } catch (error) {
    if (!isAppError(error)) throw error;
    const fieldErrors: Record<string, string[]> = {};
    for (const [path, messages] of Object.entries(error.fieldErrors ?? {})) {
      let field = FIELD_OF[path] ?? path;
      if (field === 'pickupLocationId' && form.fulfilment === 'ship_to_store') field = 'shipToStoreId';
      (fieldErrors[field] ??= []).push(...(messages ?? []));
    }
    // The form's own wording for choices the API names by their codes.
    if (fieldErrors.fulfilment) fieldErrors.fulfilment = [t('checkout.error.fulfilment')];
    if (fieldErrors.paymentMethod) fieldErrors.paymentMethod = [t('checkout.error.payment')];
    // Refusals that concern one field (declined card, slot taken) are shown at that field as well.
    if (error.code === 'unprocessable' && !error.fieldErrors) {
      if (form.paymentMethod === 'test_card' && /card/i.test(error.message)) fieldErrors.cardNumber = [error.message];
      else if (/slot|pickup time/i.test(error.message) && form.fulfilment === 'pickup')
        fieldErrors.pickupSlot = [error.message];
      else if (/does not offer pickup|pickup stores/i.test(error.message))
        fieldErrors[form.fulfilment === 'ship_to_store' ? 'shipToStoreId' : 'pickupLocationId'] = [error.message];
    }
    return { ok: false, formError: error.message, fieldErrors };
  }
  redirect(`/orders/${orderId}`);
});
