import { randomUUID } from 'node:crypto';
import { CheckoutForm, type CheckoutStore, type Fulfilment } from '@/components/storefront/checkout-form';
import { ButtonLink } from '@/components/ui/button';
import { MessagePage } from '@/components/ui/message-page';
import { getCurrentActor } from '@/lib/platform/auth/current-actor';
import { getCartView, type CartView } from '@/lib/cart/cart.reads';
import { listPickupStoresWithSlots, type PickupStoreOption } from '@/lib/pickup/pickup.reads';
import { getDb } from '@/lib/platform/db';
import { formatCalendarDay, formatDayOf, formatMoney, formatTime } from '@/lib/platform/i18n/format';
import { pageTitle } from '@/lib/platform/i18n/page-title';
import { getLocale, getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/platform/i18n/locales';
import type { Translate } from '@/lib/platform/i18n/messages';
import { getRequestContext } from '@/lib/platform/request-context';
import { findStorefrontCartId } from '@/app/(storefront)/cart/cart-session';
import { pickupSlotValue } from './pickup-slot-value';
import { ClientMessages } from '@/lib/platform/i18n/client-messages';
import { goodsLinesOf, listShippingQuotes } from '@/lib/shipping/shipping.reads';
import type { ShippingQuote } from '@/lib/shipping/shipping.rules';

export const generateMetadata = pageTitle('checkout.title');

/**
 * The stores with their slots as option labels, in the store's own time zone. The label says from when
 * the cart can be collected there when its items come from the warehouse, and when it cannot be at all.
 */
function checkoutStores(stores: PickupStoreOption[], t: Translate, locale: Locale): CheckoutStore[] {
  return stores.map((store) => {
    const address = { name: store.name, street: store.street, city: store.city };
    const { kind, from } = store.availability;
    return {
      id: store.id,
      label:
        kind === 'transfer' && from
          ? t('checkout.storeOptionFrom', { ...address, date: formatCalendarDay(from, locale) })
          : kind === 'unavailable'
            ? t('checkout.storeOptionUnavailable', address)
            : t('checkout.storeOption', address),
      note:
        kind === 'transfer' && from
          ? t('checkout.transferHint', { date: formatCalendarDay(from, locale) })
          : kind === 'unavailable'
            ? t('checkout.storeUnavailable')
            : null,
      days: store.days.map((d) => {
        const label = formatDayOf(new Date(d.slots[0]!.start), locale, store.timeZone);
        return {
          label,
          labelWithStore: t('checkout.slotGroup', { store: store.name, day: label }),
          slots: d.slots.map((s) => ({
            value: pickupSlotValue(store.id, s.start),
            label: t('checkout.slotOption', {
              from: formatTime(new Date(s.start), locale, store.timeZone),
              to: formatTime(new Date(s.end), locale, store.timeZone),
              remaining: s.remaining,
            }),
          })),
        };
      }),
    };
  });
}

export default async function CheckoutPage() {
  const [t, locale, actor, { channel, audience, showroomStoreId, showroomCustomer, assistedCustomerEmail }] =
    await Promise.all([getTranslations(), getLocale(), getCurrentActor(), getRequestContext()]);
  const cartId = await findStorefrontCartId(actor);
  const view = cartId
    ? await getCartView(getDb(), cartId, audience, channel, actor?.userId ?? null, undefined, locale)
    : null;
  const lines = view?.lines ?? [];
  if (!view || lines.length === 0)
    return (
      <MessagePage
        title={t('checkout.title')}
        text={t('checkout.empty')}
        link={{ href: '/', label: t('checkout.emptyLink') }}
      />
    );
  // The slots follow the one availability answer for the whole cart, as placing the order will.
  const [stores, quotes] = await Promise.all([
    listPickupStoresWithSlots(getDb(), channel, {
      lines: lines.filter((l) => l.available).map((l) => ({ variantId: l.variantId, quantity: l.quantity })),
    }),
    listShippingQuotes(getDb(), channel.id, goodsLinesOf(view.lines)),
  ]);
  const money = (amount: number) => formatMoney({ amount, currency: view.currency }, locale);
  const shipping = Object.fromEntries(
    quotes.map((q) => [
      q.method,
      q.amount === 0 ? t('checkout.shippingFree') : t('checkout.shippingCost', { amount: money(q.amount) }),
    ]),
  ) as Record<Fulfilment, string>;
  return (
    // group/page: the summary shows the shipping and total of the fulfilment checked in the form (CSS only).
    <div className="group/page mx-auto grid max-w-5xl gap-8 lg:grid-cols-[1fr_20rem]">
      <h1 className="text-2xl font-bold sm:text-3xl lg:col-span-2">{t('checkout.title')}</h1>
      <CheckoutSummary view={view} quotes={quotes} t={t} locale={locale} />
      <div className="lg:order-1">
        <ClientMessages namespaces={['checkout']}>
          <CheckoutForm
            idempotencyKey={randomUUID()}
            // In the showroom staff order for the customer in context: their e-mail, their account.
            email={showroomStoreId ? (showroomCustomer?.email ?? '') : (actor?.email ?? assistedCustomerEmail ?? '')}
            signedIn={showroomStoreId ? Boolean(showroomCustomer?.userId) : actor !== null}
            assisted={Boolean(showroomStoreId)}
            stores={checkoutStores(storesHereFirst(stores, showroomStoreId), t, locale)}
            shipping={shipping}
          />
        </ClientMessages>
      </div>
    </div>
  );
}

/** In the showroom the session's store comes first: pickup here is what the form offers first. */
function storesHereFirst(stores: PickupStoreOption[], here: string | null): PickupStoreOption[] {
  return here ? [...stores].sort((a, b) => Number(b.id === here) - Number(a.id === here)) : stores;
}

/** What is being bought, beside the form (above it on phones). */
/** Literal class names (Tailwind finds them in the source): shown while that fulfilment is checked. */
const SHOWN_WHEN_CHECKED: Record<Fulfilment, string> = {
  delivery: 'group-has-[#field-fulfilment-delivery:checked]/page:flex',
  pickup: 'group-has-[#field-fulfilment-pickup:checked]/page:flex',
  ship_to_store: 'group-has-[#field-fulfilment-ship-to-store:checked]/page:flex',
};

function CheckoutSummary({
  view,
  quotes,
  t,
  locale,
}: {
  view: CartView;
  quotes: ShippingQuote[];
  t: Translate;
  locale: Locale;
}) {
  const money = (amount: number) => formatMoney({ amount, currency: view.currency }, locale);
  return (
    <section
      aria-labelledby="checkout-summary"
      className="h-fit rounded-lg border border-gray-200 bg-white p-4 lg:order-2"
    >
      <h2 id="checkout-summary" className="text-lg font-semibold">
        {t('checkout.summary')}
      </h2>
      <ul className="mt-3 divide-y divide-gray-200 text-sm" data-testid="checkout-lines">
        {view.lines.map((line) => (
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
      <p className="mt-3 flex justify-between border-t border-gray-300 pt-3">
        <span>{t('checkout.goods')}</span>
        <span data-testid="checkout-goods">{formatMoney(view.subtotal, locale)}</span>
      </p>
      {quotes.map((quote) => (
        <div key={quote.method} className={`hidden flex-col ${SHOWN_WHEN_CHECKED[quote.method]}`}>
          <p className="flex justify-between gap-3">
            <span>{t('checkout.shipping', { method: t(`cart.shippingMethod.${quote.method}`) })}</span>
            <span data-testid={`checkout-shipping-${quote.method}`}>
              {quote.amount === 0 ? t('cart.shippingFree') : money(quote.amount)}
            </span>
          </p>
          <p className="mt-1 flex justify-between border-t border-gray-300 pt-2 font-semibold">
            <span>{t('checkout.totalWith')}</span>
            <span data-testid={`checkout-total-${quote.method}`}>{money(view.subtotal.amount + quote.amount)}</span>
          </p>
        </div>
      ))}
      <p className="mt-1 text-xs text-gray-600">
        {view.pricesIncludeVat ? t('product.inclVat') : t('product.exclVat')}
      </p>
      <ButtonLink href="/cart" variant="link" size="touch" className="mt-2">
        {t('checkout.backToCart')}
      </ButtonLink>
    </section>
  );
}
