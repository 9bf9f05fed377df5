import { requireApiChannel } from '@/lib/platform/api/channel';
import { apiHandler } from '@/lib/platform/api/problem';
import { searchParamsToObject } from '@/lib/catalog/catalog.schemas';
import { contentPageQuery, contentPageSchema, toContentPageDto } from '@/lib/content/content-api.schemas';
import { findContentPage } from '@/lib/content/content-pages.reads';
import { getDb } from '@/lib/platform/db';
import { AppError } from '@/lib/platform/errors';
import { DEFAULT_LOCALE, negotiateLocale } from '@/lib/platform/i18n/locales';

/** A content page (imprint, terms …) in the language asked for (`locale`, else Accept-Language), else in English. */
export const GET = apiHandler(async (request: Request, { params }: { params: Promise<{ slug: string }> }) => {
  const [, { slug }] = await Promise.all([requireApiChannel(request), params]);
  const query = contentPageQuery.parse(searchParamsToObject(new URL(request.url).searchParams));
  const locale = query.locale ?? negotiateLocale(request.headers.get('accept-language')) ?? DEFAULT_LOCALE;
  const page = await findContentPage(getDb(), slug, locale);
  if (!page) throw new AppError('content_page.not_found');
  return Response.json(contentPageSchema.parse(toContentPageDto(page)), {
    headers: { 'content-language': page.locale, vary: 'accept-language' },
  });
});
