// Request and response schemas of the cart API (/api/v1/carts…); the OpenAPI document is built from these.
import { z } from 'zod';
import { addToCartInput, quantity } from '@/lib/cart/cart.schemas';
import { moneySchema } from '@/lib/catalog/catalog-api.schemas';

/** POST /api/v1/carts/{id}/lines */
export const addCartLineBody = addToCartInput;
/** PATCH /api/v1/carts/{id}/lines/{lineId} */
export const updateCartLineBody = z.object({ quantity });

/** 201 of POST /api/v1/carts */
export const createdCartSchema = z.object({ id: z.uuid() });

export const cartLineSchema = z.object({
  id: z.uuid(),
  sku: z.string(),
  productName: z.string(),
  productSlug: z.string(),
  options: z.array(z.object({ name: z.string(), value: z.string() })),
  image: z.object({ url: z.string(), alt: z.string() }).nullable(),
  quantity: z.number().int().min(1).max(999),
  unitPrice: moneySchema
    .nullable()
    .describe(
      "Today's unit price at this line's quantity (volume tiers apply); null when the item can no longer be bought",
    ),
  lineTotal: moneySchema.nullable(),
  priceChanged: z
    .object({ from: moneySchema, to: moneySchema })
    .nullable()
    .describe('Set when the unit price differs from the one the line was added at'),
  available: z
    .boolean()
    .describe('Still active and in the channel’s assortment; unavailable lines do not count towards the subtotal'),
  fulfillable: z
    .number()
    .int()
    .min(0)
    .describe(
      'The most units of this item that can be fulfilled now (free at the best single location of the channel); below `quantity` when stock was sold since, and checkout would refuse the line',
    ),
});

export const cartSchema = z.object({
  id: z.uuid(),
  lines: z.array(cartLineSchema),
  itemCount: z.number().int().describe('Units over available lines'),
  subtotal: moneySchema,
  currency: z.string().length(3),
  pricesIncludeVat: z.boolean(),
});

/**
 * 200/201 of adding or changing a line: the cart, and `capped` when fewer than asked were put in
 * (the quantity is capped at what can be fulfilled, docs/orders.md).
 */
export const cartWriteSchema = cartSchema.extend({
  capped: z
    .object({
      sku: z.string(),
      requested: z.number().int().describe('The quantity the line would have had'),
      available: z.number().int().describe('The quantity it holds now: all that can be fulfilled'),
    })
    .nullable(),
});

/** A JSON request body parsed with a schema: malformed JSON and invalid fields are both a 400. */
/**
 * GET /api/cart: the storefront visitor's cart for the header badge and the mini-cart (an empty one when
 * they have none). Without the cart id: a guest's id is a bearer token that stays in its httpOnly cookie.
 */
export const storefrontCartSchema = cartSchema.omit({ id: true });
export type StorefrontCart = z.output<typeof storefrontCartSchema>;
