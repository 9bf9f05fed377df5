// The whole cart's availability answer on the cart page: pickup at the visitor's store (from the
// store's stock, or from the arrival day of a transfer) and home delivery, as checkout will offer them.
import { getLocale, getTranslations } from 'next-intl/server';
import { deliveryText, pickupText } from '@/components/storefront/fulfilment-promises';
import type { CartView } from '@/lib/cart/cart.reads';
import { availabilitySettings, resolveAvailability } from '@/lib/inventory/fulfilment-promise.rules';
import type { StoreDetail } from '@/lib/inventory/stores.reads';
import type { Locale } from '@/lib/platform/i18n/locales';
import type { Translate } from '@/lib/platform/i18n/messages';

export async function CartPromise({ view, store, now }: { view: CartView; store: StoreDetail | null; now: Date }) {
  const [t, locale] = await Promise.all([getTranslations(), getLocale()]);
  const lines = view.lines.filter((l) => l.available).map((l) => ({ key: l.id, quantity: l.quantity, stock: l.stock }));
  if (lines.length === 0) return null;
  const { pickup, delivery } = resolveAvailability({
    lines,
    store,
    now,
    settings: availabilitySettings(process.env),
  });
  const tr = t as unknown as Translate;
  const ok = (yes: boolean) => (yes ? 'text-green-900' : 'text-gray-700');
  return (
    <section
      aria-labelledby="cart-promise"
      className="mt-6 rounded-lg border border-gray-200 p-4 text-sm"
      data-testid="cart-promise"
    >
      <h2 id="cart-promise" className="font-semibold">
        {t('cart.promiseHeading')}
      </h2>
      <ul className="mt-2 space-y-1">
        <li className={ok(pickup !== null && pickup.kind !== 'unavailable')}>
          {pickup ? pickupText(tr, locale as Locale, pickup) : t('promise.chooseStore')}
        </li>
        <li className={ok(delivery.kind === 'delivery')}>{deliveryText(tr, locale as Locale, delivery)}</li>
      </ul>
    </section>
  );
}
