'use client';

import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import { AvailabilityBadge } from '@/components/storefront/availability-badge';
import { FulfilmentPromises } from '@/components/storefront/fulfilment-promises';
import type { VariantDetail } from '@/lib/catalog/product-detail.reads';
import type { AvailabilitySettings } from '@/lib/inventory/fulfilment-promise.rules';
import type { StoreDetail } from '@/lib/inventory/stores.reads';
import { useLiveStock } from './use-live-stock';

type Props = {
  slug: string;
  sku: string;
  /** The stock the page was rendered with (it may come from the page cache, up to a minute old) and when. */
  rendered: { availability: VariantDetail['availability']; stock: VariantDetail['stock']; at: string };
  stores: StoreDetail[];
  preferredCode: string | null;
  settings: AvailabilitySettings;
  /** Shown below the promises (the SKU line). */
  children?: ReactNode;
};

/**
 * The selected variant's availability and pickup/delivery promises. The server renders them with the
 * stock it read (so they show without JavaScript); product pages are served from the page cache, so in
 * the browser they are refreshed at once from GET /api/v1/products/{slug}/stock, and again whenever the
 * tab becomes visible, with the same rules the cart and order placement use.
 */
export function LiveAvailability({ slug, sku, rendered, stores, preferredCode, settings, children }: Props) {
  const t = useTranslations('product');
  const live = useLiveStock(slug, sku, rendered, { refreshNow: true });

  return (
    <section aria-labelledby="availability" className="mt-6" data-testid="availability">
      <h2 id="availability" className="mb-2 flex items-center gap-2 text-sm font-semibold">
        {t('availability')} <AvailabilityBadge availability={live.availability} />
      </h2>
      <FulfilmentPromises
        stock={live.stock}
        stores={stores}
        preferredCode={preferredCode}
        now={live.now}
        settings={settings}
      />
      {children}
    </section>
  );
}
