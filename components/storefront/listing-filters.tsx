import { useTranslations } from 'next-intl';
import Link from 'next/link';
import type { Facets } from '@/lib/catalog/product-listing.reads';
import { PRODUCT_SORTS, type ProductListQuery } from '@/lib/catalog/catalog.schemas';

/** A plain GET form: filters live in the URL and work without JavaScript. */
export function ListingFilters({
  facets,
  query,
  basePath,
  hiddenQ,
}: {
  facets: Facets;
  query: ProductListQuery;
  basePath: string;
  hiddenQ?: string;
}) {
  const t = useTranslations();
  return (
    <form method="get" action={basePath} aria-label={t('listing.filters')} className="space-y-5 text-sm">
      {hiddenQ !== undefined && <input type="hidden" name="q" value={hiddenQ} />}
      <div>
        <label htmlFor="sort" className="mb-1 block font-semibold">
          {t('listing.sortBy')}
        </label>
        <select
          id="sort"
          name="sort"
          defaultValue={query.sort ?? 'relevance'}
          className="w-full rounded border border-gray-400 px-2 py-1.5"
        >
          {PRODUCT_SORTS.map((sort) => (
            <option key={sort} value={sort}>
              {t(`listing.sort.${sort}`)}
            </option>
          ))}
        </select>
      </div>
      <fieldset>
        <legend className="mb-1 font-semibold">{t('listing.price')}</legend>
        <div className="flex gap-2">
          <label className="flex-1">
            <span className="sr-only">{t('listing.minPrice')}</span>
            <input
              name="minPrice"
              type="number"
              min={0}
              step={1}
              inputMode="numeric"
              placeholder="0"
              defaultValue={query.minPrice}
              aria-label={t('listing.minPrice')}
              className="w-full rounded border border-gray-400 px-2 py-1.5"
            />
          </label>
          <label className="flex-1">
            <span className="sr-only">{t('listing.maxPrice')}</span>
            <input
              name="maxPrice"
              type="number"
              min={0}
              step={1}
              inputMode="numeric"
              placeholder="9999"
              defaultValue={query.maxPrice}
              aria-label={t('listing.maxPrice')}
              className="w-full rounded border border-gray-400 px-2 py-1.5"
            />
          </label>
        </div>
      </fieldset>
      <label className="flex items-center gap-2">
        <input type="checkbox" name="inStock" value="1" defaultChecked={query.inStock} />
        {t('listing.inStock')}
      </label>
      <CheckboxGroup
        legend={t('listing.brand')}
        name="brand"
        options={facets.brands.map((b) => ({ value: b.value, label: b.label, count: b.count }))}
        selected={query.brand}
      />
      <CheckboxGroup
        legend={t('listing.color')}
        name="color"
        options={facets.colors.map((c) => ({ value: c.value, label: c.value, count: c.count }))}
        selected={query.color}
      />
      <CheckboxGroup
        legend={t('listing.size')}
        name="size"
        options={facets.sizes.map((s) => ({ value: s.value, label: s.value, count: s.count }))}
        selected={query.size}
      />
      <div className="flex flex-wrap gap-3">
        <button type="submit" className="rounded-md bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800">
          {t('listing.applyFilters')}
        </button>
        <Link
          href={hiddenQ ? `${basePath}?q=${encodeURIComponent(hiddenQ)}` : basePath}
          className="self-center underline"
        >
          {t('listing.resetFilters')}
        </Link>
      </div>
    </form>
  );
}

function CheckboxGroup({
  legend,
  name,
  options,
  selected,
}: {
  legend: string;
  name: string;
  options: Array<{ value: string; label: string; count: number }>;
  selected: string[];
}) {
  if (options.length === 0) return null;
  return (
    <fieldset>
      <legend className="mb-1 font-semibold">{legend}</legend>
      <ul className="max-h-56 space-y-1 overflow-y-auto">
        {options.map((option) => (
          <li key={option.value}>
            <label className="flex items-center gap-2">
              <input
                type="checkbox"
                name={name}
                value={option.value}
                defaultChecked={selected.includes(option.value)}
              />
              <span>{option.label}</span>
              <span className="text-gray-600">({option.count})</span>
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
