'use server';

import { forgetShowroomSession } from './showroom/showroom-cookies';
import { AuthError } from 'next-auth';
import { signIn, signOut } from '@/lib/platform/auth/auth';
import { validatedAction, type ActionState } from '@/lib/platform/auth/validated-action';
import { getDb } from '@/lib/platform/db';
import { getLocale, getTranslations } from 'next-intl/server';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { confirmEmail, registerCustomer } from '@/lib/customers/register-customer.writes';
import { signUpConfirmation } from '@/lib/customers/sign-up-confirmation.rules';
import { signUpLimit } from '@/lib/customers/sign-up-limit.rules';
import { clientIp } from '@/lib/platform/auth/client-ip';
import { DEFAULT_LOCALE, isLocale } from '@/lib/platform/i18n/locales';
import { publicUrl } from '@/lib/platform/public-url';
import { consumeRateLimit } from '@/lib/platform/rate-limit.writes';
import { authHref, safeCallbackUrl } from '@/lib/platform/auth/auth-links.rules';
import { signInInput, signUpInput } from '@/lib/platform/auth/auth.schemas';
import { mergeGuestCartOnSignIn } from './cart/cart-session';

/** Auth.js ends a successful sign-in by throwing Next's redirect. */
const isRedirect = (error: unknown) =>
  typeof (error as { digest?: unknown })?.digest === 'string' &&
  (error as { digest: string }).digest.startsWith('NEXT_REDIRECT');

export const signInAction = validatedAction('public', signInInput, async (input) => {
  const t = await getTranslations();
  try {
    await signIn('credentials', {
      email: input.email,
      password: input.password,
      redirectTo: safeCallbackUrl(input.callbackUrl),
    });
    return { ok: true };
  } catch (error) {
    if (error instanceof AuthError && error.type === 'CredentialsSignin') {
      const code = (error as AuthError & { code?: string }).code ?? '';
      const minutes = code.startsWith('rate_limited:') ? Number(code.split(':')[1]) : 0;
      return { ok: false, formError: minutes > 0 ? t('auth.rateLimited', { minutes }) : t('auth.invalidCredentials') };
    }
    // The redirect after a successful sign-in: the guest cart joins the customer's cart first.
    if (isRedirect(error)) await mergeGuestCartOnSignIn(input.email);
    throw error;
  }
});

/**
 * The same answer for a new and a known address ("check your e-mail"): registerCustomer mails either a
 * confirmation link or a note to the account's owner. Attempts per client address are limited.
 */
export const signUpAction = validatedAction('public', signUpInput, async (input) => {
  const [t, locale, requestHeaders] = await Promise.all([getTranslations(), getLocale(), headers()]);
  const db = getDb();
  const counted = await consumeRateLimit(db, `sign-up-ip:${clientIp(requestHeaders)}`, signUpLimit(process.env));
  if (!counted.ok) return { ok: false, formError: t('auth.signUpRateLimited', { minutes: counted.retryInMinutes }) };
  const confirmation = signUpConfirmation(process.env);
  await registerCustomer(db, input, {
    locale: isLocale(locale) ? locale : DEFAULT_LOCALE,
    baseUrl: publicUrl(),
    confirmation,
  });
  // The same answer for a new and a known address; without mail the sign-in page says what to do next.
  // The sign-in then returns to where the visitor was (authHref checks the path again); with mail the
  // confirmation link carries that path (registerCustomer).
  if (confirmation === 'none') redirect(authHref('/sign-in', input.callbackUrl, { signedUp: '1' }));
  return { ok: true, message: t('auth.checkEmail', { email: input.email }) };
});

/** Follows the link mailed at sign-up (a button, so that a mail scanner fetching the link confirms nothing). */
export const confirmEmailAction = validatedAction(
  'public',
  z.object({ token: z.string().trim().min(1).max(200), callbackUrl: z.string().max(500).optional() }),
  async (input) => {
    const t = await getTranslations();
    if (!(await confirmEmail(getDb(), input.token))) return { ok: false, formError: t('auth.confirmInvalid') };
    // The sign-in returns to where the visitor signed up from (a same-site path only: authHref checks).
    redirect(authHref('/sign-in', input.callbackUrl, { confirmed: '1' }));
  },
);

export async function signOutAction(): Promise<void> {
  await forgetShowroomSession();
  await signOut({ redirectTo: '/' });
}

export type { ActionState };
