import { z } from 'zod';
import { fieldMessage } from '@/lib/platform/errors';

export const email = z
  .string()
  .trim()
  .toLowerCase()
  .max(254)
  .pipe(z.email(fieldMessage('email')));

export const signInInput = z.object({
  email,
  password: z.string().min(1, fieldMessage('password_required')).max(200),
  callbackUrl: z.string().max(500).optional(),
});

export const signUpInput = z.object({
  name: z.string().trim().min(2, fieldMessage('name_required')).max(120),
  email,
  password: z.string().min(12).max(200),
  /** Where the visitor was before signing up: the sign-in that follows returns there (safeCallbackUrl). */
  callbackUrl: z.string().max(500).optional(),
});
export type SignUpInput = z.output<typeof signUpInput>;

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
