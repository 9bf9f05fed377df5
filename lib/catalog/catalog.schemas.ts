// Query parameters of product listings, shared by storefront pages and the API.
import { z } from 'zod';
import { fieldMessage } from '@/lib/platform/errors';

export const PRODUCT_SORTS = ['relevance', 'price-asc', 'price-desc', 'name', 'newest'] as const;
export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 24;

/** A list parameter may come as repeated keys or comma-separated; empty values are dropped. */
const stringList = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .transform((value) =>
    (Array.isArray(value) ? value : value ? [value] : [])
      .flatMap((item) => item.split(','))
      .map((item) => item.trim())
      .filter(Boolean),
  )
  .pipe(z.array(z.string().max(80)).max(30));

const wholeUnits = z.coerce.number().int(fieldMessage('whole_amount')).min(0).max(1_000_000);

export const channelCode = z.string().regex(/^[a-z0-9][a-z0-9-]{0,39}$/, fieldMessage('channel_code'));

export const productListQuery = z
  .object({
    q: z.string().trim().max(200).optional(),
    category: z
      .string()
      .regex(/^[a-z0-9-]+(\/[a-z0-9-]+)*$/, fieldMessage('category_path'))
      .max(300)
      .optional(),
    brand: stringList,
    color: stringList,
    size: stringList,
    // Whole currency units in the URL (what a person types); converted to cents by the data layer.
    minPrice: wholeUnits.optional(),
    maxPrice: wholeUnits.optional(),
    inStock: z
      .enum(['true', 'false', '1', '0'])
      .optional()
      .transform((v) => v === 'true' || v === '1'),
    sort: z.enum(PRODUCT_SORTS).optional(),
    page: z.coerce.number().int().min(1).max(10_000).default(1),
    pageSize: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).default(DEFAULT_PAGE_SIZE),
  })
  .refine((v) => v.minPrice === undefined || v.maxPrice === undefined || v.minPrice <= v.maxPrice, {
    message: fieldMessage('price_range'),
    path: ['minPrice'],
  });

export type ProductListQuery = z.output<typeof productListQuery>;

/** Turns URLSearchParams or Next's searchParams object into a plain object zod can read. */
export function searchParamsToObject(
  params: URLSearchParams | Record<string, string | string[] | undefined>,
): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  const entries: Array<[string, string | string[] | undefined]> =
    params instanceof URLSearchParams ? [...params.keys()].map((k) => [k, params.getAll(k)]) : Object.entries(params);
  for (const [key, raw] of entries) {
    // Empty fields of a submitted GET form (e.g. "maxPrice=") mean "not set", not zero.
    const value = (Array.isArray(raw) ? raw : raw === undefined ? [] : [raw]).filter((v) => v !== '');
    if (value.length === 0) continue;
    out[key] = value.length === 1 ? (value[0] as string) : value;
  }
  return out;
}

export const slugParam = z.string().regex(/^[a-z0-9][a-z0-9-]{0,199}$/, fieldMessage('slug'));
