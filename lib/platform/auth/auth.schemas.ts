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
  /** Where the visitor was before signing up: the sign-in that follows returns there (safeCallbackUrl in auth-links.rules.ts). */
  callbackUrl: z.string().max(500).optional(),
});
export type SignUpInput = z.output<typeof signUpInput>;
