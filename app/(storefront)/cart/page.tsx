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
import { ClientMessages } from '@/lib/platform/i18n/client-messages';
import { goodsLinesOf, listShippingQuotes } from '@/lib/shipping/shipping.reads';
import { findStorefrontCartId } from './cart-session';

export const generateMetadata = pageTitle('cart.title');

export default async function CartPage() {
  const [t, actor, { channel, audience, showroomStoreId }, jar, locale] = await Promise.all([
    getTranslations(),
    getCurrentActor(),
    getRequestContext(),
    cookies(),
    getVisitorLocale(),
  ]);
  const cartId = await findStorefrontCartId(actor);
  const view = cartId
    ? await getCartView(getDb(), cartId, audience, channel, actor?.userId ?? null, undefined, locale)
    : null;
  // A cart emptied on this page stays on it (its live region announces the removal); no cart at all gets the plain page.
  if (!view)
    return (
      <MessagePage title={t('cart.title')} text={t('cart.empty')} link={{ href: '/', label: t('cart.continue') }} />
    );
  const preferredCode = jar.get(PREFERRED_STORE_COOKIE)?.value;
  const preferred = preferredCode
    ? ((await listPickupStores(getDb(), channel)).find((s) => s.code === preferredCode) ?? null)
    : null;
  // The shop offers delivery or pickup; ship to store is what a pickup becomes (the availability answer), not a choice.
  const shopperQuotes = (await listShippingQuotes(getDb(), channel.id, goodsLinesOf(view.lines))).filter(
    (q) => q.method !== 'ship_to_store',
  );
  return (
    <div className="mx-auto max-w-4xl">
      <h1 className="mb-6 text-2xl font-bold sm:text-3xl">{t('cart.title')}</h1>
      <CartLines view={view} shipping={shopperQuotes} />
      <CartPromise view={view} store={preferred} now={new Date()} />
      {showroomStoreId && (
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
