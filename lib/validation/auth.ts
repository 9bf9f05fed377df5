import { z } from 'zod';

export const email = z.string().trim().toLowerCase().max(254).pipe(z.email('Enter a valid email address'));

export const signInInput = z.object({
  email,
  password: z.string().min(1, 'Enter your password').max(200),
  callbackUrl: z.string().max(500).optional(),
});

export const signUpInput = z.object({
  name: z.string().trim().min(2, 'Enter your name').max(120),
  email,
  password: z.string().min(12, 'Use at least 12 characters').max(200, 'Use at most 200 characters'),
});
export type SignUpInput = z.output<typeof signUpInput>;

/** Only same-site relative paths are allowed as post-login destinations (no open redirect). */
export function safeCallbackUrl(value: string | undefined | null): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return '/account';
  return value;
}
