import { z } from 'zod';
import { productCardSchema } from '@/lib/catalog/catalog-api.schemas';
import { LOCALES } from '@/lib/platform/i18n/locales';

/** GET /api/v1/search/suggestions: what was typed so far, and the language of the names. */
export const suggestionsQuery = z.object({
  q: z.string().trim().min(1).max(100).describe('What was typed so far; the last word counts as the start of a word'),
  locale: z
    .enum(LOCALES)
    .optional()
    .describe("Language of the names; default the request's language (locale cookie, then Accept-Language)"),
});

export const suggestionsSchema = z.object({
  query: z.string(),
  products: z.array(productCardSchema.extend({ url: z.string() })),
  categories: z.array(z.object({ path: z.string(), name: z.string(), url: z.string() })),
  brands: z.array(z.object({ slug: z.string(), name: z.string(), url: z.string() })),
});
export type SuggestionsDto = z.infer<typeof suggestionsSchema>;
