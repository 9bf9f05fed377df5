import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { MAX_JSON_BODY_BYTES, parseJsonBody, readJsonObject } from './json-body';

const post = (body: string, type = 'application/json') =>
  new Request('http://localhost/api/v1/carts/x/lines', { method: 'POST', body, headers: { 'content-type': type } });

describe('readJsonObject', () => {
  it('reads a JSON object', async () => {
    await expect(readJsonObject(post('{"sku":"A-1","quantity":2}'))).resolves.toEqual({ sku: 'A-1', quantity: 2 });
    await expect(readJsonObject(post('{"a":1}', 'application/merge-patch+json'))).resolves.toEqual({ a: 1 });
  });

  it('answers 415 for a body that is not declared JSON', async () => {
    await expect(readJsonObject(post('sku=A-1', 'application/x-www-form-urlencoded'))).rejects.toMatchObject({
      status: 415,
    });
    await expect(readJsonObject(post('{}', 'text/plain'))).rejects.toMatchObject({ status: 415 });
  });

  it('answers 413 past the size limit', async () => {
    const big = JSON.stringify({ note: 'x'.repeat(MAX_JSON_BODY_BYTES) });
    await expect(readJsonObject(post(big))).rejects.toMatchObject({ status: 413 });
  });

  it('answers 400 for broken JSON, a non-object, and a NUL anywhere', async () => {
    await expect(readJsonObject(post('{"sku":'))).rejects.toMatchObject({ status: 400 });
    await expect(readJsonObject(post('[1,2]'))).rejects.toMatchObject({ status: 400 });
    await expect(readJsonObject(post('{"sku":"A\\u0000"}'))).rejects.toMatchObject({ status: 400 });
    await expect(readJsonObject(post('{"lines":[{"sku":"\\u0000"}]}'))).rejects.toMatchObject({ status: 400 });
  });

  it('hands the object to the schema', async () => {
    const schema = z.object({ quantity: z.number().int().positive() });
    await expect(parseJsonBody(post('{"quantity":0}'), schema)).rejects.toBeInstanceOf(z.ZodError);
    await expect(parseJsonBody(post('{"quantity":3}'), schema)).resolves.toEqual({ quantity: 3 });
  });
});
