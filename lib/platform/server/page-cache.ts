// Rendered-page cache for storefront browsing (home, category, search and product pages), in the spirit of
// Shopware's HTTP cache: the same catalogue page is rendered once per worker, visitor context and
// minute instead of once per visitor.
//
// Invariant it relies on (docs/decisions.md): a storefront page depends only on its URL, the `locale`
// and `preferred_store` cookies, catalogue data and the visitor context (the channel they shop — lib/channels/channel-routing.rules.ts —
// and anonymous, or a signed-in buyer's back-office flag, company and customer groups). Anything else that changes such a page per visitor must join the key
// or make the request bypass the cache. Stock is not such data: a cached product page renders the stock
// of its render and refreshes it in the browser (components/storefront/live-availability.tsx).
import { timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import { SESSION_COOKIE } from '@/lib/platform/auth/session-cookie';
import { LOCALE_COOKIE, resolveLocale } from '@/lib/platform/i18n/locales';
import { PREFERRED_STORE_COOKIE } from '@/lib/inventory/preferred-store.rules';

const CACHEABLE_PATH =
  /^\/(?:c\/[a-z0-9-]+(?:\/[a-z0-9-]+)*|p\/[a-z0-9][a-z0-9-]*|search|api\/v1\/search\/suggestions)?$/;
/**
 * Paths no cached page lies under: the per-visitor pages (cart, checkout, account …). A server action's
 * `revalidatePath('/cart')` invalidates only Next's implicit tag of that path (`_N_T_/cart`).
 */
const VISITOR_PATHS = /^\/(?:cart|checkout|account|orders|showroom|store-desk|admin|h|q|sign-in|sign-up)(?:\/|$)/;

/**
 * Whether an invalidation can change a cached page: always, unless every tag is the implicit tag of a
 * per-visitor path (a cart write must not empty the shop's page cache). Unknown tags (the catalogue's,
 * a layout's, a missed notification: no tags) count.
 */
export function affectsCachedPages(tags: readonly string[] | undefined): boolean {
  if (!tags) return true;
  return tags.some((tag) => {
    if (!tag.startsWith('_N_T_')) return true;
    const path = tag.slice('_N_T_'.length).replace(/\/(?:layout|page)$/, '');
    return !VISITOR_PATHS.test(path);
  });
}

/** Headers of client-side navigations, prefetches and server actions: those always render. */
const RENDER_ALWAYS_HEADERS = [
  'rsc',
  'next-action',
  'next-router-state-tree',
  'next-router-prefetch',
  'next-router-segment-prefetch',
  'authorization',
];

export function readCookies(header: string | undefined): Map<string, string> {
  const cookies = new Map<string, string>();
  for (const part of (header ?? '').split(';')) {
    const at = part.indexOf('=');
    if (at > 0) cookies.set(part.slice(0, at).trim(), part.slice(at + 1).trim());
  }
  return cookies;
}

export function hasSessionCookie(cookies: Map<string, string>): boolean {
  return [...cookies.keys()].some((name) => SESSION_COOKIE.test(name));
}

type Request = { method?: string; url?: string; headers: IncomingHttpHeaders };

/** The header an operator sends, with the value of `PAGE_CACHE_BYPASS_TOKEN`, to have a cacheable page rendered. */
export const PAGE_CACHE_BYPASS_HEADER = 'x-page-cache-bypass';

/**
 * Whether a request may be answered from the cache at all: a plain GET of a home, category, search or
 * product page or of the search suggestions (GET /api/v1/search/suggestions, asked on every keystroke), not a client navigation, prefetch or server action. A client's `Cache-Control: no-cache` or
 * `Pragma: no-cache` does not count (anyone could make every request render); only an operator's
 * `x-page-cache-bypass` header carrying the configured `bypassToken` does.
 */
export function isCacheableRequest(request: Request, bypassToken?: string): boolean {
  if (request.method !== 'GET' || !request.url) return false;
  if (!CACHEABLE_PATH.test(request.url.split('?', 1)[0]!)) return false;
  const { headers } = request;
  if (RENDER_ALWAYS_HEADERS.some((name) => headers[name] !== undefined)) return false;
  return !isOperatorBypass(headerValue(headers[PAGE_CACHE_BYPASS_HEADER]), bypassToken);
}

/** A constant-time comparison with the configured token; no token configured, no bypass. */
function isOperatorBypass(sent: string | undefined, token: string | undefined): boolean {
  if (!token || !sent) return false;
  const a = Buffer.from(sent);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * The cache key of a cacheable request for a visitor context: the channel and "anonymous", or the channel
 * and a signed-in buyer's context (back-office flag, company, customer groups; see visitor.ts). Also keyed by the page's
 * language (the locale cookie, else Accept-Language: lib/platform/i18n/locales.ts), the visitor's
 * store (the preferred_store cookie: product pages promise pickup there), the publishable key an API call
 * names its channel with, `Accept-Encoding` and the full URL.
 */
export function pageCacheKey(request: Request, visitor: string): string {
  const cookies = readCookies(request.headers.cookie);
  const locale = resolveLocale(cookies.get(LOCALE_COOKIE), headerValue(request.headers['accept-language']));
  const store = cookies.get(PREFERRED_STORE_COOKIE) ?? '';
  const key = headerValue(request.headers['x-publishable-key']) ?? '';
  return [visitor, locale, store, key, String(request.headers['accept-encoding'] ?? ''), request.url].join('\n');
}

/** A signed-in visitor's context key: everything their storefront pages depend on besides the URL and locale. */
export function buyerContextKey(context: {
  backoffice: boolean;
  audience: { companyId: string | null; customerGroupIds: string[] };
}): string {
  return [
    'buyer',
    context.backoffice ? 'backoffice' : 'shop',
    context.audience.companyId ?? '-',
    [...context.audience.customerGroupIds].sort().join(','),
  ].join('|');
}

export type CachedPage = { status: number; headers: Record<string, string | string[]>; body: Buffer; storedAt: number };

/** Headers that belong to one connection or one response, never to a stored page. */
const NOT_STORED = new Set([
  'date',
  'connection',
  'keep-alive',
  'transfer-encoding',
  'content-length',
  'x-page-cache',
  // Set per request by the server (TLS behind a trusted proxy), not a property of the page.
  'strict-transport-security',
]);

export function storableHeaders(
  headers: Record<string, number | string | string[] | undefined>,
): Record<string, string | string[]> {
  const stored: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined || NOT_STORED.has(name.toLowerCase())) continue;
    stored[name] = typeof value === 'number' ? String(value) : value;
  }
  return stored;
}

