import type { Metadata } from 'next';
import { cookies } from 'next/headers';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { AddToCartForm } from '@/components/storefront/add-to-cart-form';
import { AvailabilityBadge } from '@/components/storefront/availability-badge';
import { Breadcrumb } from '@/components/storefront/breadcrumb';
import { FulfilmentPromises } from '@/components/storefront/fulfilment-promises';
import { ProductGrid } from '@/components/storefront/product-grid';
import { Price } from '@/components/ui/price';
import { findProductDetail, RELATION_TYPES } from '@/lib/catalog/product-detail.reads';
import { listPickupStores, PREFERRED_STORE_COOKIE } from '@/lib/inventory/stores.reads';
import { getDb } from '@/lib/platform/db';
import { findSelectedVariant, pickVariant } from '@/lib/catalog/variant-selection.rules';
import { getTranslations } from 'next-intl/server';
import { getStorefrontAudience, getStorefrontChannel } from '@/lib/platform/request-context';
import { slugParam } from '@/lib/catalog/catalog.schemas';

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ variant?: string | string[] }> };

const loadProduct = cache(async (slug: string) => {
  if (!slugParam.safeParse(slug).success) return null;
  const [channel, audience] = await Promise.all([getStorefrontChannel(), getStorefrontAudience()]);
  return findProductDetail(getDb(), channel, slug, audience);
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const product = await loadProduct((await params).slug);
  if (product) return { title: product.name, description: product.description.slice(0, 160) };
  return { title: (await getTranslations('notFound'))('title') };
}

export default async function ProductPage({ params, searchParams }: Props) {
  const [{ slug }, { variant: variantParam }, t] = await Promise.all([params, searchParams, getTranslations()]);
  const product = await loadProduct(slug);
  if (!product) notFound();
  // Product pages are not page-cached, so the visitor's store cookie may be read here.
  const [pickupStores, jar] = await Promise.all([
    getStorefrontChannel().then((channel) => listPickupStores(getDb(), channel)),
    cookies(),
  ]);
  const preferredStore = jar.get(PREFERRED_STORE_COOKIE)?.value ?? null;
  const selected = findSelectedVariant(product.variants, typeof variantParam === 'string' ? variantParam : undefined);
  const image =
    product.images.find((i) => i.variantId === selected?.id) ??
    product.images.find(
      (i) =>
        i.variantId && product.variants.find((v) => v.id === i.variantId)?.options.color === selected?.options.color,
    ) ??
    product.images[0];
  const hrefFor = (sku: string) => `/p/${product.slug}?variant=${encodeURIComponent(sku)}`;
  const selectedLabel = selected ? Object.values(selected.options).join(' / ') : '';

  return (
    <article>
      <Breadcrumb
        items={[
          ...product.breadcrumb.map((c) => ({ name: c.name, href: `/c/${c.path}` })),
          { name: product.name, href: `/p/${product.slug}` },
        ]}
      />
      <div className="grid gap-8 md:grid-cols-2">
        <section aria-label={t('product.images')}>
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
            </p>
          )}
          {product.options.length > 0 && selected && (
            <div className="mt-6 space-y-4">
              <h2 className="sr-only">{t('product.variants')}</h2>
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
                            <Link
                              href={hrefFor(target.sku)}
                              aria-current={isSelected ? 'true' : undefined}
                              aria-label={`${option.name}: ${value}`}
                              scroll={false}
                              className={`block rounded-md border px-3 py-1.5 text-sm ${isSelected ? 'border-brand-700 bg-brand-700 text-white' : 'border-gray-400 hover:border-brand-700'}`}
                            >
                              {value}
                            </Link>
                          )}
                        </li>
                      );
                    })}
                  </ul>
                </fieldset>
              ))}
              <p className="text-sm text-gray-700" role="status">
                {t('product.selected', { label: selectedLabel })}
              </p>
            </div>
          )}
          {selected?.price && <AddToCartForm key={selected.sku} sku={selected.sku} />}
          {selected && (
            <section aria-labelledby="availability" className="mt-6">
              <h2 id="availability" className="mb-2 flex items-center gap-2 text-sm font-semibold">
                {t('product.availability')} <AvailabilityBadge availability={selected.availability} />
              </h2>
              <FulfilmentPromises
                stock={selected.stock}
                stores={pickupStores}
                preferredCode={preferredStore}
                now={new Date()}
              />
              <p className="mt-3 text-xs text-gray-600">
                {t('product.sku', { sku: selected.sku })}
                {selected.gtin && <> · {t('product.gtin', { gtin: selected.gtin })}</>}
              </p>
            </section>
          )}
          <section aria-labelledby="details" className="mt-6">
            <h2 id="details" className="mb-2 text-sm font-semibold">
              {t('product.details')}
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
        </section>
      </div>
      {RELATION_TYPES.filter((type) => product.related[type].length > 0).map((type) => (
        <section key={type} aria-labelledby={`related-${type}`} className="mt-12">
          <h2 id={`related-${type}`} className="mb-4 text-xl font-semibold">
            {t(`product.related.${type}`)}
          </h2>
          <ProductGrid items={product.related[type]} headingLevel="h3" />
        </section>
      ))}
    </article>
  );
}
