// The OpenAPI 3.1 document, generated from the same zod schemas the handlers validate with.
import { localeParameters } from './locale';
import { z } from 'zod';
import { PICKUP_LEAD_MINUTES } from '@/lib/pickup/pickup-slots.rules';
import { feedDocumentSchema } from '@/lib/feeds/feed.schemas';
import { productListQuery } from '@/lib/catalog/catalog.schemas';
import {
  addCartLineBody,
  cartSchema,
  cartWriteSchema,
  createdCartSchema,
  storefrontCartSchema,
  updateCartLineBody,
} from '@/lib/cart/cart-api.schemas';
import { checkoutRequestSchema, idempotencyKeyHeaderSchema, orderSchema } from '@/lib/checkout/checkout-api.schemas';
import { contentPageQuery, contentPageSchema, contentPageSlugParam } from '@/lib/content/content-api.schemas';
import { cartShippingSchema } from '@/lib/shipping/shipping-api.schemas';
import {
  categorySchema,
  channelSchema,
  healthSchema,
  priceSchema,
  pricesQuery,
  productDetailSchema,
  productStockSchema,
  productPageSchema,
  problemSchema,
} from '@/lib/catalog/catalog-api.schemas';
import { suggestionsQuery, suggestionsSchema } from '@/lib/search/search-api.schemas';
import { pickupSlotsQuery, pickupSlotsSchema, storeListSchema } from '@/lib/pickup/store-api.schemas';
import { declaredParams, ERROR_CODES, errorTypeUri, type ErrorCode } from '@/lib/platform/error-codes';
import { catalogues } from '@/lib/platform/i18n/messages';
import { PROBLEM_TITLES } from './problem';

type JsonSchema = Record<string, unknown>;

const toSchema = (schema: z.ZodType, io: 'input' | 'output' = 'output'): JsonSchema => {
  const { $schema: _drop, ...rest } = z.toJSONSchema(schema, {
    io,
    unrepresentable: 'any',
    target: 'draft-2020-12',
  }) as JsonSchema;
  return rest;
};

function queryParameters(shape: Record<string, z.ZodType>) {
  return Object.entries(shape).map(([name, schema]) => {
    const json = toSchema(schema, 'input');
    const isArray = json.anyOf !== undefined;
    return {
      name,
      in: 'query',
      required: !schema.safeParse(undefined).success,
      schema: isArray ? { type: 'array', items: { type: 'string' } } : json,
      ...(isArray
        ? { style: 'form', explode: true, description: 'Repeat the parameter or separate values with commas.' }
        : {}),
    };
  });
}

const problemResponse = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
});
const idParam = (name: string) => ({ name, in: 'path', required: true, schema: { type: 'string', format: 'uuid' } });
const body = (ref: string) => ({
  required: true,
  content: { 'application/json': { schema: { $ref: `#/components/schemas/${ref}` } } },
});
const json = (ref: string, description = 'OK') => ({
  description,
  content: { 'application/json': { schema: { $ref: `#/components/schemas/${ref}` } } },
});

/** Answers every call that needs a publishable key can give besides its own. */
const keyResponses = {
  401: problemResponse('Missing or unknown publishable key'),
  403: problemResponse('Revoked publishable key'),
  404: problemResponse('Inactive channel, or not found in the channel'),
};
const keyed = [{ publishableKey: [] }];

/** The English message of a code as written in the catalogue: an ICU template naming its params. */
function englishTemplate(code: ErrorCode): string {
  const [group, name] = code.split('.') as [string, string];
  return (catalogues.en.errors as unknown as Record<string, Record<string, string>>)[group]![name]!;
}

/**
 * Every error code the API may answer, keyed by code: a problem's `type` points here
 * (`#/x-error-codes/<code>`), so the type URI of each code resolves to its entry.
 */
export function errorCodeTable() {
  return Object.fromEntries(
    (Object.keys(ERROR_CODES) as ErrorCode[]).map((code) => {
      const status = ERROR_CODES[code].status;
      return [
        code,
        {
          type: errorTypeUri(code),
          status,
          title: PROBLEM_TITLES[status] ?? 'Error',
          detail: englishTemplate(code),
          params: declaredParams(code),
        },
      ];
    }),
  );
}

