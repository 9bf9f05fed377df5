import { useTranslations } from 'next-intl';
import { ButtonLink } from './button';

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
  return (
    <nav aria-label={t('pagination')} className="mt-8 flex items-center justify-center gap-4 text-sm">
      {page > 1 && (
        <ButtonLink href={hrefFor(page - 1)} rel="prev" variant="secondary" size="touch">
          {t('previous')}
        </ButtonLink>
      )}
      <span aria-current="page">{t('page', { page, pages })}</span>
      {page < pages && (
        <ButtonLink href={hrefFor(page + 1)} rel="next" variant="secondary" size="touch">
          {t('next')}
        </ButtonLink>
      )}
    </nav>
  );
}
