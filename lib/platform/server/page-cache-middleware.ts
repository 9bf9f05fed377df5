import type { IncomingMessage, ServerResponse } from 'node:http';
import { isCacheableRequest, pageCacheKey, storableHeaders, type PageCache } from './page-cache';

type Handler = (req: IncomingMessage, res: ServerResponse) => Promise<void> | void;

function toBuffer(chunk: unknown, encoding: unknown): Buffer | null {
  if (chunk === undefined || chunk === null || typeof chunk === 'function') return null;
  if (Buffer.isBuffer(chunk)) return chunk;
  if (chunk instanceof Uint8Array) return Buffer.from(chunk);
  return Buffer.from(String(chunk), typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8');
}

/** The visitor context of a request ("anonymous" or a buyer's context key), or null to always render it. */
export type VisitorOf = (req: IncomingMessage) => string | null | Promise<string | null>;

/**
 * Answers cacheable requests (see isCacheableRequest) from the cache under their visitor's context,
 * and stores what the wrapped handler writes for them when it is a 200 without cookies. The
 * `x-page-cache` header says HIT or MISS. `bypassToken` (PAGE_CACHE_BYPASS_TOKEN) lets an operator force a render.
 */
export function withPageCache(
  handle: Handler,
  cache: PageCache,
  visitorOf: VisitorOf,
  options: { bypassToken?: string } = {},
): Handler {
  return async (req, res) => {
    if (!isCacheableRequest(req, options.bypassToken)) return handle(req, res);
    let visitor: string | null;
    try {
      visitor = await visitorOf(req);
    } catch (error) {
      console.error('Page cache: could not tell the visitor context; rendering', error);
      visitor = null;
    }
    if (visitor === null) return handle(req, res);
    const key = pageCacheKey(req, visitor);
    const hit = cache.get(key);
    if (hit) {
      res.writeHead(hit.status, { ...hit.headers, 'x-page-cache': 'HIT' });
      res.end(hit.body);
      return;
    }
    res.setHeader('x-page-cache', 'MISS');
    const generation = cache.generation;
    const chunks: Buffer[] = [];
    const write = res.write;
    const end = res.end;
    // What reaches these is what goes on the wire (after Next's compression), so it can be replayed as is.
    res.write = function (this: ServerResponse, chunk: unknown, ...rest: unknown[]) {
      const buffer = toBuffer(chunk, rest[0]);
      if (buffer) chunks.push(buffer);
      return (write as (...args: unknown[]) => boolean).call(this, chunk, ...rest);
    } as ServerResponse['write'];
    res.end = function (this: ServerResponse, chunk?: unknown, ...rest: unknown[]) {
      const buffer = toBuffer(chunk, rest[0]);
      if (buffer) chunks.push(buffer);
      if (res.statusCode === 200 && res.getHeader('set-cookie') === undefined) {
        const page = {
          status: 200,
          headers: storableHeaders(res.getHeaders()),
          body: Buffer.concat(chunks),
          storedAt: Date.now(),
        };
        // The visitor's context may have changed while the page rendered (a membership, a group, a
        // role): store the page only if the context it was keyed by is still the visitor's.
        void Promise.resolve(visitorOf(req))
          .then((again) => {
            if (again === visitor) cache.set(key, page, generation);
          })
          .catch(() => undefined);
      }
      return (end as (...args: unknown[]) => ServerResponse).call(this, chunk, ...rest);
    } as ServerResponse['end'];
    return handle(req, res);
  };
}
