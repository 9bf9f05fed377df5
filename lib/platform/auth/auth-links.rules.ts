// Where sign-in and sign-up return to. Plain functions without zod: the header's sign-in link runs them
// in the browser on every page, and zod would add its whole bundle (and its eval probe, a CSP issue) there.

/**
 * Post-login destination: only the path of what was asked for, never another host (no open redirect).
 * Absolute URLs are accepted because Auth.js builds callback URLs from the request's own origin.
 */
export function safeCallbackUrl(value: string | undefined | null): string {
  if (!value) return '/account';
  let url: URL;
  try {
    url = new URL(value, 'http://same-site.invalid');
  } catch {
    return '/account';
  }
  const path = `${url.pathname}${url.search}`;
  // A path starting with '//' would be read as another host by the browser.
  if (!path.startsWith('/') || path.startsWith('//') || path.startsWith('/api/')) return '/account';
  return path;
}

/** The pages that sign in or up: returning to one of them after signing in would make no sense. */
const AUTH_PAGES = /^\/(sign-in|sign-up)(\/|$|\?)/;

/**
 * Where to return after signing in or up: `from` itself when it is a same-site path (checked by
 * safeCallbackUrl, unchanged by it) that is not an auth page; otherwise undefined.
 */
export function returnPath(from: string | undefined | null): string | undefined {
  if (!from) return undefined;
  const target = safeCallbackUrl(from);
  return target === from && !AUTH_PAGES.test(target) ? target : undefined;
}

/**
 * A link to an auth page (`/sign-in`, `/sign-up`) that returns to `from` afterwards (see returnPath);
 * otherwise the plain page. `extra` parameters follow (`confirmed=1`, `signedUp=1`).
 */
export function authHref(
  page: '/sign-in' | '/sign-up',
  from: string | undefined | null,
  extra: Record<string, string> = {},
): string {
  const target = returnPath(from);
  const params = new URLSearchParams({ ...(target ? { callbackUrl: target } : {}), ...extra });
  return params.size ? `${page}?${params}` : page;
}
