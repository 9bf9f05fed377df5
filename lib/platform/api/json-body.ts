// Request bodies of the JSON API: JSON only (415 otherwise), at most MAX_JSON_BODY_BYTES (413), an
// object, and no NUL character in any string (PostgreSQL refuses those; 400 instead of a 500).
import { z } from 'zod';
import { AppError } from '@/lib/platform/errors';

export const MAX_JSON_BODY_BYTES = 64 * 1024;

/** The body as a JSON object, or a typed error that the API handler answers as problem details. */
export async function readJsonObject(request: Request): Promise<Record<string, unknown>> {
  const type = request.headers.get('content-type') ?? '';
  if (!/^application\/(?:[\w.+-]+\+)?json\b/i.test(type.trim())) throw new AppError('request.not_json');
  const declared = Number(request.headers.get('content-length') ?? 0);
  if (declared > MAX_JSON_BODY_BYTES) throw tooLarge();
  const text = await readText(request);
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new AppError('request.not_object');
  }
  if (body === null || typeof body !== 'object' || Array.isArray(body)) throw new AppError('request.not_object');
  if (containsNul(body)) throw new AppError('request.nul_character');
  return body as Record<string, unknown>;
}

/** The body parsed with a schema (field errors answer 400). */
export async function parseJsonBody<S extends z.ZodType>(request: Request, schema: S): Promise<z.output<S>> {
  return schema.parse(await readJsonObject(request));
}

async function readText(request: Request): Promise<string> {
  if (!request.body) return '';
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_JSON_BODY_BYTES) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  return new TextDecoder().decode(Buffer.concat(chunks));
}

function tooLarge() {
  return new AppError('request.too_large', { params: { maxKb: MAX_JSON_BODY_BYTES / 1024 } });
}

function containsNul(value: unknown): boolean {
  if (typeof value === 'string') return value.includes('\0');
  if (Array.isArray(value)) return value.some(containsNul);
  if (value && typeof value === 'object')
    return Object.entries(value).some(([k, v]) => k.includes('\0') || containsNul(v));
  return false;
}
