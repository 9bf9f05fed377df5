// The product page of a showroom session: loads what the tablet view shows besides the product itself
// (stock in every location, the web shop's locations, the store's hours, one-tap accessories).
import { notFound } from 'next/navigation';
import { ShowroomProductView } from '@/components/showroom/showroom-product-view';
import { getCachedChannel } from '@/lib/catalog/cached-catalog.reads';
import type { ProductDetail, VariantDetail } from '@/lib/catalog/product-detail.reads';
import { channelRouting } from '@/lib/channels/channel-routing.reads';
import { availabilitySettings } from '@/lib/inventory/fulfilment-promise.rules';
import { listStoreDetails } from '@/lib/inventory/stores.reads';
import { getDb } from '@/lib/platform/db';
import { getVisitorLocale, getStorefrontChannel } from '@/lib/platform/request-context';
import { listOfferVariants, listStockEverywhere } from '@/lib/showroom/showroom.reads';

const OFFERED = ['accessory', 'consumable'] as const;

export async function ShowroomProduct({
  product,
  selected,
  storeId,
}: {
  product: ProductDetail;
  selected: VariantDetail | undefined;
  storeId: string;
}) {
  const related = OFFERED.flatMap((type) => product.related[type].map((card) => card.id));
  const [channel, web] = await Promise.all([getStorefrontChannel(), getCachedChannel(channelRouting().storefront)]);
  const [stores, stock, offered] = await Promise.all([
    listStoreDetails(getDb(), channel),
    listStockEverywhere(
      getDb(),
      product.variants.map((v) => v.id),
    ),
    listOfferVariants(getDb(), related, storeId, await getVisitorLocale()),
  ]);
  const store = stores.find((s) => s.id === storeId);
  // The request context honoured the session for an active store; one closed since is no showroom.
  if (!store) notFound();
  const offers = OFFERED.filter((type) => product.related[type].length > 0).map((type) => ({
    type,
    items: product.related[type].map((card) => ({ ...card, offer: offered.get(card.id) ?? null })),
  }));
  return (
    <ShowroomProductView
      product={product}
      selected={selected}
      store={store}
      stock={stock}
      onlineLocationIds={web?.locationIds ?? []}
      settings={availabilitySettings(process.env)}
      offers={offers}
    />
  );
}
