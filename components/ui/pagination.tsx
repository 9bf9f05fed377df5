import Link from 'next/link';
import { useTranslations } from 'next-intl';

/** Previous / "Page n of m" / next, as links (works without JavaScript). */
export function Pagination({
  page,
  pages,
  hrefFor,
}: {
  page: number;
  pages: number;
  hrefFor: (page: number) => string;
}) {
  const t = useTranslations('ui');
  if (pages <= 1) return null;
  const linkClass = 'rounded border border-gray-300 bg-white px-3 py-1.5 hover:bg-gray-50';
  return (
    <nav aria-label={t('pagination')} className="mt-8 flex items-center justify-center gap-4 text-sm">
      {page > 1 && (
        <Link href={hrefFor(page - 1)} rel="prev" className={linkClass}>
          {t('previous')}
        </Link>
      )}
      <span aria-current="page">{t('page', { page, pages })}</span>
      {page < pages && (
        <Link href={hrefFor(page + 1)} rel="next" className={linkClass}>
          {t('next')}
        </Link>
      )}
    </nav>
  );
}
