import type { Metadata } from 'next';
import { cookies } from 'next/headers';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { AddToCartForm } from '@/components/storefront/add-to-cart-form';
import { Breadcrumb } from '@/components/storefront/breadcrumb';
import { LiveAvailability } from '@/components/storefront/live-availability';
import { ProductGrid } from '@/components/storefront/product-grid';
import { ButtonLink } from '@/components/ui/button';
import { Price } from '@/components/ui/price';
import { StatusMessage } from '@/components/ui/status-message';
import { getProductDetail } from '@/lib/catalog/cached-catalog.reads';
import { RELATION_TYPES, type ProductDetail, type VariantDetail } from '@/lib/catalog/product-detail.reads';
import { ShippingNote } from '@/components/storefront/shipping-note';
import { getCachedProductShippingNote } from '@/lib/shipping/cached-shipping.reads';
import { listPickupStores, type StoreDetail } from '@/lib/inventory/stores.reads';
import { PREFERRED_STORE_COOKIE } from '@/lib/inventory/preferred-store.rules';
import { getDb } from '@/lib/platform/db';
import { availabilitySettings } from '@/lib/inventory/fulfilment-promise.rules';
import { findSelectedVariant, pickVariant } from '@/lib/catalog/variant-selection.rules';
import { useTranslations } from 'next-intl';
import { getTranslations } from 'next-intl/server';
import {
  getRequestContext,
  getStorefrontAudience,
  getStorefrontChannel,
  getVisitorLocale,
} from '@/lib/platform/request-context';
import { ShowroomProduct } from './showroom-product';
import { slugParam } from '@/lib/catalog/catalog.schemas';
import { ClientMessages } from '@/lib/platform/i18n/client-messages';

type Param = string | string[] | undefined;
type Props = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<{ variant?: Param; color?: Param; size?: Param }>;
};

/** A listing's `color` / `size` parameters (repeated or single), at most a few short values. */
const optionValues = (value: Param) =>
  (Array.isArray(value) ? value : value ? [value] : []).filter((v) => v.length <= 80).slice(0, 30);

