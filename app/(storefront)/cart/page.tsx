import { CartLines } from '@/components/storefront/cart-lines';
import { MessagePage } from '@/components/ui/message-page';
import { getCurrentActor } from '@/lib/platform/auth/current-actor';
import { getCartView } from '@/lib/cart/cart.reads';
import { getDb } from '@/lib/platform/db';
import { getTranslations } from 'next-intl/server';
import { pageTitle } from '@/lib/platform/i18n/page-title';
import { getStorefrontAudience, getStorefrontChannel } from '@/lib/platform/request-context';
import { goodsLinesOf, listShippingQuotes } from '@/lib/shipping/shipping.reads';
import { findStorefrontCartId } from './cart-session';

export const generateMetadata = pageTitle('cart.title');

export default async function CartPage() {
  const [t, actor, channel, audience] = await Promise.all([
    getTranslations(),
    getCurrentActor(),
    getStorefrontChannel(),
    getStorefrontAudience(),
  ]);
  const cartId = await findStorefrontCartId(actor);
  const view = cartId ? await getCartView(getDb(), cartId, audience, channel, actor?.userId ?? null) : null;
  // A cart emptied on this page stays on it (its live region announces the removal); no cart at all gets the plain page.
  if (!view)
    return (
      <MessagePage title={t('cart.title')} text={t('cart.empty')} link={{ href: '/', label: t('cart.continue') }} />
    );
  return (
    <div className="mx-auto max-w-4xl">
      <h1 className="mb-6 text-2xl font-bold sm:text-3xl">{t('cart.title')}</h1>
      <CartLines view={view} shipping={await listShippingQuotes(getDb(), channel.id, goodsLinesOf(view.lines))} />
    </div>
  );
}
