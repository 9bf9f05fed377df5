import { randomUUID } from 'node:crypto';
import type { Metadata } from 'next';
import Link from 'next/link';
import { CheckoutForm, type CheckoutLabels, type CheckoutStore } from '@/components/storefront/checkout-form';
import { MessagePage } from '@/components/ui/message-page';
import { getCurrentActor } from '@/lib/platform/auth/current-actor';
import { getCartView } from '@/lib/cart/cart.reads';
import { listPickupStoresWithSlots, type PickupStoreOption } from '@/lib/pickup/pickup.reads';
import { getDb } from '@/lib/platform/db';
import { formatMoney } from '@/lib/platform/i18n/format';
import { getLocale, getTranslator } from '@/lib/platform/i18n/server';
import type { Locale, Translate } from '@/lib/platform/i18n/translate';
import { getStorefrontAudience, getStorefrontChannel } from '@/lib/platform/request-context';
import { findStorefrontCartId } from '@/app/(storefront)/cart/cart-session';
import { pickupSlotValue } from './pickup-slot-value';

export const metadata: Metadata = { title: 'Checkout' };

const INTL_LOCALE: Record<Locale, string> = { en: 'en-IE', de: 'de-DE' };

function checkoutLabels(t: Translate): CheckoutLabels {
  return {
    email: t('checkout.email'),
    emailHint: t('checkout.emailHint'),
    fulfilment: t('checkout.fulfilment'),
    delivery: t('checkout.fulfilment.delivery'),
    pickup: t('checkout.fulfilment.pickup'),
    shipToStore: t('checkout.fulfilment.shipToStore'),
    address: t('checkout.address'),
    name: t('checkout.address.name'),
    street: t('checkout.address.street'),
    postalCode: t('checkout.address.postalCode'),
    city: t('checkout.address.city'),
    country: t('checkout.address.country'),
    countryDE: t('checkout.country.DE'),
    countryAT: t('checkout.country.AT'),
    pickupLegend: t('checkout.pickup'),
    store: t('checkout.store'),
    slot: t('checkout.slot'),
    slotChoose: t('checkout.slotChoose'),
    slotHint: t('checkout.slotHint'),
    noSlots: t('checkout.noSlots'),
    noStores: t('checkout.noStores'),
    shipToStoreLegend: t('checkout.shipToStore'),
    collectionStore: t('checkout.collectionStore'),
    shipToStoreHint: t('checkout.shipToStoreHint'),
    payment: t('checkout.payment'),
    payAtPickup: t('checkout.payment.payAtPickup'),
    invoice: t('checkout.payment.invoice'),
    testCard: t('checkout.payment.testCard'),
    cardNumber: t('checkout.cardNumber'),
    cardHint: t('checkout.cardHint'),
    submit: t('checkout.submit'),
    submitting: t('checkout.submitting'),
    legal: t('checkout.legal'),
  };
}

/** The stores with their slots as option labels, in the store's own time zone. */
function checkoutStores(stores: PickupStoreOption[], t: Translate, locale: Locale): CheckoutStore[] {
  return stores.map((store) => {
    const day = new Intl.DateTimeFormat(INTL_LOCALE[locale], {
      timeZone: store.timeZone,
      weekday: 'long',
      day: 'numeric',
      month: 'long',
    });
    const time = new Intl.DateTimeFormat(INTL_LOCALE[locale], {
      timeZone: store.timeZone,
      hour: '2-digit',
      minute: '2-digit',
    });
    return {
      id: store.id,
      label: t('checkout.storeOption', { name: store.name, street: store.street, city: store.city }),
      days: store.days.map((d) => {
        const label = day.format(new Date(d.slots[0]!.start));
        return {
          label,
          labelWithStore: t('checkout.slotGroup', { store: store.name, day: label }),
          slots: d.slots.map((s) => ({
            value: pickupSlotValue(store.id, s.start),
            label: t('checkout.slotOption', {
              from: time.format(new Date(s.start)),
              to: time.format(new Date(s.end)),
              remaining: s.remaining,
            }),
          })),
        };
      }),
    };
  });
}

export default async function CheckoutPage() {
  const [t, locale, actor, channel, audience] = await Promise.all([
    getTranslator(),
    getLocale(),
    getCurrentActor(),
    getStorefrontChannel(),
    getStorefrontAudience(),
  ]);
  const cartId = await findStorefrontCartId(actor);
  const view = cartId ? await getCartView(getDb(), cartId, audience, channel, actor?.userId ?? null) : null;
  const lines = view?.lines ?? [];
  if (!view || lines.length === 0)
    return (
      <MessagePage
        title={t('checkout.title')}
        text={t('checkout.empty')}
        link={{ href: '/', label: t('checkout.emptyLink') }}
      />
    );
  const stores = await listPickupStoresWithSlots(getDb(), channel);
  return (
    <div className="mx-auto grid max-w-5xl gap-8 lg:grid-cols-[1fr_20rem]">
      <h1 className="text-2xl font-bold sm:text-3xl lg:col-span-2">{t('checkout.title')}</h1>
      <section
        aria-labelledby="checkout-summary"
        className="h-fit rounded-lg border border-gray-200 bg-white p-4 lg:order-2"
      >
        <h2 id="checkout-summary" className="text-lg font-semibold">
          {t('checkout.summary')}
        </h2>
        <ul className="mt-3 divide-y divide-gray-200 text-sm" data-testid="checkout-lines">
          {lines.map((line) => (
            <li key={line.id} className="py-2">
              <p className="flex justify-between gap-3">
                <span>{t('checkout.item', { quantity: line.quantity, name: line.productName })}</span>
                <span className="font-medium whitespace-nowrap">
                  {line.lineTotal ? formatMoney(line.lineTotal, locale) : t('cart.unavailable')}
                </span>
              </p>
              {line.priceChanged && (
                <p className="mt-1 text-xs font-medium text-amber-800" data-testid="price-changed">
                  {t('cart.priceChanged', {
                    from: formatMoney(line.priceChanged.from, locale),
                    to: formatMoney(line.priceChanged.to, locale),
                  })}
                </p>
              )}
            </li>
          ))}
        </ul>
        <p className="mt-3 flex justify-between border-t border-gray-300 pt-3 font-semibold">
          <span>{t('checkout.subtotal')}</span>
          <span data-testid="checkout-total">{formatMoney(view.subtotal, locale)}</span>
        </p>
        <p className="mt-1 text-xs text-gray-600">
          {view.pricesIncludeVat ? t('product.inclVat') : t('product.exclVat')}
        </p>
        <p className="mt-3 text-sm">
          <Link href="/cart" className="text-brand-700 underline">
            {t('checkout.backToCart')}
          </Link>
        </p>
      </section>
      <div className="lg:order-1">
        <CheckoutForm
          idempotencyKey={randomUUID()}
          email={actor?.email ?? ''}
          signedIn={actor !== null}
          stores={checkoutStores(stores, t, locale)}
          labels={checkoutLabels(t)}
        />
      </div>
    </div>
  );
}
