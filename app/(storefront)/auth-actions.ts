'use server';

import { AuthError } from 'next-auth';
import { signIn, signOut } from '@/lib/platform/auth/auth';
import { validatedAction, type ActionState } from '@/lib/platform/auth/validated-action';
import { getDb } from '@/lib/platform/db';
import { getTranslations } from 'next-intl/server';
import { registerCustomer } from '@/lib/customers/register-customer.writes';
import { safeCallbackUrl, signInInput, signUpInput } from '@/lib/platform/auth/auth.schemas';
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

export const signUpAction = validatedAction('public', signUpInput, async (input) => {
  await registerCustomer(getDb(), input);
  try {
    await signIn('credentials', { email: input.email, password: input.password, redirectTo: '/account' });
  } catch (error) {
    if (isRedirect(error)) await mergeGuestCartOnSignIn(input.email);
    throw error;
  }
  return { ok: true };
});

export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: '/' });
}

export type { ActionState };