/**
 * Pages by key, bounded in bytes (least recently used go first) and in age. `generation` grows with
 * every invalidation, so a render that started before one is not stored after it.
 */
export class PageCache {
  private readonly pages = new Map<string, CachedPage>();
  private bytes = 0;
  generation = 0;

  constructor(private readonly options: { maxBytes: number; maxAgeMs: number }) {}

  get(key: string, now = Date.now()): CachedPage | null {
    const page = this.pages.get(key);
    if (!page) return null;
    this.remove(key);
    if (now - page.storedAt >= this.options.maxAgeMs) return null;
    this.pages.set(key, page); // re-insert: Map order is the recency order
    this.bytes += page.body.length;
    return page;
  }

  /** Stores a page unless the cache was invalidated since `generation` was read or it is too large. */
  set(key: string, page: CachedPage, generation: number): boolean {
    if (generation !== this.generation || page.body.length > this.options.maxBytes / 4) return false;
    this.remove(key);
    this.pages.set(key, page);
    this.bytes += page.body.length;
    for (const oldest of this.pages.keys()) {
      if (this.bytes <= this.options.maxBytes) break;
      this.remove(oldest);
    }
    return true;
  }

  invalidate() {
    this.generation++;
    this.pages.clear();
    this.bytes = 0;
  }

  get size() {
    return this.pages.size;
  }

  private remove(key: string) {
    const page = this.pages.get(key);
    if (!page) return;
    this.pages.delete(key);
    this.bytes -= page.body.length;
  }
}

function headerValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value.join(',') : value;
}
