// Whether a sign-up must be confirmed by e-mail. Without a way to send mail (no SMTP_URL) nobody could
// ever follow the link, so the account is ready at once; the answer is still the same for a new and a
// known address (docs/security.md).

export type SignUpConfirmation = 'email' | 'none';

/** SIGN_UP_CONFIRMATION (`email` or `none`); unset: `email` when SMTP_URL is set, else `none`. */
export function signUpConfirmation(env: Record<string, string | undefined>): SignUpConfirmation {
  const setting = env.SIGN_UP_CONFIRMATION?.trim();
  if (setting === 'email' || setting === 'none') return setting;
  if (setting) throw new Error(`SIGN_UP_CONFIRMATION must be "email" or "none", got "${setting}"`);
  return env.SMTP_URL?.trim() ? 'email' : 'none';
}

/**
 * The link mailed at sign-up: the confirmation page with its token and, when the visitor signed up on
 * the way somewhere (the cart, the checkout), that same-site path, so that the sign-in after confirming
 * returns there (`returnPath` of lib/platform/auth/auth.schemas.ts, checked again on the page).
 */
export function confirmationLink(baseUrl: string, token: string, returnTo: string | undefined): string {
  const params = new URLSearchParams({ token, ...(returnTo ? { callbackUrl: returnTo } : {}) });
  return `${baseUrl}/sign-up/confirm?${params}`;
}
