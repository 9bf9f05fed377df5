// The product as staff show it on the shop floor: the showroom's price, stock here, in the other
// stores, in the warehouse and online, the configuration with each choice's stock here, the ways to
// receive it, and accessories and consumables to add with one tap.
import { useTranslations } from 'next-intl';
import { AddToCartForm } from '@/components/storefront/add-to-cart-form';
import { ButtonLink } from '@/components/ui/button';
import { Price } from '@/components/ui/price';
import { StatusMessage } from '@/components/ui/status-message';
import { Table, TBody, Td, Th, THead, Tr } from '@/components/ui/table';
import type { ProductDetail, VariantDetail } from '@/lib/catalog/product-detail.reads';
import type { ProductCard } from '@/lib/catalog/product-listing.reads';
import { pickVariant } from '@/lib/catalog/variant-selection.rules';
import type { AvailabilitySettings, PromiseStore } from '@/lib/inventory/fulfilment-promise.rules';
import { summariseShowroomStock, type StockAtLocation } from '@/lib/showroom/showroom-stock.rules';
import { AddOneButton } from './add-one-button';
import { ShowroomAvailability } from './showroom-availability';

/** `offer`: the variant one tap adds (lib/showroom/showroom.reads.ts listOfferVariants), null when none is active. */
export type ShowroomOffer = {
  type: 'accessory' | 'consumable';
  items: Array<ProductCard & { offer: { sku: string; variants: number; label: string } | null }>;
};

type Props = {
  product: ProductDetail;
  selected: VariantDetail | undefined;
  store: PromiseStore & { id: string };
  /** Every active location's free units per variant id (lib/showroom/showroom.reads.ts). */
  stock: Map<string, StockAtLocation[]>;
  onlineLocationIds: string[];
  settings: AvailabilitySettings;
  offers: ShowroomOffer[];
};

export function ShowroomProductView({ product, selected, store, stock, onlineLocationIds, settings, offers }: Props) {
  const t = useTranslations();
  const image =
    product.images.find((i) => i.variantId === selected?.id) ??
    product.images.find((i) => !i.variantId) ??
    product.images[0];
  const hereOf = (variant: VariantDetail) =>
    stock.get(variant.id)?.find((s) => s.locationId === store.id)?.quantity ?? 0;
  return (
    <article className="space-y-8">
      <div className="grid gap-6 md:grid-cols-[2fr_3fr]">
        {image && (
          // eslint-disable-next-line @next/next/no-img-element -- generated SVGs need no optimisation
          <img
            src={image.url}
            alt={image.alt}
            width={800}
            height={600}
            className="w-full rounded-lg border border-gray-200"
          />
        )}
        <section className="space-y-5">
          <div>
            {product.brand && <p className="font-medium text-brand-700">{product.brand}</p>}
            <h1 className="text-3xl font-bold">{product.name}</h1>
            {selected && (
              <p className="mt-1 text-base text-gray-700">
                {t('product.sku', { sku: selected.sku })}
                {selected.gtin && <> · {t('product.gtin', { gtin: selected.gtin })}</>}
              </p>
            )}
          </div>
          {selected?.price && (
            <p className="text-3xl" data-testid="price">
              <Price
                value={selected.price}
                was={selected.basePrice}
                lowest30Days={selected.lowestPrice30Days}
                includesVat={product.pricesIncludeVat}
              />
            </p>
          )}
          {selected && <Configuration product={product} selected={selected} hereOf={hereOf} />}
          {selected?.price && <AddToCartForm key={selected.sku} sku={selected.sku} />}
        </section>
      </div>
      {selected && (
        <div className="grid gap-6 md:grid-cols-2">
          <StockTable stock={stock.get(selected.id) ?? []} store={store} onlineLocationIds={onlineLocationIds} />
          <ShowroomAvailability
            key={selected.sku}
            slug={product.slug}
            sku={selected.sku}
            rendered={{
              availability: selected.availability,
              stock: selected.stock,
              at: new Date().toISOString(),
            }}
            store={store}
            settings={settings}
          />
        </div>
      )}
      {offers.map((offer) => (
        <Offer key={offer.type} offer={offer} />
      ))}
    </article>
  );
}

