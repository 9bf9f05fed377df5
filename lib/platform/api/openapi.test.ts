import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ERROR_CODES, type ErrorCode } from '@/lib/platform/error-codes';
import { buildOpenApiDocument } from './openapi';

const root = path.resolve(import.meta.dirname, '../../..');

/** Every route handler under app/api, as an OpenAPI path ("[slug]" -> "{slug}"). */
function listApiRoutes(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) return listApiRoutes(full);
    if (entry !== 'route.ts') return [];
    const route = `/${path.relative(path.join(root, 'app'), path.dirname(full)).split(path.sep).join('/')}`;
    return [route.replace(/\[([^\]]+)\]/g, '{$1}')];
  });
}

describe('OpenAPI document', () => {
  const doc = buildOpenApiDocument();

  it('describes every public API route (auth and the document itself excepted)', () => {
    const routes = listApiRoutes(path.join(root, 'app', 'api')).filter(
      (r) => !r.startsWith('/api/auth') && r !== '/api/v1/openapi.json',
    );
    expect(routes.length).toBeGreaterThan(3);
    expect(Object.keys(doc.paths).sort()).toEqual(routes.sort());
  });

  it('derives query parameters from the zod schemas', () => {
    const params = doc.paths['/api/v1/products'].get.parameters as Array<{
      name: string;
      required: boolean;
      schema: Record<string, unknown>;
    }>;
    const byName = Object.fromEntries(params.map((p) => [p.name, p]));
    expect(byName.page).toMatchObject({ required: false, schema: { type: 'integer', minimum: 1 } });
    expect(byName.sort?.schema).toMatchObject({ enum: ['relevance', 'price-asc', 'price-desc', 'name', 'newest'] });
    expect(byName.color?.schema).toEqual({ type: 'array', items: { type: 'string' } });
    expect(doc.components.schemas.Problem).toMatchObject({
      type: 'object',
      required: expect.arrayContaining(['type', 'title', 'status', 'code', 'detail']),
    });
  });

  it('lists every error code: in the Problem schema and in x-error-codes, where each type URI points', () => {
    const codes = Object.keys(ERROR_CODES).sort();
    const problem = doc.components.schemas.Problem as { properties: { code: { enum: string[] } } };
    expect([...problem.properties.code.enum].sort()).toEqual(codes);
    const table = doc['x-error-codes'];
    expect(Object.keys(table).sort()).toEqual(codes);
    expect(table['stock.insufficient']).toEqual({
      type: '/api/v1/openapi.json#/x-error-codes/stock.insufficient',
      status: 409,
      title: 'Conflict',
      detail: expect.stringContaining('Not enough stock of {product} ({sku})'),
      params: ['product', 'sku', 'available', 'place', 'store'],
    });
    for (const code of codes) {
      const entry = table[code as ErrorCode]!;
      // The type URI is a JSON pointer into this document: it resolves to the code's own entry.
      const pointer = entry.type.split('#')[1]!.split('/').slice(1);
      expect(pointer).toEqual(['x-error-codes', code]);
      expect(entry.detail, code).not.toBe('');
    }
  });

  it('documents the store API with its bounded query and answers', () => {
    const get = doc.paths['/api/v1/stores/{id}/pickup-slots'].get;
    const byName = Object.fromEntries(
      (get.parameters as Array<{ name: string; in: string; required: boolean; schema: Record<string, unknown> }>).map(
        (p) => [p.name, p],
      ),
    );
    expect(byName.id).toMatchObject({ in: 'path', required: true, schema: { format: 'uuid' } });
    expect(byName.days).toMatchObject({
      in: 'query',
      required: false,
      schema: { type: 'integer', minimum: 1, maximum: 14, default: 7 },
    });
    expect(byName.from).toMatchObject({ in: 'query', required: false, schema: { type: 'string', format: 'date' } });
    expect(Object.keys(get.responses).sort()).toEqual(['200', '400', '401', '403', '404']);
    expect(doc.paths['/api/v1/stores'].get.security).toEqual([{ publishableKey: [] }]);
    expect(doc.components.schemas.StoreList).toMatchObject({
      type: 'object',
      properties: { items: { type: 'array' } },
    });
    expect(doc.components.schemas.PickupSlots).toMatchObject({
      type: 'object',
      required: expect.arrayContaining(['store', 'from', 'to', 'days']),
    });
  });

  it('documents the keyed feed path with both media types and the key query parameter', () => {
    expect(doc.components.securitySchemes.publishableKey).toMatchObject({
      type: 'apiKey',
      in: 'header',
      name: 'x-publishable-key',
    });
    const feed = doc.paths['/api/v1/feeds/{file}'].get;
    expect(feed.security).toEqual([{ publishableKey: [] }]);
    expect(Object.keys(feed.responses[200].content).sort()).toEqual(['application/json', 'text/csv']);
    expect(feed.parameters).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ name: 'file', in: 'path', required: true }),
        expect.objectContaining({ name: 'key', in: 'query', required: false }),
      ]),
    );
    expect(feed.description).toMatch(/`key` query parameter/);
    expect(doc.components.schemas.Feed).toMatchObject({
      type: 'object',
      required: expect.arrayContaining(['channel', 'generatedAt', 'items']),
    });
  });
});
