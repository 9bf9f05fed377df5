import { pageTitle } from '@/lib/platform/i18n/page-title';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { z } from 'zod';
import { AuditTable } from '@/components/admin/audit-table';
import { ProductStatusForm } from '@/components/admin/product-status-form';
import { requirePagePermission } from '@/lib/platform/auth/page-guards';
import { findAdminProduct } from '@/lib/catalog/admin-catalog.reads';
import { getDb } from '@/lib/platform/db';
import { formatMoney } from '@/lib/platform/i18n/format';
import { getLocale, getTranslations } from 'next-intl/server';
import { TableScroll } from '@/components/ui/table-scroll';

export const generateMetadata = pageTitle('meta.product');

export default async function AdminProductPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requirePagePermission('catalog:read', `/admin/products/${id}`);
  if (!z.uuid().safeParse(id).success) notFound();
  const [t, locale, product] = await Promise.all([
    getTranslations(),
    getLocale(),
    findAdminProduct(getDb(), actor, id),
  ]);
  if (!product) notFound();
  return (
    <>
      <p className="text-sm">
        <Link href="/admin/products" className="underline">
          {t('admin.products')}
        </Link>
      </p>
      <div className="mt-2 flex flex-wrap items-start gap-6">
        {product.image && (
          // eslint-disable-next-line @next/next/no-img-element -- generated SVGs need no optimisation
          <img
            src={product.image.url}
            alt={product.image.alt}
            width={240}
            height={180}
            className="rounded border border-gray-200 bg-white"
          />
        )}
        <div className="flex-1">
          <h1 className="text-2xl font-bold">{product.name}</h1>
          <p className="text-sm text-gray-700">
            {product.brand ?? '—'} · {product.category} · {product.taxClassCode} ·{' '}
            <Link href={`/p/${product.slug}`} className="underline">
              {t('admin.viewInShop')}
            </Link>
          </p>
          <p className="mt-3 max-w-3xl text-sm">{product.description}</p>
          <div className="mt-4">
            <ProductStatusForm productId={product.id} status={product.status} />
          </div>
        </div>
      </div>
      <section aria-labelledby="variants" className="mt-8">
        <h2 id="variants" className="mb-2 text-lg font-semibold">
          {t('admin.variants')}
        </h2>
        <TableScroll label={t('admin.variants')}>
          <table className="min-w-full text-left text-sm">
            <thead className="bg-gray-100">
              <tr>
                <th scope="col" className="px-3 py-2">
                  {t('admin.table.sku')}
                </th>
                <th scope="col" className="px-3 py-2">
                  EAN
                </th>
                <th scope="col" className="px-3 py-2">
                  {t('admin.table.options')}
                </th>
                <th scope="col" className="px-3 py-2 text-right">
                  {t('admin.table.price')}
                </th>
                {product.locationCodes.map((code) => (
                  <th key={code} scope="col" className="px-3 py-2 text-right">
                    {code}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {product.variants.map((v) => (
                <tr key={v.id} className="border-t border-gray-100">
                  <td className="px-3 py-2 font-mono">{v.sku}</td>
                  <td className="px-3 py-2 font-mono">{v.gtin ?? '—'}</td>
                  <td className="px-3 py-2">
                    {Object.entries(v.options)
                      .map(([k, val]) => `${k}: ${val}`)
                      .join(', ')}
                  </td>
                  <td className="px-3 py-2 text-right">
                    {v.amount === null || !v.currency
                      ? '—'
                      : formatMoney({ amount: v.amount, currency: v.currency }, locale)}
                  </td>
                  {product.locationCodes.map((code) => (
                    <td key={code} className="px-3 py-2 text-right">
                      {v.stock[code] ?? 0}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      </section>
      <div className="mt-8 grid gap-8 md:grid-cols-2">
        <section aria-labelledby="attributes">
          <h2 id="attributes" className="mb-2 text-lg font-semibold">
            {t('admin.attributes')}
          </h2>
          <dl className="grid grid-cols-2 gap-1 text-sm">
            {product.attributes.map((a) => (
              <div key={a.code} className="contents">
                <dt className="text-gray-600">{a.code}</dt>
                <dd>{a.value}</dd>
              </div>
            ))}
          </dl>
        </section>
        <section aria-labelledby="relations">
          <h2 id="relations" className="mb-2 text-lg font-semibold">
            {t('admin.relations')}
          </h2>
          {product.relations.length === 0 ? (
            <p className="text-sm">{t('admin.noRelations')}</p>
          ) : (
            <ul className="space-y-1 text-sm">
              {product.relations.map((r) => (
                <li key={`${r.type}-${r.id}`}>
                  <span className="text-gray-600">{r.type}:</span>{' '}
                  <Link href={`/admin/products/${r.id}`} className="underline">
                    {r.name}
                  </Link>
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
      <section aria-labelledby="audit" className="mt-8">
        <h2 id="audit" className="mb-2 text-lg font-semibold">
          {t('admin.recentChanges')}
        </h2>
        <AuditTable entries={product.audit} />
      </section>
    </>
  );
}