/** Colour, size …: each choice links to the variant it leads to and says how many of it are here. */
function Configuration({
  product,
  selected,
  hereOf,
}: {
  product: ProductDetail;
  selected: VariantDetail;
  hereOf: (variant: VariantDetail) => number;
}) {
  const t = useTranslations();
  if (product.options.length === 0) return null;
  return (
    <div className="space-y-4">
      <h2 className="sr-only">{t('product.variants')}</h2>
      {product.options.map((option) => (
        <fieldset key={option.code}>
          <legend className="mb-2 font-semibold">{option.name}</legend>
          <ul className="flex flex-wrap gap-3">
            {option.values.map((value) => {
              const target = pickVariant(product.variants, selected, option.code, value);
              if (!target) return null;
              const isSelected = selected.options[option.code] === value;
              const label = option.labels[value] ?? value;
              const here = t('showroom.product.hereCount', { count: hereOf(target) });
              return (
                <li key={value}>
                  <ButtonLink
                    href={`/p/${product.slug}?variant=${encodeURIComponent(target.sku)}`}
                    variant={isSelected ? 'primary' : 'secondary'}
                    size="touch"
                    aria-current={isSelected ? 'true' : undefined}
                    aria-label={`${option.name}: ${label}, ${here}`}
                    scroll={false}
                    className="flex-col !items-start gap-0 leading-tight"
                  >
                    <span>{label}</span>
                    <span className="text-sm font-normal">{here}</span>
                  </ButtonLink>
                </li>
              );
            })}
          </ul>
        </fieldset>
      ))}
      <StatusMessage tone="info" plain className="text-base">
        {t('product.selected', {
          label: product.options
            .flatMap((o) => {
              const value = selected.options[o.code];
              return value ? [o.labels[value] ?? value] : [];
            })
            .join(' / '),
        })}
      </StatusMessage>
    </div>
  );
}

function StockTable({
  stock,
  store,
  onlineLocationIds,
}: {
  stock: StockAtLocation[];
  store: { id: string; name: string };
  onlineLocationIds: string[];
}) {
  const t = useTranslations('showroom.product');
  const summary = summariseShowroomStock(stock, store, onlineLocationIds);
  const rows = [
    {
      key: 'here',
      label: t('here', { store: summary.here.locationName }),
      quantity: summary.here.quantity,
      strong: true,
    },
    ...summary.otherStores.map((s) => ({
      key: s.locationId,
      label: s.locationName,
      quantity: s.quantity,
      strong: false,
    })),
    ...summary.warehouses.map((s) => ({
      key: s.locationId,
      label: `${t('warehouse')}: ${s.locationName}`,
      quantity: s.quantity,
      strong: false,
    })),
    { key: 'online', label: t('online'), quantity: summary.online, strong: false },
  ];
  return (
    <Table caption={t('stock')} className="text-base">
      <THead>
        <Tr>
          <Th>{t('location')}</Th>
          <Th numeric>{t('units')}</Th>
        </Tr>
      </THead>
      <TBody>
        {rows.map((row) => (
          <Tr key={row.key} className={row.strong ? 'bg-brand-50 font-semibold' : undefined}>
            <Th scope="row">{row.label}</Th>
            <Td numeric nowrap>
              {t('unitCount', { count: row.quantity })}
            </Td>
          </Tr>
        ))}
      </TBody>
    </Table>
  );
}

function Offer({ offer }: { offer: ShowroomOffer }) {
  const t = useTranslations();
  return (
    <section aria-labelledby={`offer-${offer.type}`}>
      <h2 id={`offer-${offer.type}`} className="mb-3 text-xl font-semibold">
        {t('showroom.product.offer')}: {t(`product.related.${offer.type}`)}
      </h2>
      <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
        {offer.items.map((item) => (
          <li key={item.id} className="flex items-center gap-3 rounded-lg border border-gray-300 bg-white p-3">
            <div className="min-w-0 flex-1">
              <p className="font-semibold">{item.name}</p>
              {item.offer?.label && <p className="text-sm">{item.offer.label}</p>}
              {item.offer && <p className="text-xs text-gray-700">{t('product.sku', { sku: item.offer.sku })}</p>}
              <Price
                value={item.price}
                from={item.priceVaries}
                includesVat={item.pricesIncludeVat}
                className="text-base"
              />
            </div>
            <div className="flex flex-col items-end gap-1">
              {item.offer && (
                <AddOneButton
                  sku={item.offer.sku}
                  name={item.offer.label ? `${item.name} (${item.offer.label})` : item.name}
                />
              )}
              {(!item.offer || item.offer.variants > 1) && (
                <ButtonLink
                  href={`/p/${item.slug}`}
                  variant="link"
                  size="touch"
                  aria-label={t('showroom.product.chooseNamed', { product: item.name })}
                >
                  {t('showroom.product.choose')}
                </ButtonLink>
              )}
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
