'use server';

import { cookies } from 'next/headers';
import { z } from 'zod';
import { LOCALE_COOKIE, LOCALES } from '@/lib/platform/i18n/locales';

const localeInput = z.object({ locale: z.enum(LOCALES) });

/** Public by design: anyone may choose the UI language. Stored in a cookie, nothing else changes. */
export async function setLocaleAction(formData: FormData): Promise<void> {
  const parsed = localeInput.safeParse({ locale: formData.get('locale') });
  if (!parsed.success) return;
  (await cookies()).set(LOCALE_COOKIE, parsed.data.locale, { path: '/', sameSite: 'lax', maxAge: 60 * 60 * 24 * 365 });
}
