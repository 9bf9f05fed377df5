'use client';

import { useEffect, useState } from 'react';
import type { ProductStockDto } from '@/lib/catalog/catalog-api.schemas';
import type { VariantDetail } from '@/lib/catalog/product-detail.reads';

export type LiveStock = { availability: VariantDetail['availability']; stock: VariantDetail['stock']; now: Date };

/**
 * A variant's stock as the page rendered it (`rendered.at`: when), replaced by the answer of
 * GET /api/v1/products/{slug}/stock (never cached) whenever the tab becomes visible, and at once with
 * `refreshNow` (product pages come from the page cache, so what they rendered may be a minute old).
 * Offline or aborted: the last answer stays; the cart and order placement check stock themselves.
 */
export function useLiveStock(
  slug: string,
  sku: string,
  rendered: Omit<LiveStock, 'now'> & { at: string },
  { refreshNow }: { refreshNow: boolean },
): LiveStock {
  const [live, setLive] = useState<LiveStock>(() => ({ ...rendered, now: new Date(rendered.at) }));

  useEffect(() => {
    let controller: AbortController | null = null;
    const refresh = () => {
      controller?.abort();
      controller = new AbortController();
      fetch(`/api/v1/products/${encodeURIComponent(slug)}/stock`, {
        signal: controller.signal,
        cache: 'no-store',
        headers: { accept: 'application/json' },
      })
        .then((response) => (response.ok ? (response.json() as Promise<ProductStockDto>) : null))
        .then((body) => {
          const variant = body?.variants.find((v) => v.sku === sku);
          if (variant) setLive({ availability: variant.availability, stock: fromDto(variant.stock), now: new Date() });
        })
        .catch(() => undefined);
    };
    const onVisible = () => {
      if (document.visibilityState === 'visible') refresh();
    };
    if (refreshNow) refresh();
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      controller?.abort();
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [slug, sku, refreshNow]);

  return live;
}

function fromDto(stock: ProductStockDto['variants'][number]['stock']): VariantDetail['stock'] {
  return stock.map((s) => ({
    locationCode: s.location,
    locationName: s.name,
    kind: s.kind,
    availability: s.availability,
    quantity: s.quantity,
  }));
}
