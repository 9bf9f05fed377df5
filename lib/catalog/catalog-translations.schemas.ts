// Inputs of the translation actions (app/admin/products, app/admin/categories, app/admin/translations).
import { z } from 'zod';
import { fieldMessage } from '@/lib/platform/errors';
import { LOCALES } from '@/lib/platform/i18n/locales';
import { CATALOG_LOCALE } from './translated-sql.reads';

/** A language merchandisers translate into: a UI language other than the catalogue's own. */
export const translationLocale = z
  .enum(LOCALES, fieldMessage('translation_locale'))
  .refine((locale) => locale !== CATALOG_LOCALE, fieldMessage('translation_locale'));

export const textTranslationInput = z.object({
  locale: translationLocale,
  name: z.string().max(200, fieldMessage('translation_name_long')),
  description: z.string().max(10_000, fieldMessage('translation_description_long')),
});

export const importTranslationsInput = z.object({
  locale: translationLocale,
  csv: z.string().min(1, fieldMessage('csv_required')).max(5_000_000, fieldMessage('csv_too_big')),
});
