import Link from 'next/link';
import { listingHref } from '@/lib/listing-params';
import type { Translate } from '@/lib/i18n/translate';
import type { ProductListQuery } from '@/lib/validation/catalog';

export function Pagination({ t, basePath, query, total }: { t: Translate; basePath: string; query: ProductListQuery; total: number }) {
  const pages = Math.max(1, Math.ceil(total / query.pageSize));
  if (pages <= 1) return null;
  const page = Math.min(query.page, pages);
  return (
    <nav aria-label={t('listing.pagination')} className="mt-8 flex items-center justify-center gap-4 text-sm">
      {page > 1 ? (
        <Link href={listingHref(basePath, query, { page: page - 1 })} rel="prev" className="rounded border border-gray-300 px-3 py-1.5 hover:bg-gray-50">
          {t('listing.previous')}
        </Link>
      ) : null}
      <span aria-current="page">{t('listing.page', { page, pages })}</span>
      {page < pages ? (
        <Link href={listingHref(basePath, query, { page: page + 1 })} rel="next" className="rounded border border-gray-300 px-3 py-1.5 hover:bg-gray-50">
          {t('listing.next')}
        </Link>
      ) : null}
    </nav>
  );
}
