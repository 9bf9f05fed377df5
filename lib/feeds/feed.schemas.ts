// The JSON feed's shape, for the OpenAPI document and the tests (the stream is written by ./format.ts).
import { z } from 'zod';

const optional = z.string().nullable();

export const feedItemSchema = z.object({
  id: z.string().describe('SKU'),
  item_group_id: z.string().describe('Product slug: all variants of a product share it'),
  title: z.string().describe('Product name and option values, e.g. "Horizont Pannier 20 L – Black"'),
  description: z.string(),
  link: z.string().describe('Absolute URL of the storefront product page with the variant preselected'),
  image_link: optional.describe("Absolute URL of the variant's image, else the product's first"),
  price: z.string().describe('Regular channel price with VAT, "129.99 EUR"'),
  sale_price: optional.describe('The reduced price when a price list reduces it'),
  sale_price_effective_date: optional.describe(
    'ISO 8601 interval "start/end" of the reducing price list; null when it has no window',
  ),
  availability: z
    .enum(['in_stock', 'out_of_stock'])
    .describe("Sellable stock (on hand minus reserved) over the channel's locations"),
  brand: optional,
  gtin: optional,
  mpn: optional,
  condition: z.literal('new'),
  product_type: z.string().describe('Category names from the root, joined with " > "'),
});

export const feedDocumentSchema = z.object({
  channel: z.string(),
  generatedAt: z.string().describe('ISO 8601 instant the prices were resolved at'),
  items: z.array(feedItemSchema),
});
