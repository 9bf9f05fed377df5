// Catalogue translations (docs/i18n.md): the plain columns hold the merchant's catalogue language
// (CATALOG_LOCALE, default `en`); a row's `translations` holds, per other locale, the fields that
// differ. These rules pick the text for a locale with that fallback and edit the per-locale maps.
import { isLocale, LOCALES, type Locale } from '@/lib/platform/i18n/locales';

type FieldMap = Partial<Record<string, unknown>>;
/** Per locale, the translated fields of one row (see the column types in db/schema/catalog.ts). */
export type RowTranslations = Partial<Record<string, FieldMap | undefined>>;

/**
 * The catalogue's own language: the language of the plain columns and of the canonical option values
 * kept in variants and filter URLs. `CATALOG_LOCALE` (en or de), default en.
 */
export function catalogLocale(setting: string | undefined): Locale {
  if (setting === undefined || setting.trim() === '') return 'en';
  const value = setting.trim();
  if (!isLocale(value)) throw new Error(`CATALOG_LOCALE must be one of ${LOCALES.join(', ')}, got "${setting}"`);
  return value;
}

/** The locales merchandisers translate into: every UI language except the catalogue's own. */
export function translationLocales(catalog: Locale): Locale[] {
  return LOCALES.filter((l) => l !== catalog);
}

/** A translation is used only when it holds more than white space. */
function usable(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '';
}

/** The text of `field` in `locale`, else the catalogue-language text (`fallback`). */
export function pickText(
  fallback: string,
  translations: RowTranslations | null | undefined,
  locale: string,
  field: string,
): string {
  const value = translations?.[locale]?.[field];
  return usable(value) ? value : fallback;
}

/** An option value's label in `locale` (`Midnight Blue` → `Mitternachtsblau`), else the value itself. */
export function pickOptionValueLabel(
  value: string,
  translations: RowTranslations | null | undefined,
  locale: string,
): string {
  const values = translations?.[locale]?.values;
  if (!values || typeof values !== 'object') return value;
  const label = (values as Record<string, unknown>)[value];
  return usable(label) ? label : value;
}

/**
 * The translations with `field` of `locale` set to `value` (trimmed); an empty value removes the
 * field, and a locale left without fields is removed. Returns a new object.
 */
export function withText<T extends RowTranslations>(translations: T, locale: string, field: string, value: string): T {
  const text = value.trim();
  const current: FieldMap = { ...(translations[locale] ?? {}) };
  if (text === '') delete current[field];
  else current[field] = text;
  const next: RowTranslations = { ...translations };
  if (Object.keys(current).length === 0) delete next[locale];
  else next[locale] = current;
  return next as T;
}

/** The translations with the label of option value `value` in `locale` set (empty removes it). */
export function withOptionValueLabel<T extends RowTranslations>(
  translations: T,
  locale: string,
  value: string,
  label: string,
): T {
  const text = label.trim();
  const current: FieldMap = { ...(translations[locale] ?? {}) };
  const values: Record<string, string> = { ...((current.values as Record<string, string> | undefined) ?? {}) };
  if (text === '') delete values[value];
  else values[value] = text;
  if (Object.keys(values).length === 0) delete current.values;
  else current.values = values;
  const next: RowTranslations = { ...translations };
  if (Object.keys(current).length === 0) delete next[locale];
  else next[locale] = current;
  return next as T;
}