export function buildOpenApiDocument() {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Omnichannel Commerce API',
      version: '1.0.0',
      description:
        "Headless read API of the catalogue. Money is integer minor units (cents) with an ISO currency. Catalogue calls name their channel with a publishable key in the x-publishable-key header; the channel's assortment and prices apply. Catalogue texts come in the language asked for: the `locale` query parameter (en or de), else Accept-Language, else the channel's language; Content-Language names it. Filter values (color, size) stay the canonical values of the catalogue's own language. Errors are problem details (application/problem+json) with a stable `code`, an English `detail`, and `field` and `params` where they apply; `type` is /api/v1/openapi.json#/x-error-codes/<code>, and x-error-codes lists every code with its status, English text and parameters.",
    },
    servers: [{ url: '/' }],
    paths: {
      '/api/health': {
        get: {
          summary: 'Liveness and database check',
          responses: { 200: json('Health'), 503: json('Health', 'Database unavailable') },
        },
      },
      '/api/v1/channels': {
        get: {
          summary: 'Active sales channels',
          responses: {
            200: {
              description: 'OK',
              content: {
                'application/json': {
                  schema: {
                    type: 'object',
                    properties: { items: { type: 'array', items: { $ref: '#/components/schemas/Channel' } } },
                  },
                },
              },
            },
          },
        },
      },
      '/api/v1/categories': {
        get: {
          summary: "Category tree of the key's channel (categories with products in its assortment)",
          security: keyed,
          parameters: [...localeParameters],
          responses: {
            200: {
              description: 'OK',
              content: {
                'application/json': {
                  schema: {
                    type: 'object',
                    properties: { items: { type: 'array', items: { $ref: '#/components/schemas/Category' } } },
                  },
                },
              },
            },
            ...keyResponses,
          },
        },
      },
      '/api/v1/products': {
        get: {
          summary: 'Product listing with filters, search, sorting and pagination',
          security: keyed,
          parameters: [...queryParameters(productListQuery.shape), ...localeParameters],
          responses: {
            200: json('ProductPage'),
            400: problemResponse('Invalid parameters'),
            ...keyResponses,
            404: problemResponse('Inactive channel or unknown category'),
          },
        },
      },
      '/api/v1/search/suggestions': {
        get: {
          summary: 'Suggestions while typing: products (with image and price), categories and brands',
          description:
            "Typo-tolerant, with the merchandisers' synonyms and German compounds (docs/search.md); the last word matches as the start of a word. Without a publishable key the storefront visitor's channel is used. Anonymous answers carry `Cache-Control: public, max-age=60`.",
          security: [...keyed, {}],
          parameters: queryParameters(suggestionsQuery.shape),
          responses: {
            200: json('SearchSuggestions'),
            400: problemResponse('Invalid parameters'),
            ...keyResponses,
            404: problemResponse('Inactive channel'),
          },
        },
      },
      '/api/v1/products/{slug}': {
        get: {
          summary: 'One product with variants, prices, stock per location and related products',
          security: keyed,
          parameters: [
            {
              name: 'slug',
              in: 'path',
              required: true,
              schema: { type: 'string', pattern: '^[a-z0-9][a-z0-9-]{0,199}$' },
            },
            ...localeParameters,
          ],
          responses: {
            200: json('ProductDetail'),
            400: problemResponse('Invalid parameters'),
            ...keyResponses,
            404: problemResponse("Inactive channel, or the product is unknown or not in the channel's assortment"),
          },
        },
      },
      '/api/v1/products/{slug}/stock': {
        get: {
          summary: "One product's stock now, per variant and location (never cached)",
          description:
            'The live part of the product detail: what a product page served from a cache refreshes its availability with. Without a publishable key it answers for the storefront visitor (session cookie).',
          security: [...keyed, {}],
          parameters: [
            {
              name: 'slug',
              in: 'path',
              required: true,
              schema: { type: 'string', pattern: '^[a-z0-9][a-z0-9-]{0,199}$' },
            },
          ],
          responses: {
            200: json('ProductStock'),
            400: problemResponse('Invalid parameters'),
            ...keyResponses,
            404: problemResponse("Inactive channel, or the product is unknown or not in the channel's assortment"),
          },
        },
      },
      '/api/v1/prices': {
        get: {
          summary:
            "The resolved price of one variant for a channel, quantity and the signed-in buyer, with the engine's trace",
          description:
            'Anonymous callers get the prices everyone gets; a signed-in company member (session cookie) also gets customer-group and contract prices.',
          security: keyed,
          parameters: queryParameters(pricesQuery.shape),
          responses: {
            200: json('Price'),
            400: problemResponse('Invalid parameters'),
            ...keyResponses,
            404: problemResponse("Inactive channel, or the SKU is unknown or not in the channel's assortment"),
          },
        },
      },
      '/api/v1/stores': {
        get: {
          summary:
            "Every active store with address and opening hours, and whether it offers click & collect in the key's channel",
          security: keyed,
          responses: { 200: json('StoreList'), ...keyResponses },
        },
      },
      '/api/v1/stores/{id}/pickup-slots': {
        get: {
          summary: "The bookable pickup slots of one of the channel's click & collect stores, by local day",
          description: `Slots are cut from the store's opening hours (slotMinutes long, at most slotCapacity orders each). Only bookable slots are listed, each with its remaining capacity: slots that start in the past or less than ${PICKUP_LEAD_MINUTES} minutes from now and fully booked slots are left out, and so are days without any (closed days). Days are calendar days in the store's time zone. A slot's start is what the checkout takes as pickupSlotStart.`,
          security: keyed,
          parameters: [idParam('id'), ...queryParameters(pickupSlotsQuery.shape)],
          responses: {
            200: json('PickupSlots'),
            400: problemResponse('Invalid from or days'),
            ...keyResponses,
            404: problemResponse(
              "Inactive channel, or the store is unknown or does not offer click & collect in the key's channel",
            ),
          },
        },
      },
      '/api/v1/carts': {
        post: {
          summary: "A new cart in the key's channel (a signed-in caller's own cart when they have one)",
          security: keyed,
          responses: {
            201: json('CreatedCart', 'Created'),
            200: json('CreatedCart', "The signed-in caller's existing cart"),
            ...keyResponses,
          },
        },
      },
      '/api/v1/carts/{id}': {
        get: {
          summary:
            'A cart, every line priced now by the price engine; lines whose price changed since they were added say so',
          security: keyed,
          parameters: [idParam('id')],
          responses: {
            200: json('Cart'),
            ...keyResponses,
            404: problemResponse("Unknown cart, another customer's cart, or a cart of another channel"),
          },
        },
      },
      '/api/v1/carts/{id}/lines': {
        post: {
          summary: 'Adds a SKU (or more of it) to the cart; quantity and assortment are checked',
          security: keyed,
          parameters: [idParam('id')],
          requestBody: body('AddCartLine'),
          responses: {
            201: json(
              'CartWrite',
              'Added; `capped` is set when fewer were added than asked (no more can be fulfilled)',
            ),
            400: problemResponse('Invalid quantity or SKU'),
            ...keyResponses,
            404: problemResponse('Unknown cart'),
            409: problemResponse('None of the item can be fulfilled (stock.sold_out)'),
            422: problemResponse('Unknown or unassorted SKU, or too many units'),
          },
        },
      },
      '/api/v1/carts/{id}/lines/{lineId}': {
        patch: {
          summary: "Changes a line's quantity",
          security: keyed,
          parameters: [idParam('id'), idParam('lineId')],
          requestBody: body('UpdateCartLine'),
          responses: {
            200: json('CartWrite', 'Changed; `capped` is set when the quantity was capped at what can be fulfilled'),
            400: problemResponse('Invalid quantity'),
            ...keyResponses,
            404: problemResponse('Unknown cart or line'),
            409: problemResponse('None of the item can be fulfilled (stock.sold_out)'),
          },
        },
        delete: {
          summary: 'Removes a line',
          security: keyed,
          parameters: [idParam('id'), idParam('lineId')],
          responses: { 200: json('Cart'), ...keyResponses, 404: problemResponse('Unknown cart or line') },
        },
      },
      '/api/v1/carts/{id}/checkout': {
        post: {
          summary:
            'Places the order: stock is reserved in the same transaction; retries with the same Idempotency-Key return the same order',
          security: keyed,
          parameters: [
            idParam('id'),
            {
              name: 'Idempotency-Key',
              in: 'header',
              required: true,
              schema: toSchema(idempotencyKeyHeaderSchema, 'input'),
            },
          ],
          requestBody: body('CheckoutRequest'),
          responses: {
            201: json('Order', 'Placed'),
            200: json('Order', 'A replay of a placed checkout (header idempotent-replayed: true)'),
            400: problemResponse('Missing or invalid Idempotency-Key, body or fields'),
            ...keyResponses,
            403: problemResponse("Revoked key, or a key of another channel than the cart's"),
            404: problemResponse('Unknown cart or inactive channel'),
            409: problemResponse('Not enough stock, or this checkout is still in progress'),
            422: problemResponse(
              'Key reused for another checkout, empty cart, unavailable SKU, pickup store or slot not possible (also beyond the 14 days of pickup slots), payment refused, a guest paying at pickup over the units per SKU',
            ),
            429: problemResponse(
              'A guest paying at pickup placed too many orders from this address or for this e-mail address; the detail says when to try again',
            ),
          },
        },
      },
      '/api/v1/carts/{id}/shipping': {
        get: {
          summary:
            "What shipping costs for the cart by each method (delivery, pickup, ship to store), from the channel's rates",
          description:
            'A flat rate per channel and method, waived from a goods value; each unit of a bulky product adds a surcharge, also above that value; pickup is free. The checkout charges the option of the chosen fulfilment.',
          security: keyed,
          parameters: [idParam('id')],
          responses: { 200: json('CartShipping'), ...keyResponses, 404: problemResponse('Unknown cart') },
        },
      },
      '/api/v1/pages/{slug}': {
        get: {
          summary: 'A content page: imprint, terms, withdrawal (with the model form), privacy, shipping and payment',
          security: keyed,
          parameters: [
            {
              name: 'slug',
              in: 'path',
              required: true,
              schema: toSchema(contentPageSlugParam, 'input'),
            },
            ...queryParameters(contentPageQuery.shape),
          ],
          responses: {
            200: json('ContentPage'),
            400: problemResponse('Unknown locale'),
            ...keyResponses,
            404: problemResponse('Unknown page'),
          },
        },
      },
      '/api/v1/orders/{id}': {
        get: {
          summary: "An order, for its owner (session) or the store's staff",
          parameters: [idParam('id')],
          responses: { 200: json('Order'), 404: problemResponse('Unknown order, or not yours') },
        },
      },
      '/api/cart': {
        get: {
          summary:
            "Storefront: the visitor's own cart (guest cookie or session) with today's prices, for the header badge and the mini-cart; an empty cart when they have none",
          responses: { 200: json('StorefrontCart') },
        },
      },
      '/api/v1/feeds/{file}': {
        get: {
          summary: "Product feed of the key's marketplace channel (Google Merchant style), CSV or JSON",
          description:
            "One row per sellable variant of the channel's assortment for everyone, with everyone's prices (gross for marketplace channels), stock over the channel's locations and absolute links; streamed. `file` is `<channel>.csv` or `<channel>.json`, where `<channel>` is the code of the key's own channel, which must be a marketplace channel. Feed readers that cannot send headers may pass the publishable key as the `key` query parameter instead of the x-publishable-key header (the header wins when both are sent). An inactive marketplace channel has an empty feed (the CSV header row, or no items). Cached for 5 minutes.",
          security: keyed,
          parameters: [
            {
              name: 'file',
              in: 'path',
              required: true,
              schema: { type: 'string', pattern: '^[A-Za-z0-9][A-Za-z0-9_-]{0,99}\\.(csv|json)$' },
              example: 'marketplace.csv',
            },
            {
              name: 'key',
              in: 'query',
              required: false,
              schema: { type: 'string' },
              description: 'The publishable key, for feed readers that cannot send the x-publishable-key header.',
            },
          ],
          responses: {
            200: {
              description: 'The feed. CSV: RFC 4180, header row, CRLF line ends, UTF-8; money as "129.99 EUR".',
              content: {
                'text/csv': { schema: { type: 'string' } },
                'application/json': { schema: { $ref: '#/components/schemas/Feed' } },
              },
            },
            ...keyResponses,
            403: problemResponse('Revoked publishable key, or a key of another channel'),
            404: problemResponse('Not <channel>.csv or <channel>.json, or the channel is not a marketplace channel'),
          },
        },
      },
    },
    components: {
      securitySchemes: {
        publishableKey: {
          type: 'apiKey',
          in: 'header',
          name: 'x-publishable-key',
          description:
            "A channel's publishable key (not a secret); the demo has pk_demo_web, pk_demo_showroom, pk_demo_b2b and pk_demo_marketplace. Feeds (/api/v1/feeds/{file}) also accept it as the `key` query parameter.",
        },
      },
      schemas: {
        Price: toSchema(priceSchema),
        Health: toSchema(healthSchema),
        Channel: toSchema(channelSchema),
        Category: toSchema(categorySchema),
        ProductPage: toSchema(productPageSchema),
        ProductDetail: toSchema(productDetailSchema),
        ProductStock: toSchema(productStockSchema),
        SearchSuggestions: toSchema(suggestionsSchema),
        Feed: toSchema(feedDocumentSchema),
        CreatedCart: toSchema(createdCartSchema),
        Cart: toSchema(cartSchema),
        CartWrite: toSchema(cartWriteSchema),
        StorefrontCart: toSchema(storefrontCartSchema),
        AddCartLine: toSchema(addCartLineBody, 'input'),
        UpdateCartLine: toSchema(updateCartLineBody, 'input'),
        CheckoutRequest: toSchema(checkoutRequestSchema, 'input'),
        Order: toSchema(orderSchema),
        CartShipping: toSchema(cartShippingSchema),
        ContentPage: toSchema(contentPageSchema),
        StoreList: toSchema(storeListSchema),
        PickupSlots: toSchema(pickupSlotsSchema),
        Problem: toSchema(problemSchema),
      },
    },
    'x-error-codes': errorCodeTable(),
  };
}
