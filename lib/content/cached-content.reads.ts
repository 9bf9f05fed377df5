import 'server-only';
import { unstable_cache } from 'next/cache';
import { getDb } from '@/lib/platform/db';
import type { Locale } from '@/lib/platform/i18n/locales';
import { findContentPage, listContentPageLinks } from './content-pages.reads';

/** Invalidated by every admin save of a content page (`updateTag(CONTENT_TAG)` in the action). */
export const CONTENT_TAG = 'content-pages';
const SECONDS = 300;

/** The footer's links in the visitor's language; every storefront page renders them. */
export const getCachedContentLinks = unstable_cache(
  (locale: Locale) => listContentPageLinks(getDb(), locale),
  ['content-links'],
  { tags: [CONTENT_TAG], revalidate: SECONDS },
);

export const getCachedContentPage = unstable_cache(
  (slug: string, locale: Locale) => findContentPage(getDb(), slug, locale),
  ['content-page'],
  { tags: [CONTENT_TAG], revalidate: SECONDS },
);
