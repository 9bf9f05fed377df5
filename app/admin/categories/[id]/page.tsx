import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { AuditTable } from '@/components/admin/audit-table';
import { BackLink } from '@/components/admin/back-link';
import { TranslationForm } from '@/components/admin/translation-form';
import { findAdminCategory } from '@/lib/catalog/catalog-translations.reads';
import { CATALOG_LOCALE } from '@/lib/catalog/translated-sql.reads';
import { translationLocales } from '@/lib/catalog/translations.rules';
import { requirePagePermission } from '@/lib/platform/auth/page-guards';
import { can } from '@/lib/platform/auth/permissions.rules';
import { getDb } from '@/lib/platform/db';
import { pageTitle } from '@/lib/platform/i18n/page-title';
import { saveCategoryTranslationAction } from '../actions';

export const generateMetadata = pageTitle('meta.category');

export default async function AdminCategoryPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requirePagePermission('catalog:read', `/admin/categories/${id}`);
  if (!z.uuid().safeParse(id).success) notFound();
  const [t, category] = await Promise.all([getTranslations(), findAdminCategory(getDb(), actor, id)]);
  if (!category) notFound();
  return (
    <>
      <BackLink href="/admin/categories" label={t('admin.categories.title')} />
      <h1 className="mt-2 text-2xl font-bold">{category.name}</h1>
      <p className="text-sm text-gray-700">
        <span className="font-mono">{category.path}</span> ·{' '}
        <Link href={`/c/${category.path}`} className="underline">
          {t('admin.viewInShop')}
        </Link>
      </p>
      <p className="mt-3 max-w-3xl text-sm">{category.description}</p>
      {can(actor, 'catalog:write') && (
        <div className="mt-8 space-y-8">
          {translationLocales(CATALOG_LOCALE).map((locale) => (
            <TranslationForm
              key={locale}
              action={saveCategoryTranslationAction}
              idField="categoryId"
              id={category.id}
              locale={locale}
              catalogLocale={CATALOG_LOCALE}
              current={{
                name: category.translations[locale]?.name ?? '',
                description: category.translations[locale]?.description ?? '',
              }}
              source={{ name: category.name, description: category.description }}
            />
          ))}
        </div>
      )}
      <section className="mt-8">
        <h2 className="mb-2 text-lg font-semibold">{t('admin.recentChanges')}</h2>
        <AuditTable entries={category.audit} />
      </section>
    </>
  );
}
