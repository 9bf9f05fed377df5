// Reads of the content pages (imprint, terms …) for the storefront, the API and the admin. Not marked
// server-only: the API handlers' tests call them outside Next.
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { contentPages } from '@/db/schema';
import { DEFAULT_LOCALE, type Locale } from '@/lib/platform/i18n/locales';
import { CONTENT_PAGE_SLUGS, type ContentPageSlug } from './content-pages.schemas';

export type ContentPage = {
  slug: ContentPageSlug;
  /** The language the text is in: the one asked for, or the default language when it has none. */
  locale: Locale;
  title: string;
  body: string;
  updatedAt: string;
};

const isSlug = (slug: string): slug is ContentPageSlug => (CONTENT_PAGE_SLUGS as readonly string[]).includes(slug);

/** A page in the language asked for, else in the default language; null for an unknown slug or a page with no text. */
export async function findContentPage(db: Executor, slug: string, locale: Locale): Promise<ContentPage | null> {
  if (!isSlug(slug)) return null;
  const rows = await db
    .select({
      locale: contentPages.locale,
      title: contentPages.title,
      body: contentPages.body,
      updatedAt: contentPages.updatedAt,
    })
    .from(contentPages)
    .where(and(eq(contentPages.slug, slug), inArray(contentPages.locale, [locale, DEFAULT_LOCALE])));
  const row = rows.find((r) => r.locale === locale) ?? rows.find((r) => r.locale === DEFAULT_LOCALE);
  if (!row) return null;
  return {
    slug,
    locale: row.locale as Locale,
    title: row.title,
    body: row.body,
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** The footer's links: every page's title in the visitor's language (default language as fallback), in footer order. */
export async function listContentPageLinks(
  db: Executor,
  locale: Locale,
): Promise<Array<{ slug: ContentPageSlug; title: string }>> {
  const rows = await db
    .select({ slug: contentPages.slug, locale: contentPages.locale, title: contentPages.title })
    .from(contentPages)
    .where(inArray(contentPages.locale, [locale, DEFAULT_LOCALE]));
  return CONTENT_PAGE_SLUGS.flatMap((slug) => {
    const row =
      rows.find((r) => r.slug === slug && r.locale === locale) ??
      rows.find((r) => r.slug === slug && r.locale === DEFAULT_LOCALE);
    return row ? [{ slug, title: row.title }] : [];
  });
}

export type ContentPageVersion = { locale: string; title: string; body: string; updatedAt: string };

/** Every page with its texts per language, for the admin list and edit form. */
export async function listContentPages(
  db: Executor,
): Promise<Array<{ slug: ContentPageSlug; versions: ContentPageVersion[] }>> {
  const rows = await db
    .select({
      slug: contentPages.slug,
      locale: contentPages.locale,
      title: contentPages.title,
      body: contentPages.body,
      updatedAt: contentPages.updatedAt,
    })
    .from(contentPages)
    .orderBy(asc(contentPages.slug), asc(contentPages.locale));
  return CONTENT_PAGE_SLUGS.map((slug) => ({
    slug,
    versions: rows
      .filter((r) => r.slug === slug)
      .map((r) => ({ locale: r.locale, title: r.title, body: r.body, updatedAt: r.updatedAt.toISOString() })),
  }));
}
