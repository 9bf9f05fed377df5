import { cookies } from 'next/headers';
import { CartLines } from '@/components/storefront/cart-lines';
import { CartPromise } from '@/components/storefront/cart-promise';
import { listPickupStores } from '@/lib/inventory/stores.reads';
import { PREFERRED_STORE_COOKIE } from '@/lib/inventory/preferred-store.rules';
import { MessagePage } from '@/components/ui/message-page';
import { getCurrentActor } from '@/lib/platform/auth/current-actor';
import { getCartView } from '@/lib/cart/cart.reads';
import { getDb } from '@/lib/platform/db';
import { getTranslations } from 'next-intl/server';
import { pageTitle } from '@/lib/platform/i18n/page-title';
import { getRequestContext, getVisitorLocale } from '@/lib/platform/request-context';
import { HandoffPanel } from '@/components/showroom/handoff-panel';
import { AssistedCartNotice } from '@/components/storefront/assisted-cart-notice';
import { QuoteCart } from '@/components/storefront/quote-cart';
import { SaveQuoteForm } from '@/components/showroom/save-quote-form';
import { ButtonLink } from '@/components/ui/button';
import { ClientMessages } from '@/lib/platform/i18n/client-messages';
import { formatCalendarDay } from '@/lib/platform/i18n/format';
import type { Locale } from '@/lib/platform/i18n/locales';
import type { Translate } from '@/lib/platform/i18n/messages';
import { getQuoteValidity } from '@/lib/quotes/quotes.reads';
import { goodsLinesOf, listShippingQuotes } from '@/lib/shipping/shipping.reads';
import { findStorefrontCartId } from './cart-session';

export const generateMetadata = pageTitle('cart.title');

export default async function CartPage() {
  const [t, actor, context, jar, locale] = await Promise.all([
    getTranslations(),
    getCurrentActor(),
    getRequestContext(),
    cookies(),
    getVisitorLocale(),
  ]);
  const { channel, audience } = context;
  const cartId = await findStorefrontCartId(actor);
  const view = cartId
    ? await getCartView(getDb(), cartId, audience, channel, actor?.userId ?? null, undefined, locale)
    : null;
  // A cart emptied on this page stays on it (its live region announces the removal); no cart at all gets the plain page.
  if (!view)
    return (
      <MessagePage title={t('cart.title')} text={t('cart.empty')} link={{ href: '/', label: t('cart.continue') }} />
    );
  // A handed-off or quoted cart on the customer's device: they may go back to their own cart.
  const assisted = context.assistedCartId && (
    <ClientMessages namespaces={['cart']}>
      <AssistedCartNotice />
    </ClientMessages>
  );
  // A quote being ordered: its lines as quoted, read only.
  if (view.quoteId)
    return (
      <div className="mx-auto max-w-4xl">
        <h1 className="mb-6 text-2xl font-bold sm:text-3xl">{t('cart.title')}</h1>
        {assisted}
        <QuoteCart view={view} t={t} locale={locale} />
      </div>
    );
  // The promise is for the visitor's store; in the showroom, the store the staff member sells in.
  const preferredCode = jar.get(PREFERRED_STORE_COOKIE)?.value;
  const preferred =
    preferredCode || context.showroomStoreId
      ? ((await listPickupStores(getDb(), channel)).find((s) =>
          context.showroomStoreId ? s.id === context.showroomStoreId : s.code === preferredCode,
        ) ?? null)
      : null;
  // The shop offers delivery or pickup; ship to store is what a pickup becomes (the availability answer), not a choice.
  const shopperQuotes = (await listShippingQuotes(getDb(), channel.id, goodsLinesOf(view.lines))).filter(
    (q) => q.method !== 'ship_to_store',
  );
  return (
    <div className="mx-auto max-w-4xl">
      <h1 className="mb-6 text-2xl font-bold sm:text-3xl">{t('cart.title')}</h1>
      {assisted}
      <CartLines view={view} shipping={shopperQuotes} />
      <CartPromise view={view} store={preferred} now={new Date()} />
      {context.showroomStoreId && view.lines.length > 0 && (
        <SaveAsQuote storeId={context.showroomStoreId} customer={context.showroomCustomer} t={t} locale={locale} />
      )}
      {context.showroomStoreId && (
        // Staff selling in the showroom: the customer may finish on their own phone instead.
        <div className="mt-6">
          <ClientMessages namespaces={['showroom']}>
            <HandoffPanel empty={view.lines.length === 0} />
          </ClientMessages>
        </div>
      )}
    </div>
  );
}

/** In a showroom session: save the cart as a quote for the customer in context (docs/showroom.md). */
async function SaveAsQuote({
  storeId,
  customer,
  t,
  locale,
}: {
  storeId: string;
  customer: { firstName: string; lastName: string; email: string } | null;
  t: Translate;
  locale: Locale;
}) {
  if (!customer)
    return (
      <section aria-labelledby="save-quote" className="mt-8 rounded-lg border border-gray-200 bg-white p-4">
        <h2 id="save-quote" className="text-xl font-semibold">
          {t('quotes.saveTitle')}
        </h2>
        <p className="mt-2" data-testid="quote-needs-customer">
          {t('quotes.needCustomer')}
        </p>
        <ButtonLink href="/showroom/customer" size="touch" variant="secondary" className="mt-3">
          {t('quotes.chooseCustomer')}
        </ButtonLink>
      </section>
    );
  const range = await getQuoteValidity(getDb(), storeId);
  const name = `${customer.firstName} ${customer.lastName}`.trim() || customer.email;
  return (
    <div className="mt-8 rounded-lg border border-gray-200 bg-white p-4">
      <ClientMessages namespaces={['quotes']}>
        <SaveQuoteForm
          customerName={name}
          range={{
            ...range,
            minLabel: formatCalendarDay(range.min, locale),
            maxLabel: formatCalendarDay(range.max, locale),
          }}
        />
      </ClientMessages>
    </div>
  );
}
