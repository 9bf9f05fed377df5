import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { Table, TBody, Td, Th, THead, Tr } from '@/components/ui/table';
import { listContentPages } from '@/lib/content/content-pages.reads';
import { requirePagePermission } from '@/lib/platform/auth/page-guards';
import { getDb } from '@/lib/platform/db';
import { formatDateTime } from '@/lib/platform/i18n/format';
import { LOCALES, type Locale } from '@/lib/platform/i18n/locales';
import { pageTitle } from '@/lib/platform/i18n/page-title';

export const generateMetadata = pageTitle('admin.content.title');

/** Every content page in every language, each with a link to its edit form. */
export default async function AdminContentPage() {
  await requirePagePermission('content:write', '/admin/content');
  const [t, locale, pages] = await Promise.all([
    getTranslations('admin.content'),
    getLocale(),
    listContentPages(getDb()),
  ]);
  return (
    <>
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      <p className="mt-2 max-w-3xl text-gray-700">{t('intro')}</p>
      <Table caption={t('title')} hideCaption className="mt-6">
        <THead>
          <tr>
            <Th>{t('page')}</Th>
            <Th>{t('language')}</Th>
            <Th>{t('pageTitle')}</Th>
            <Th>{t('updated')}</Th>
          </tr>
        </THead>
        <TBody>
          {pages.flatMap((page) =>
            LOCALES.map((language) => {
              const version = page.versions.find((v) => v.locale === language);
              const title = version?.title ?? page.slug;
              return (
                <Tr key={`${page.slug}-${language}`}>
                  <Th scope="row">
                    <span className="font-mono text-xs">/pages/{page.slug}</span>
                  </Th>
                  <Td>{t(`languageName.${language}`)}</Td>
                  <Td>
                    <Link
                      href={`/admin/content/${page.slug}/${language}`}
                      className="inline-flex min-h-11 items-center underline"
                      aria-label={t('editOf', { title, language: t(`languageName.${language}`) })}
                    >
                      {version ? version.title : t('missing')}
                    </Link>
                  </Td>
                  <Td nowrap>{version ? formatDateTime(new Date(version.updatedAt), locale as Locale) : '—'}</Td>
                </Tr>
              );
            }),
          )}
        </TBody>
      </Table>
    </>
  );
}
