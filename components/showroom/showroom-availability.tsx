'use client';

import { useLocale, useTranslations } from 'next-intl';
import { AvailabilityBadge } from '@/components/storefront/availability-badge';
import { deliveryText, pickupText } from '@/components/storefront/fulfilment-promises';
import { useLiveStock, type LiveStock } from '@/components/storefront/use-live-stock';
import {
  resolveFulfilmentPromise,
  type AvailabilitySettings,
  type PromiseStore,
} from '@/lib/inventory/fulfilment-promise.rules';
import type { Locale } from '@/lib/platform/i18n/locales';

type Props = {
  slug: string;
  sku: string;
  /** The showroom channel's stock of the variant as rendered, and when. */
  rendered: Omit<LiveStock, 'now'> & { at: string };
  store: PromiseStore;
  settings: AvailabilitySettings;
};

/**
 * The ways the customer can receive the chosen variant from the showroom: collect here (today, or from
 * the day a transfer arrives) or delivery home, by the rules the cart and order placement use, from the
 * showroom channel's stock. Refreshed from GET /api/v1/products/{slug}/stock when the tablet wakes up.
 */
export function ShowroomAvailability({ slug, sku, rendered, store, settings }: Props) {
  const t = useTranslations();
  const locale = useLocale() as Locale;
  const live = useLiveStock(slug, sku, rendered, { refreshNow: false });

  const { pickup, delivery } = resolveFulfilmentPromise({ stock: live.stock, store, now: live.now, settings });
  const available = (ok: boolean) => (ok ? 'text-green-900' : 'text-gray-700');
  return (
    <section
      aria-labelledby="receiving"
      className="rounded-lg border border-gray-300 bg-white p-4"
      data-testid="receiving"
    >
      <h2 id="receiving" className="mb-2 flex items-center gap-2 text-lg font-semibold">
        {t('showroom.product.receiving')} <AvailabilityBadge availability={live.availability} />
      </h2>
      <ul className="space-y-1">
        {pickup && <li className={available(pickup.kind !== 'unavailable')}>{pickupText(t, locale, pickup)}</li>}
        <li className={available(delivery.kind === 'delivery')}>{deliveryText(t, locale, delivery)}</li>
      </ul>
    </section>
  );
}
