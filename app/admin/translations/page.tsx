import { getTranslations } from 'next-intl/server';
import { TranslationsImportForm } from '@/components/admin/translations-import-form';
import { ButtonLink } from '@/components/ui/button';
import { CATALOG_LOCALE } from '@/lib/catalog/translated-sql.reads';
import { translationLocales } from '@/lib/catalog/translations.rules';
import { requirePagePermission } from '@/lib/platform/auth/page-guards';
import { can } from '@/lib/platform/auth/permissions.rules';
import { pageTitle } from '@/lib/platform/i18n/page-title';

export const generateMetadata = pageTitle('meta.translations');

/** CSV export and import of the catalogue's translations, one file per language. */
export default async function AdminTranslationsPage() {
  const actor = await requirePagePermission('catalog:read', '/admin/translations');
  const t = await getTranslations('admin.translations');
  const locales = translationLocales(CATALOG_LOCALE);
  return (
    <>
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      <p className="mt-2 max-w-3xl">{t('intro', { catalog: t(`language.${CATALOG_LOCALE}`) })}</p>
      <ul className="mt-4 flex flex-wrap gap-3">
        {locales.map((locale) => (
          <li key={locale}>
            <ButtonLink
              href={`/admin/translations/${locale}/translations.csv`}
              variant="secondary"
              size="touch"
              download
            >
              {t('download', { language: t(`language.${locale}`) })}
            </ButtonLink>
          </li>
        ))}
      </ul>
      {can(actor, 'catalog:write') && (
        <div className="mt-8">
          <TranslationsImportForm locales={locales} />
        </div>
      )}
    </>
  );
}
