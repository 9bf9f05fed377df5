import { useLocale, useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import { ButtonLink } from '@/components/ui/button';
import { Pagination } from '@/components/ui/pagination';
import { StatusMessage } from '@/components/ui/status-message';
import { CLEAR_FILTERS, listActiveFilters, type ActiveFilter } from '@/lib/catalog/active-filters.rules';
import { listingHref } from '@/lib/catalog/listing-params.schemas';
import type { Facets, ProductPage } from '@/lib/catalog/product-listing.reads';
import type { ProductListQuery } from '@/lib/catalog/catalog.schemas';
import { formatMoney } from '@/lib/platform/i18n/format';
import { isLocale, DEFAULT_LOCALE } from '@/lib/platform/i18n/locales';
import { FilterButton, FilterPanel, FilterPanelProvider } from './listing-controls';
import { ListingFilters, ListingSort, Swatch } from './listing-filters';
import { ProductGrid } from './product-grid';

/**
 * Results first, then filters: shared by category and search pages on every channel. On large screens
 * the filters are a sidebar; on phones and tablets a "Filter (n)" button opens them in a drawer (and
 * without JavaScript it jumps to them below the results). Active filters are chips that remove one each.
 */
export function ProductListingView(props: {
  basePath: string;
  query: ProductListQuery;
  result: ProductPage;
  facets: Facets;
  invalid: string[];
  emptyText: string;
  hiddenQ?: string;
  aside?: ReactNode;
  /** The currency of the channel's prices (price filter chips). */
  currency: string;
}) {
  const t = useTranslations();
  const { basePath, query, result, facets, invalid, emptyText, hiddenQ, aside, currency } = props;
  const pages = Math.max(1, Math.ceil(result.total / query.pageSize));
  const active = listActiveFilters(query);
  const formProps = { query, basePath, hiddenQ };
  return (
    <FilterPanelProvider>
      <div className="mt-4 xl:grid xl:grid-cols-[16rem_1fr] xl:gap-8">
        <div className="xl:col-start-2">
          <a
            href="#results"
            className="sr-only focus:not-sr-only focus:inline-block focus:rounded focus:bg-white focus:px-3 focus:py-2"
          >
            {t('listing.skipToResults')}
          </a>
          <div className="flex flex-wrap items-center gap-2">
            <div className="xl:hidden">
              <FilterButton label={t('listing.filterButton', { count: active.length })} />
            </div>
            <StatusMessage tone="info" plain className="text-sm">
              {t('listing.results', { count: result.total })}
            </StatusMessage>
            <div className="ml-auto">
              <ListingSort {...formProps} />
            </div>
          </div>
          <StatusMessage tone="info" className="mt-3">
            {invalid.length > 0 && t('listing.invalidFilters', { details: invalid.join(', ') })}
          </StatusMessage>
          {active.length > 0 && (
            <ActiveFilterChips active={active} query={query} basePath={basePath} currency={currency} />
          )}
          <section
            id="results"
            tabIndex={-1}
            aria-label={t('listing.results', { count: result.total })}
            className="mt-4 outline-none"
          >
            {result.items.length === 0 ? (
              <p className="rounded border border-gray-200 p-6 text-center">{emptyText}</p>
            ) : (
              <ProductGrid items={result.items} linkQuery={productLinkQuery(query)} eagerImages={2} />
            )}
          </section>
          <Pagination
            page={Math.min(query.page, pages)}
            pages={pages}
            hrefFor={(page) => listingHref(basePath, query, { page })}
          />
        </div>
        <FilterPanel
          title={t('listing.filters')}
          closeLabel={t('listing.closeFilters')}
          showLabel={t('listing.showResults', { count: result.total })}
          className="mt-10 space-y-6 xl:col-start-1 xl:row-start-1 xl:mt-0"
        >
          {aside}
          <ListingFilters {...formProps} facets={facets} />
        </FilterPanel>
      </div>
    </FilterPanelProvider>
  );
}

/** The chosen colours and sizes go along to the product page, which preselects a variant with them. */
function productLinkQuery(query: ProductListQuery): string {
  const params = new URLSearchParams();
  query.color.forEach((c) => params.append('color', c));
  query.size.forEach((s) => params.append('size', s));
  const qs = params.toString();
  return qs ? `?${qs}` : '';
}

function ActiveFilterChips({
  active,
  query,
  basePath,
  currency,
}: {
  active: ActiveFilter[];
  query: ProductListQuery;
  basePath: string;
  currency: string;
}) {
  const t = useTranslations('listing');
  const raw = useLocale();
  const locale = isLocale(raw) ? raw : DEFAULT_LOCALE;
  const money = (units: number) => formatMoney({ amount: units * 100, currency }, locale);
  const text = (filter: ActiveFilter): string => {
    switch (filter.kind) {
      case 'brand':
      case 'color':
      case 'size':
        return t('facetValue', { name: t(filter.kind), value: filter.value });
      case 'minPrice':
        return t('fromPrice', { amount: money(filter.value) });
      case 'maxPrice':
        return t('upToPrice', { amount: money(filter.value) });
      case 'inStock':
        return t('inStock');
    }
  };
  return (
    <nav aria-label={t('activeFilters')} className="mt-3">
      <ul className="flex flex-wrap items-center gap-2">
        {active.map((filter) => (
          <li key={`${filter.kind}:${'value' in filter ? filter.value : ''}`}>
            <ButtonLink
              href={listingHref(basePath, query, filter.remove)}
              variant="secondary"
              size="touch"
              scroll={false}
              aria-label={t('removeFilter', { filter: text(filter) })}
              className="gap-2 rounded-full"
            >
              {filter.kind === 'color' && <Swatch value={filter.value} />}
              <span>{text(filter)}</span>
              <span aria-hidden="true">×</span>
            </ButtonLink>
          </li>
        ))}
        {active.length > 1 && (
          <li>
            <ButtonLink href={listingHref(basePath, query, CLEAR_FILTERS)} variant="link" size="touch" scroll={false}>
              {t('clearAll')}
            </ButtonLink>
          </li>
        )}
      </ul>
    </nav>
  );
}
