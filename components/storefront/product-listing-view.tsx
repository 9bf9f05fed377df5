import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import { Pagination } from '@/components/ui/pagination';
import { StatusMessage } from '@/components/ui/status-message';
import { listingHref } from '@/lib/catalog/listing-params.schemas';
import type { Facets, ProductPage } from '@/lib/catalog/product-listing.reads';
import type { ProductListQuery } from '@/lib/catalog/catalog.schemas';
import { ListingFilters } from './listing-filters';
import { ProductGrid } from './product-grid';

/** Filters + results + pagination: shared by category and search pages on every channel. */
export function ProductListingView(props: {
  basePath: string;
  query: ProductListQuery;
  result: ProductPage;
  facets: Facets;
  invalid: string[];
  emptyText: string;
  hiddenQ?: string;
  aside?: ReactNode;
}) {
  const t = useTranslations();
  const { basePath, query, result, facets, invalid, emptyText, hiddenQ, aside } = props;
  const pages = Math.max(1, Math.ceil(result.total / query.pageSize));
  return (
    <div className="mt-6 grid gap-8 md:grid-cols-[16rem_1fr]">
      <aside className="space-y-6">
        {aside}
        <ListingFilters facets={facets} query={query} basePath={basePath} hiddenQ={hiddenQ} />
      </aside>
      <section aria-label={t('listing.results', { count: result.total })}>
        <StatusMessage tone="info" className="mb-4">
          {invalid.length > 0 && t('listing.invalidFilters', { details: invalid.join(', ') })}
        </StatusMessage>
        <StatusMessage tone="info" plain className="mb-4">
          {t('listing.results', { count: result.total })}
        </StatusMessage>
        {result.items.length === 0 ? (
          <p className="rounded border border-gray-200 p-6 text-center">{emptyText}</p>
        ) : (
          <ProductGrid items={result.items} />
        )}
        <Pagination
          page={Math.min(query.page, pages)}
          pages={pages}
          hrefFor={(page) => listingHref(basePath, query, { page })}
        />
      </section>
    </div>
  );
}
