import type { Metadata } from 'next';
import { CartLines, type CartLabels } from '@/components/storefront/cart-lines';
import { MessagePage } from '@/components/ui/message-page';
import { getCurrentActor } from '@/lib/platform/auth/current-actor';
import { getCartView } from '@/lib/cart/cart.reads';
import { getDb } from '@/lib/platform/db';
import { getLocale, getTranslator } from '@/lib/platform/i18n/server';
import { getStorefrontAudience, getStorefrontChannel } from '@/lib/platform/request-context';
import type { Translate } from '@/lib/platform/i18n/translate';
import { findStorefrontCartId } from './cart-session';

/** The strings the cart's client component shows, with their {placeholders} left for it to fill. */
function cartLabels(t: Translate, pricesIncludeVat: boolean): CartLabels {
  return {
    lines: t('cart.lines'),
    empty: t('cart.empty'),
    continue: t('cart.continue'),
    quantityOf: t('cart.quantityOf'),
    decrease: t('cart.decrease'),
    increase: t('cart.increase'),
    update: t('cart.update'),
    updateOf: t('cart.updateOf'),
    remove: t('cart.remove'),
    removeOf: t('cart.removeOf'),
    unitPrice: t('cart.unitPrice'),
    lineTotal: t('cart.lineTotal'),
    priceChanged: t('cart.priceChanged'),
    unavailable: t('cart.unavailable'),
    subtotal: t('cart.subtotal'),
    subtotalNote: t('cart.subtotalNote'),
    checkout: t('cart.checkout'),
    updating: t('cart.updating'),
    vat: pricesIncludeVat ? t('product.inclVat') : t('product.exclVat'),
  };
}

export const metadata: Metadata = { title: 'Cart' };

export default async function CartPage() {
  const [t, locale, actor, channel, audience] = await Promise.all([
    getTranslator(),
    getLocale(),
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
      <CartLines view={view} locale={locale} labels={cartLabels(t, view.pricesIncludeVat)} />
    </div>
  );
}
