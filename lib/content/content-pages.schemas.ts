// The legal and service pages every German shop needs, and the admin form that edits one per language.
import { z } from 'zod';
import { fieldMessage } from '@/lib/platform/errors';
import { LOCALES } from '@/lib/platform/i18n/locales';

/** The content pages, in the order the footer lists them; their public route is /pages/{slug}. */
export const CONTENT_PAGE_SLUGS = ['imprint', 'terms', 'withdrawal', 'privacy', 'shipping'] as const;
export type ContentPageSlug = (typeof CONTENT_PAGE_SLUGS)[number];

export const contentPageSlug = z.enum(CONTENT_PAGE_SLUGS, fieldMessage('unknown_choice'));
export const contentLocale = z.enum(LOCALES, fieldMessage('unknown_choice'));

export const CONTENT_LIMITS = { title: 200, body: 50_000 } as const;

export const contentPageInput = z.object({
  slug: contentPageSlug,
  locale: contentLocale,
  title: z.string().trim().min(2).max(CONTENT_LIMITS.title),
  body: z.string().trim().min(1, fieldMessage('required')).max(CONTENT_LIMITS.body),
});
export type ContentPageInput = z.infer<typeof contentPageInput>;
