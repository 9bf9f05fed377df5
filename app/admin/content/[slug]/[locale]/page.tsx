import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { BackLink } from '@/components/admin/back-link';
import { ContentPageForm } from '@/components/admin/content-page-form';
import { listContentPages } from '@/lib/content/content-pages.reads';
import { contentLocale, contentPageSlug } from '@/lib/content/content-pages.schemas';
import { requirePagePermission } from '@/lib/platform/auth/page-guards';
import { can } from '@/lib/platform/auth/permissions.rules';
import { getDb } from '@/lib/platform/db';
import { pageTitle } from '@/lib/platform/i18n/page-title';
import { saveContentPageAction } from '../../actions';

export const generateMetadata = pageTitle('admin.content.title');

type Props = { params: Promise<{ slug: string; locale: string }> };

/** Edits one content page in one language (a missing language starts from the English text). */
export default async function AdminContentEditPage({ params }: Props) {
  const { slug: rawSlug, locale: rawLocale } = await params;
  const actor = await requirePagePermission('content:write', `/admin/content/${rawSlug}/${rawLocale}`);
  const slug = contentPageSlug.safeParse(rawSlug);
  const locale = contentLocale.safeParse(rawLocale);
  if (!slug.success || !locale.success) notFound();
  const [t, pages] = await Promise.all([getTranslations('admin.content'), listContentPages(getDb())]);
  const versions = pages.find((p) => p.slug === slug.data)?.versions ?? [];
  const version = versions.find((v) => v.locale === locale.data) ?? versions.find((v) => v.locale === 'en');
  const language = t(`languageName.${locale.data}`);
  return (
    <>
      <BackLink href="/admin/content" label={t('title')} />
      <h1 className="mt-2 text-2xl font-bold">{t('editTitle', { title: version?.title ?? slug.data, language })}</h1>
      <p className="mt-2 text-sm">
        <Link href={`/pages/${slug.data}`} className="inline-flex min-h-11 items-center underline">
          {t('view')}
        </Link>
      </p>
      <ContentPageForm
        action={saveContentPageAction}
        slug={slug.data}
        locale={locale.data}
        defaults={{ title: version?.title ?? '', body: version?.body ?? '' }}
        disabled={!can(actor, 'content:write')}
      />
    </>
  );
}
