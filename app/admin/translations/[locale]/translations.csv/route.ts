import { listTranslationRows } from '@/lib/catalog/catalog-translations.reads';
import { translationLocale } from '@/lib/catalog/catalog-translations.schemas';
import { translationCsvHeader } from '@/lib/catalog/translation-csv.rules';
import { getCurrentActor } from '@/lib/platform/auth/current-actor';
import { can } from '@/lib/platform/auth/permissions.rules';
import { csvRecord } from '@/lib/platform/csv.rules';
import { getDb } from '@/lib/platform/db';

/** Every translatable catalogue text with its translation in one language, as CSV in the format the import reads. */
export async function GET(_request: Request, context: { params: Promise<{ locale: string }> }) {
  const actor = await getCurrentActor();
  if (!actor) return new Response('Please sign in first.', { status: 401 });
  if (!can(actor, 'catalog:read')) return new Response('You do not have permission to do this.', { status: 403 });
  const locale = translationLocale.safeParse((await context.params).locale);
  if (!locale.success) return new Response('No translations for this language.', { status: 404 });
  const rows = await listTranslationRows(getDb(), actor, locale.data);
  const body = [
    csvRecord(translationCsvHeader(locale.data)),
    ...rows.map((r) => csvRecord([r.type, r.key, r.field, r.source, r.text])),
  ].join('');
  return new Response(body, {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="translations-${locale.data}.csv"`,
      'cache-control': 'private, no-store',
    },
  });
}
