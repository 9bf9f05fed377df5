// The OpenAPI 3.1 document, generated from the same zod schemas the handlers validate with.
import { z } from 'zod';
import { productListQuery } from '@/lib/validation/catalog';
import { categorySchema, channelSchema, healthSchema, priceSchema, pricesQuery, productDetailSchema, productPageSchema, problemSchema } from './schemas';

type JsonSchema = Record<string, unknown>;

const toSchema = (schema: z.ZodType, io: 'input' | 'output' = 'output'): JsonSchema => {
  const { $schema: _drop, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: 'any', target: 'draft-2020-12' }) as JsonSchema;
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
      ...(isArray ? { style: 'form', explode: true, description: 'Repeat the parameter or separate values with commas.' } : {}),
    };
  });
}

const problemResponse = (description: string) => ({ description, content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } } });
const json = (ref: string, description = 'OK') => ({ description, content: { 'application/json': { schema: { $ref: `#/components/schemas/${ref}` } } } });

/** Answers every call that needs a publishable key can give besides its own. */
const keyResponses = {
  401: problemResponse('Missing or unknown publishable key'),
  403: problemResponse('Revoked publishable key'),
  404: problemResponse('Inactive channel, or not found in the channel'),
};
const keyed = [{ publishableKey: [] }];

export function buildOpenApiDocument() {
  return {
    openapi: '3.1.0',
    info: { title: 'Omnichannel Commerce API', version: '1.0.0', description: 'Headless read API of the catalogue. Money is integer minor units (cents) with an ISO currency. Catalogue calls name their channel with a publishable key in the x-publishable-key header; the channel\'s assortment and prices apply.' },
    servers: [{ url: '/' }],
    paths: {
      '/api/health': { get: { summary: 'Liveness and database check', responses: { 200: json('Health'), 503: json('Health', 'Database unavailable') } } },
      '/api/v1/channels': {
        get: { summary: 'Active sales channels', responses: { 200: { description: 'OK', content: { 'application/json': { schema: { type: 'object', properties: { items: { type: 'array', items: { $ref: '#/components/schemas/Channel' } } } } } } } } },
      },
      '/api/v1/categories': {
        get: {
          summary: "Category tree of the key's channel (categories with products in its assortment)",
          security: keyed,
          responses: {
            200: { description: 'OK', content: { 'application/json': { schema: { type: 'object', properties: { items: { type: 'array', items: { $ref: '#/components/schemas/Category' } } } } } } },
            ...keyResponses,
          },
        },
      },
      '/api/v1/products': {
        get: {
          summary: 'Product listing with filters, search, sorting and pagination',
          security: keyed,
          parameters: queryParameters(productListQuery.shape),
          responses: { 200: json('ProductPage'), 400: problemResponse('Invalid parameters'), ...keyResponses, 404: problemResponse('Inactive channel or unknown category') },
        },
      },
      '/api/v1/products/{slug}': {
        get: {
          summary: 'One product with variants, prices, stock per location and related products',
          security: keyed,
          parameters: [{ name: 'slug', in: 'path', required: true, schema: { type: 'string', pattern: '^[a-z0-9][a-z0-9-]{0,199}$' } }],
          responses: { 200: json('ProductDetail'), 400: problemResponse('Invalid parameters'), ...keyResponses, 404: problemResponse("Inactive channel, or the product is unknown or not in the channel's assortment") },
        },
      },
      '/api/v1/prices': {
        get: {
          summary: 'The resolved price of one variant for a channel, quantity and the signed-in buyer, with the engine\'s trace',
          description: 'Anonymous callers get the prices everyone gets; a signed-in company member (session cookie) also gets customer-group and contract prices.',
          security: keyed,
          parameters: queryParameters(pricesQuery.shape),
          responses: { 200: json('Price'), 400: problemResponse('Invalid parameters'), ...keyResponses, 404: problemResponse("Inactive channel, or the SKU is unknown or not in the channel's assortment") },
        },
      },
    },
    components: {
      securitySchemes: {
        publishableKey: { type: 'apiKey', in: 'header', name: 'x-publishable-key', description: "A channel's publishable key (not a secret); the demo has pk_demo_web, pk_demo_showroom, pk_demo_b2b and pk_demo_marketplace." },
      },
      schemas: {
        Price: toSchema(priceSchema),
        Health: toSchema(healthSchema),
        Channel: toSchema(channelSchema),
        Category: toSchema(categorySchema),
        ProductPage: toSchema(productPageSchema),
        ProductDetail: toSchema(productDetailSchema),
        Problem: toSchema(problemSchema),
      },
    },
  };
}
