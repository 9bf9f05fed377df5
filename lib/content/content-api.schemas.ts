// Request and response schemas of GET /api/v1/pages/{slug}; the OpenAPI document is built from them.
import { z } from 'zod';
import { LOCALES } from '@/lib/platform/i18n/locales';
import { parseContentMarkup } from './content-markup.rules';
import type { ContentPage } from './content-pages.reads';
import { CONTENT_PAGE_SLUGS, contentLocale } from './content-pages.schemas';

export const contentPageSlugParam = z.enum(CONTENT_PAGE_SLUGS);
export const contentPageQuery = z.object({
  locale: contentLocale
    .optional()
    .describe(`One of ${LOCALES.join(', ')}; default: the Accept-Language header's, else en`),
});

const blockSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('heading'), level: z.union([z.literal(2), z.literal(3)]), text: z.string() }),
  z.object({ kind: z.literal('paragraph'), lines: z.array(z.string()) }),
  z.object({ kind: z.literal('list'), ordered: z.boolean(), items: z.array(z.string()) }),
]);

export const contentPageSchema = z.object({
  slug: z.enum(CONTENT_PAGE_SLUGS),
  locale: z.enum(LOCALES).describe('The language of the text: the one asked for, or en when the page has none in it'),
  title: z.string(),
  body: z
    .string()
    .describe('Markdown-lite source: "## " headings, "- " and "1. " lists, paragraphs; plain text, never HTML'),
  blocks: z.array(blockSchema).describe('The body parsed into blocks, ready to render as text'),
  updatedAt: z.string().describe('ISO 8601 instant'),
});
export type ContentPageDto = z.infer<typeof contentPageSchema>;

export const toContentPageDto = (page: ContentPage): ContentPageDto => ({
  ...page,
  blocks: parseContentMarkup(page.body),
});