const loadProduct = cache(async (slug: string) => {
  if (!slugParam.safeParse(slug).success) return null;
  const [channel, audience, locale] = await Promise.all([
    getStorefrontChannel(),
    getStorefrontAudience(),
    getVisitorLocale(),
  ]);
  return getProductDetail(channel, slug, audience, locale);
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const product = await loadProduct((await params).slug);
  if (product) return { title: product.name, description: product.description.slice(0, 160) };
  return { title: (await getTranslations('notFound'))('title') };
}

export default async function ProductPage({ params, searchParams }: Props) {
  const [{ slug }, { variant: variantParam, color, size }] = await Promise.all([params, searchParams]);
  const product = await loadProduct(slug);
  if (!product) notFound();
  // Without a variant in the URL, the colour and size the shopper filtered the listing by choose one.
  const selected = findSelectedVariant(product.variants, typeof variantParam === 'string' ? variantParam : undefined, {
    color: optionValues(color),
    size: optionValues(size),
  });
  // Staff in showroom mode see the tablet view (never page-cached: lib/platform/server/visitor.ts).
  const { showroomStoreId } = await getRequestContext();
  if (showroomStoreId) return <ShowroomProduct product={product} selected={selected} storeId={showroomStoreId} />;
  // The visitor's store is part of the page-cache key (lib/platform/server/page-cache.ts).
  const [channel, jar] = await Promise.all([getStorefrontChannel(), cookies()]);
  const [pickupStores, shippingNote] = await Promise.all([
    listPickupStores(getDb(), channel),
    getCachedProductShippingNote(channel.id, product.id),
  ]);
  return (
    <article>
      <Breadcrumb
        items={[
          ...product.breadcrumb.map((c) => ({ name: c.name, href: `/c/${c.path}` })),
          { name: product.name, href: `/p/${product.slug}` },
        ]}
      />
      <div className="grid gap-8 md:grid-cols-2">
        <ProductImages product={product} selected={selected} />
        <section>
          {product.brand && <p className="text-sm font-medium text-brand-700">{product.brand}</p>}
          <h1 className="text-2xl font-bold sm:text-3xl">{product.name}</h1>
          {selected?.price && (
            <p className="mt-3 text-2xl" data-testid="price">
              <Price
                value={selected.price}
                was={selected.basePrice}
                lowest30Days={selected.lowestPrice30Days}
                includesVat={product.pricesIncludeVat}
              />
              <ShippingNote note={shippingNote} currency={selected.price.currency} />
            </p>
          )}
          {selected && <VariantPicker product={product} selected={selected} />}
          {selected?.price && <AddToCartForm key={selected.sku} sku={selected.sku} />}
          {selected && (
            <ProductAvailability
              slug={product.slug}
              selected={selected}
              stores={pickupStores}
              preferredStore={jar.get(PREFERRED_STORE_COOKIE)?.value ?? null}
            />
          )}
          <ProductDetails product={product} />
        </section>
      </div>
      <RelatedProducts product={product} />
    </article>
  );
}

/**
 * The selected variant's image (or one of its colour) large, and every image as a thumbnail. A colour
 * without an image of its own gets an image tied to no variant rather than another colour's.
 */
function ProductImages({ product, selected }: { product: ProductDetail; selected: VariantDetail | undefined }) {
  const t = useTranslations('product');
  const image =
    product.images.find((i) => i.variantId === selected?.id) ??
    product.images.find(
      (i) =>
        i.variantId && product.variants.find((v) => v.id === i.variantId)?.options.color === selected?.options.color,
    ) ??
    product.images.find((i) => !i.variantId) ??
    product.images[0];
  return (
    <section aria-label={t('images')}>
      {image && (
        // eslint-disable-next-line @next/next/no-img-element -- generated SVGs need no optimisation
        <img
          src={image.url}
          alt={image.alt}
          width={800}
          height={600}
          // The page's largest paint on a phone.
          fetchPriority="high"
          className="w-full rounded-lg border border-gray-200"
        />
      )}
      {product.images.length > 1 && (
        <ul className="mt-3 grid grid-cols-4 gap-2">
          {product.images.map((img) => (
            <li key={img.url}>
              {/* eslint-disable-next-line @next/next/no-img-element -- generated SVGs need no optimisation */}
              <img
                src={img.url}
                alt={img.alt}
                width={200}
                height={150}
                loading="lazy"
                className="rounded border border-gray-200"
              />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/**
 * One group of links per option (colour, size): each value links to the variant it leads to, so the
 * choice works without JavaScript and every variant has its own address.
 */
function VariantPicker({ product, selected }: { product: ProductDetail; selected: VariantDetail }) {
  const t = useTranslations('product');
  if (product.options.length === 0) return null;
  return (
    <div className="mt-6 space-y-4">
      <h2 className="sr-only">{t('variants')}</h2>
      {product.options.map((option) => (
        <fieldset key={option.code}>
          <legend className="mb-1 text-sm font-semibold">{option.name}</legend>
          <ul className="flex flex-wrap gap-2">
            {option.values.map((value) => {
              const target = pickVariant(product.variants, selected, option.code, value);
              const isSelected = selected.options[option.code] === value;
              return (
                <li key={value}>
                  {target && (
                    <ButtonLink
                      href={`/p/${product.slug}?variant=${encodeURIComponent(target.sku)}`}
                      variant={isSelected ? 'primary' : 'secondary'}
                      aria-current={isSelected ? 'true' : undefined}
                      aria-label={`${option.name}: ${option.labels[value] ?? value}`}
                      scroll={false}
                    >
                      {option.labels[value] ?? value}
                    </ButtonLink>
                  )}
                </li>
              );
            })}
          </ul>
        </fieldset>
      ))}
      <StatusMessage tone="info" plain>
        {t('selected', {
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

function ProductAvailability({
  slug,
  selected,
  stores,
  preferredStore,
}: {
  slug: string;
  selected: VariantDetail;
  stores: StoreDetail[];
  preferredStore: string | null;
}) {
  const t = useTranslations('product');
  return (
    <ClientMessages namespaces={['stores', 'promise']}>
      <LiveAvailability
        // A new variant starts from its own rendered stock, not the last one's live answer.
        key={selected.sku}
        slug={slug}
        sku={selected.sku}
        rendered={{ availability: selected.availability, stock: selected.stock, at: new Date().toISOString() }}
        stores={stores}
        preferredCode={preferredStore}
        settings={availabilitySettings(process.env)}
      >
        <p className="mt-3 text-xs text-gray-600">
          {t('sku', { sku: selected.sku })}
          {selected.gtin && <> · {t('gtin', { gtin: selected.gtin })}</>}
        </p>
      </LiveAvailability>
    </ClientMessages>
  );
}

function ProductDetails({ product }: { product: ProductDetail }) {
  const t = useTranslations('product');
  return (
    <section aria-labelledby="details" className="mt-6">
      <h2 id="details" className="mb-2 text-sm font-semibold">
        {t('details')}
      </h2>
      <p className="whitespace-pre-line text-gray-800">{product.description}</p>
      {product.attributes.length > 0 && (
        <dl className="mt-4 grid grid-cols-2 gap-x-4 gap-y-1 text-sm">
          {product.attributes.map((a) => (
            <div key={a.code} className="contents">
              <dt className="text-gray-600">{a.name}</dt>
              <dd>
                {a.value}
                {a.unit ? ` ${a.unit}` : ''}
              </dd>
            </div>
          ))}
        </dl>
      )}
    </section>
  );
}

function RelatedProducts({ product }: { product: ProductDetail }) {
  const t = useTranslations('product.related');
  return RELATION_TYPES.filter((type) => product.related[type].length > 0).map((type) => (
    <section key={type} aria-labelledby={`related-${type}`} className="mt-12">
      <h2 id={`related-${type}`} className="mb-4 text-xl font-semibold">
        {t(type)}
      </h2>
      <ProductGrid items={product.related[type]} headingLevel="h3" />
    </section>
  ));
}
