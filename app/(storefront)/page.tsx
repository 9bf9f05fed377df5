import Link from 'next/link';
import { ProductGrid } from '@/components/storefront/product-grid';
import { getProductPage } from '@/lib/catalog/cached-catalog.reads';
import { getTranslations } from 'next-intl/server';
import {
  getCategoryTree,
  getStorefrontAudience,
  getStorefrontChannel,
  getVisitorLocale,
} from '@/lib/platform/request-context';

export default async function HomePage() {
  const [t, channel, categories, audience] = await Promise.all([
    getTranslations(),
    getStorefrontChannel(),
    getCategoryTree(),
    getStorefrontAudience(),
  ]);
  const featured = (await getProductPage(
    channel,
    {
      sort: 'newest',
      brand: [],
      color: [],
      size: [],
      inStock: true,
      page: 1,
      pageSize: 8,
      locale: await getVisitorLocale(),
    },
    audience,
  )) ?? { items: [] };
  return (
    <>
      <section className="rounded-xl bg-brand-800 px-6 py-12 text-white">
        <h1 className="text-3xl font-bold sm:text-4xl">{t('home.heroTitle')}</h1>
        <p className="mt-3 max-w-2xl text-brand-50">{t('home.heroText')}</p>
      </section>
      <section aria-labelledby="home-categories" className="mt-10">
        <h2 id="home-categories" className="mb-4 text-xl font-semibold">
          {t('home.shopCategories')}
        </h2>
        <ul className="grid grid-cols-2 gap-3 sm:grid-cols-3">
          {categories.map((category) => (
            <li key={category.id}>
              <Link
                href={`/c/${category.path}`}
                className="block rounded-lg border border-gray-200 p-4 hover:border-brand-600 hover:bg-brand-50"
              >
                <span className="font-medium">{category.name}</span>
                <span className="mt-1 block text-xs text-gray-600">
                  {category.children.map((c) => c.name).join(' · ')}
                </span>
              </Link>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="home-featured" className="mt-10">
        <h2 id="home-featured" className="mb-4 text-xl font-semibold">
          {t('home.featured')}
        </h2>
        <ProductGrid items={featured.items} headingLevel="h3" />
      </section>
    </>
  );
}
