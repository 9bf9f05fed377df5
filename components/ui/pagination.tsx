import Link from 'next/link';

type Labels = { nav: string; previous: string; next: string; page: string };

/** Previous / "Page n of m" / next. `labels.page` is already filled in for the current page. */
export function Pagination({
  page,
  pages,
  hrefFor,
  labels,
}: {
  page: number;
  pages: number;
  hrefFor: (page: number) => string;
  labels: Labels;
}) {
  if (pages <= 1) return null;
  const linkClass = 'rounded border border-gray-300 bg-white px-3 py-1.5 hover:bg-gray-50';
  return (
    <nav aria-label={labels.nav} className="mt-8 flex items-center justify-center gap-4 text-sm">
      {page > 1 && (
        <Link href={hrefFor(page - 1)} rel="prev" className={linkClass}>
          {labels.previous}
        </Link>
      )}
      <span aria-current="page">{labels.page}</span>
      {page < pages && (
        <Link href={hrefFor(page + 1)} rel="next" className={linkClass}>
          {labels.next}
        </Link>
      )}
    </nav>
  );
}
