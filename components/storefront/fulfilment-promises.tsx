// The selected variant's pickup and delivery promises, the visitor's store choice and the other stores' stock.
import { availabilityLabel } from '@/components/storefront/availability-badge';
import { StorePicker } from '@/components/storefront/store-picker';
import type { VariantDetail } from '@/lib/catalog/product-detail.reads';
import type { StoreDetail } from '@/lib/inventory/stores.reads';
import {
  resolveFulfilmentPromise,
  type AvailabilitySettings,
  type DeliveryPromise,
  type PickupPromise,
} from '@/lib/inventory/fulfilment-promise.rules';
import { useLocale, useTranslations } from 'next-intl';
import { formatCalendarDay } from '@/lib/platform/i18n/format';
import type { Locale } from '@/lib/platform/i18n/locales';
import type { Translate } from '@/lib/platform/i18n/messages';

/** What a pickup answer says to the shopper (product page and cart). */
export function pickupText(t: Translate, locale: Locale, pickup: PickupPromise): string {
  const store = pickup.storeName;
  if (pickup.kind === 'unavailable') return t('promise.pickupUnavailable', { store });
  if (pickup.kind === 'transfer')
    return t('promise.pickupFrom', { date: formatCalendarDay(pickup.date, locale), store });
  if (pickup.day === 'today') return t('promise.pickupToday', { store });
  if (pickup.day === 'tomorrow') return t('promise.pickupTomorrow', { store });
  return t('promise.pickupOn', { date: formatCalendarDay(pickup.date, locale), store });
}

/** What a delivery answer says to the shopper: the date range (product page and cart). */
export function deliveryText(t: Translate, locale: Locale, delivery: DeliveryPromise): string {
  return delivery.kind === 'delivery'
    ? t('promise.delivery', {
        from: formatCalendarDay(delivery.from, locale),
        to: formatCalendarDay(delivery.to, locale),
      })
    : t('promise.deliveryUnavailable');
}

type Props = {
  stock: VariantDetail['stock'];
  stores: StoreDetail[];
  preferredCode: string | null;
  now: Date;
  /** The operator's availability settings (availabilitySettings(process.env), read on the server). */
  settings: AvailabilitySettings;
};

export function FulfilmentPromises({ stock, stores, preferredCode, now, settings }: Props) {
  const t = useTranslations();
  const locale = useLocale();
  const preferred = stores.find((s) => s.code === preferredCode) ?? null;
  // The same answer the cart, the checkout's slots and order placement give (one unit here).
  const { pickup, delivery } = resolveFulfilmentPromise({
    stock,
    store: preferred,
    now,
    settings,
  });
  const otherStores = stock.filter((s) => s.kind === 'store' && s.locationCode !== preferred?.code);
  const available = (ok: boolean) => (ok ? 'text-green-900' : 'text-gray-700');
  return (
    <section
      aria-labelledby="fulfilment"
      className="mt-4 space-y-3 rounded-lg border border-gray-200 p-4"
      data-testid="fulfilment"
    >
      <h3 id="fulfilment" className="text-sm font-semibold">
        {t('promise.heading')}
      </h3>
      <ul className="space-y-1 text-sm">
        {pickup ? (
          <li className={available(pickup.kind !== 'unavailable')}>{pickupText(t, locale, pickup)}</li>
        ) : (
          <li className="text-gray-700">{t('promise.chooseStore')}</li>
        )}
        <li className={available(delivery.kind === 'delivery')}>{deliveryText(t, locale, delivery)}</li>
      </ul>
      {stores.length > 0 && (
        <StorePicker stores={stores.map(({ code, name }) => ({ code, name }))} current={preferred?.code ?? null} />
      )}
      {otherStores.length > 0 && (
        <div>
          <h4 className="mb-1 text-sm font-semibold">{preferred ? t('stores.otherStores') : t('stores.allStores')}</h4>
          <ul className="space-y-0.5 text-sm">
            {otherStores.map((s) => (
              <li key={s.locationCode}>
                {t('stores.stockAt', {
                  store: s.locationName,
                  status: availabilityLabel(t, s.availability, s.quantity),
                })}
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
