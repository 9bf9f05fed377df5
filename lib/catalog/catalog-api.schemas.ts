// Request and response schemas of the public API: validation and the OpenAPI document come from here.
import { z } from 'zod';
import { ERROR_CODES, type ErrorCode } from '@/lib/platform/error-codes';
import { fieldMessage } from '@/lib/platform/errors';
import { productListQuery, slugParam } from '@/lib/catalog/catalog.schemas';

// The channel comes from the caller's publishable key (lib/platform/api/channel.ts), not from a parameter.
export const productsQuery = productListQuery;

export const moneySchema = z.object({
  amount: z.number().int().describe('Minor units (cents)'),
  currency: z.string().length(3),
});
const availabilitySchema = z.enum(['in_stock', 'low_stock', 'out_of_stock']);

export const channelSchema = z.object({
  code: z.string(),
  name: z.string(),
  kind: z.enum(['online', 'showroom', 'b2b', 'marketplace']),
  currency: z.string(),
  pricesIncludeVat: z.boolean(),
});

type CategoryOut = { slug: string; name: string; path: string; children: CategoryOut[] };
export const categorySchema: z.ZodType<CategoryOut> = z.lazy(() =>
  z.object({ slug: z.string(), name: z.string(), path: z.string(), children: z.array(categorySchema) }),
);

export const productCardSchema = z.object({
  slug: z.string(),
  name: z.string(),
  brand: z.string().nullable(),
  price: moneySchema,
  basePrice: moneySchema
    .nullable()
    .describe('The list price of the cheapest variant when a price list reduced it; else null'),
  lowestPrice30Days: moneySchema
    .nullable()
    .describe('With a reduced price: the lowest price in the 30 days before the reduction; else null'),
  priceVaries: z.boolean(),
  pricesIncludeVat: z.boolean(),
  availability: availabilitySchema,
  image: z.object({ url: z.string(), alt: z.string() }).nullable(),
});

export const productPageSchema = z.object({
  items: z.array(productCardSchema),
  page: z.number().int(),
  pageSize: z.number().int(),
  total: z.number().int(),
});

const locationStockSchema = z.object({
  location: z.string(),
  name: z.string(),
  kind: z.enum(['store', 'warehouse']),
  availability: availabilitySchema,
  quantity: z.number().int(),
});

export const productDetailSchema = z.object({
  slug: z.string(),
  name: z.string(),
  description: z.string(),
  brand: z.string().nullable(),
  category: z.object({ name: z.string(), path: z.string() }),
  pricesIncludeVat: z.boolean(),
  images: z.array(z.object({ url: z.string(), alt: z.string(), variantSku: z.string().nullable() })),
  attributes: z.array(z.object({ code: z.string(), name: z.string(), value: z.string(), unit: z.string().nullable() })),
  options: z.array(
    z.object({
      code: z.string(),
      name: z.string().describe('In the answer language'),
      values: z
        .array(z.string())
        .describe('Canonical values, as variants and the listing filters (color, size) use them'),
      labels: z.record(z.string(), z.string()).describe('Each value in the answer language'),
    }),
  ),
  variants: z.array(
    z.object({
      sku: z.string(),
      gtin: z.string().nullable(),
      mpn: z.string().nullable(),
      options: z.record(z.string(), z.string()),
      price: moneySchema.nullable(),
      basePrice: moneySchema.nullable().describe('The list price when a price list reduced it; else null'),
      lowestPrice30Days: moneySchema
        .nullable()
        .describe('With a reduced price: the lowest price in the 30 days before the reduction; else null'),
      availability: availabilitySchema,
      stock: z.array(locationStockSchema),
    }),
  ),
  related: z.record(
    z.enum(['accessory', 'consumable', 'spare_part', 'manual', 'successor']),
    z.array(productCardSchema),
  ),
});

/** A product's stock now, per variant and location: what a cached product page refreshes itself with. */
export const productStockSchema = z.object({
  slug: z.string(),
  variants: z.array(
    z.object({ sku: z.string(), availability: availabilitySchema, stock: z.array(locationStockSchema) }),
  ),
});
export type ProductStockDto = z.infer<typeof productStockSchema>;

export const pricesQuery = z.object({
  sku: z.string().trim().min(1, fieldMessage('sku_required')).max(100),
  quantity: z.coerce
    .number({ error: fieldMessage('whole_number') })
    .int(fieldMessage('whole_number'))
    .min(1, fieldMessage('too_small'))
    .max(100_000, fieldMessage('too_big'))
    .default(1),
  company: z
    .uuid(fieldMessage('unknown_company'))
    .optional()
    .describe("For members of several companies: whose contract prices (default: the caller's first company)"),
});

export const priceSchema = z.object({
  sku: z.string(),
  channel: z.string(),
  quantity: z.number().int(),
  unitPrice: moneySchema,
  basePrice: moneySchema.describe('The list price before price lists, in the same basis'),
  lineTotal: moneySchema.describe('unitPrice × quantity; rounding happens once per unit, never on the line'),
  pricesIncludeVat: z.boolean(),
  reduced: z.boolean(),
  appliedPriceList: z.string().nullable(),
  floorApplied: z.boolean(),
  trace: z.array(
    z.object({
      priceList: z.string(),
      priority: z.number().int(),
      outcome: z.enum(['applied', 'dropped']),
      reason: z.string(),
      unitAmount: z.number().int().nullable(),
    }),
  ),
});

/** RFC 9457 problem details (lib/platform/api/problem.ts); every code is listed in the document's x-error-codes. */
export const problemSchema = z.object({
  type: z.string().describe('A URI reference per code: /api/v1/openapi.json#/x-error-codes/<code>'),
  title: z.string(),
  status: z.number().int(),
  code: z.enum(Object.keys(ERROR_CODES) as [ErrorCode, ...ErrorCode[]]).describe('The stable error code'),
  detail: z.string().describe('English text made from the code and its params'),
  field: z.string().optional().describe('The input field the error concerns'),
  params: z
    .record(z.string(), z.union([z.string(), z.number()]))
    .optional()
    .describe('The values the detail names, e.g. how many are still available'),
  errors: z.record(z.string(), z.array(z.string())).optional().describe('English messages per field'),
});

export const healthSchema = z.object({ status: z.enum(['ok', 'degraded']), database: z.enum(['ok', 'down']) });

export { slugParam };
