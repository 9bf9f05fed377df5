import { pageTitle } from '@/lib/platform/i18n/page-title';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { useLocale, useTranslations } from 'next-intl';
import { z } from 'zod';
import { AuditTable } from '@/components/admin/audit-table';
import { BackLink } from '@/components/admin/back-link';
import { ProductStatusForm } from '@/components/admin/product-status-form';
import { ProductStatusBadge } from '@/components/admin/status-badges';
import { DataTable, type DataTableColumn } from '@/components/ui/data-table';
import { requirePagePermission } from '@/lib/platform/auth/page-guards';
import { findAdminProduct } from '@/lib/catalog/admin-catalog.reads';
import { getDb } from '@/lib/platform/db';
import { formatMoney } from '@/lib/platform/i18n/format';
import { getTranslations } from 'next-intl/server';
import { TranslationForm } from '@/components/admin/translation-form';
import { findProductTexts } from '@/lib/catalog/catalog-translations.reads';
import { CATALOG_LOCALE } from '@/lib/catalog/translated-sql.reads';
import { translationLocales } from '@/lib/catalog/translations.rules';
import { can } from '@/lib/platform/auth/permissions.rules';
import { saveProductTranslationAction } from './actions';

export const generateMetadata = pageTitle('meta.product');

type AdminProduct = NonNullable<Awaited<ReturnType<typeof findAdminProduct>>>;
type AdminVariant = AdminProduct['variants'][number];

export default async function AdminProductPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requirePagePermission('catalog:read', `/admin/products/${id}`);
  if (!z.uuid().safeParse(id).success) notFound();
  const [t, product, texts] = await Promise.all([
    getTranslations(),
    findAdminProduct(getDb(), actor, id),
    findProductTexts(getDb(), actor, id),
  ]);
  if (!product || !texts) notFound();
  return (
    <>
      <BackLink href="/admin/products" label={t('admin.products')} />
      <ProductSummary product={product} />
      <section aria-labelledby="variants" className="mt-8">
        <h2 id="variants" className="mb-2 text-lg font-semibold">
          {t('admin.variants')}
        </h2>
        <VariantsTable product={product} />
      </section>
      {can(actor, 'catalog:write') && (
        <div className="mt-8 space-y-8">
          {translationLocales(CATALOG_LOCALE).map((locale) => (
            <TranslationForm
              key={locale}
              action={saveProductTranslationAction}
              idField="productId"
              id={product.id}
              locale={locale}
              catalogLocale={CATALOG_LOCALE}
              current={{
                name: texts.translations[locale]?.name ?? '',
                description: texts.translations[locale]?.description ?? '',
              }}
              source={{ name: texts.name, description: texts.description }}
            />
          ))}
        </div>
      )}
      <div className="mt-8 grid gap-8 md:grid-cols-2">
        <ProductAttributes attributes={product.attributes} />
        <ProductRelations relations={product.relations} />
      </div>
      {/* Not a named region: the audit table's scroll area already carries this name. */}
      <section className="mt-8">
        <h2 className="mb-2 text-lg font-semibold">{t('admin.recentChanges')}</h2>
        <AuditTable entries={product.audit} />
      </section>
    </>
  );
}

function ProductSummary({ product }: { product: AdminProduct }) {
  const t = useTranslations();
  return (
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
        <div className="flex flex-wrap items-center gap-3">
          <h1 className="text-2xl font-bold">{product.name}</h1>
          <ProductStatusBadge status={product.status} />
        </div>
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
  );
}

function VariantsTable({ product }: { product: AdminProduct }) {
  const t = useTranslations();
  const locale = useLocale();
  const columns: Array<DataTableColumn<AdminVariant>> = [
    {
      key: 'sku',
      header: t('admin.table.sku'),
      rowHeader: true,
      cell: (v) => <span className="font-mono">{v.sku}</span>,
    },
    { key: 'gtin', header: t('admin.table.ean'), cell: (v) => <span className="font-mono">{v.gtin ?? '—'}</span> },
    {
      key: 'options',
      header: t('admin.table.options'),
      cell: (v) =>
        Object.entries(v.options)
          .map(([name, value]) => `${name}: ${value}`)
          .join(', '),
    },
    {
      key: 'price',
      header: t('admin.table.price'),
      numeric: true,
      nowrap: true,
      cell: (v) =>
        v.amount === null || !v.currency ? '—' : formatMoney({ amount: v.amount, currency: v.currency }, locale),
    },
    ...product.locationCodes.map((code): DataTableColumn<AdminVariant> => ({
      key: code,
      header: code,
      numeric: true,
      cell: (v) => v.stock[code] ?? 0,
    })),
  ];
  return (
    <DataTable
      caption={t('admin.variants')}
      hideCaption
      columns={columns}
      rows={product.variants}
      rowKey={(v) => v.id}
      empty={t('admin.noVariants')}
      stickyFirstColumn
    />
  );
}

function ProductAttributes({ attributes }: { attributes: AdminProduct['attributes'] }) {
  const t = useTranslations();
  return (
    <section aria-labelledby="attributes">
      <h2 id="attributes" className="mb-2 text-lg font-semibold">
        {t('admin.attributes')}
      </h2>
      <dl className="grid grid-cols-2 gap-1 text-sm">
        {attributes.map((a) => (
          <div key={a.code} className="contents">
            <dt className="text-gray-700">{a.code}</dt>
            <dd>{a.value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

function ProductRelations({ relations }: { relations: AdminProduct['relations'] }) {
  const t = useTranslations();
  return (
    <section aria-labelledby="relations">
      <h2 id="relations" className="mb-2 text-lg font-semibold">
        {t('admin.relations')}
      </h2>
      {relations.length === 0 ? (
        <p className="text-sm">{t('admin.noRelations')}</p>
      ) : (
        <ul className="space-y-1 text-sm">
          {relations.map((r) => (
            <li key={`${r.type}-${r.id}`}>
              <span className="text-gray-700">{r.type}:</span>{' '}
              <Link href={`/admin/products/${r.id}`} className="underline">
                {r.name}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
