import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { ContentBody } from '@/components/storefront/content-body';
import { getCachedContentPage } from '@/lib/content/cached-content.reads';
import { contentPageSlug } from '@/lib/content/content-pages.schemas';
import { formatDateTime } from '@/lib/platform/i18n/format';
import type { Locale } from '@/lib/platform/i18n/locales';

type Props = { params: Promise<{ slug: string }> };

async function loadPage(slug: string) {
  if (!contentPageSlug.safeParse(slug).success) return null;
  return getCachedContentPage(slug, (await getLocale()) as Locale);
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = await loadPage((await params).slug);
  return { title: page?.title ?? (await getTranslations('notFound'))('title') };
}

/** Imprint, terms, withdrawal policy, privacy notice, shipping and payment (edited in /admin/content). */
export default async function ContentPageRoute({ params }: Props) {
  const [page, t, locale] = await Promise.all([loadPage((await params).slug), getTranslations('pages'), getLocale()]);
  if (!page) notFound();
  return (
    <article className="mx-auto max-w-3xl" lang={page.locale}>
      <h1 className="text-2xl font-bold sm:text-3xl">{page.title}</h1>
      <p className="mt-2 text-sm text-gray-600">
        {t('updated', { date: formatDateTime(new Date(page.updatedAt), locale as Locale) })}
      </p>
      <div className="mt-6">
        <ContentBody body={page.body} />
      </div>
    </article>
  );
}
