import { useTranslations } from 'next-intl';
import { Button, ButtonLink } from '@/components/ui/button';
import { Checkbox } from '@/components/ui/checkbox';
import { CheckboxGroup } from '@/components/ui/checkbox-group';
import { Field } from '@/components/ui/field';
import { Fieldset } from '@/components/ui/fieldset';
import { Input } from '@/components/ui/input';
import { Select } from '@/components/ui/select';
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
  const t = useTranslations('listing');
  return (
    <form method="get" action={basePath} aria-label={t('filters')} className="space-y-5">
      {hiddenQ !== undefined && <input type="hidden" name="q" value={hiddenQ} />}
      <Field id="sort" label={t('sortBy')}>
        <Select
          name="sort"
          defaultValue={query.sort ?? 'relevance'}
          options={PRODUCT_SORTS.map((sort) => ({ value: sort, label: t(`sort.${sort}`) }))}
        />
      </Field>
      <PriceRange query={query} />
      <Checkbox name="inStock" value="1" label={t('inStock')} defaultChecked={query.inStock} />
      <FacetGroup legend={t('brand')} name="brand" facet={facets.brands} selected={query.brand} />
      <FacetGroup legend={t('color')} name="color" facet={facets.colors} selected={query.color} />
      <FacetGroup legend={t('size')} name="size" facet={facets.sizes} selected={query.size} />
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit">{t('applyFilters')}</Button>
        <ButtonLink href={hiddenQ ? `${basePath}?q=${encodeURIComponent(hiddenQ)}` : basePath} variant="link">
          {t('resetFilters')}
        </ButtonLink>
      </div>
    </form>
  );
}

function PriceRange({ query }: { query: ProductListQuery }) {
  const t = useTranslations('listing');
  const bound = { type: 'number', min: 0, step: 1, inputMode: 'numeric' } as const;
  return (
    <Fieldset legend={t('price')}>
      <div className="flex gap-2">
        <Field label={t('minPrice')} hideLabel className="flex-1">
          <Input name="minPrice" placeholder="0" defaultValue={query.minPrice} {...bound} />
        </Field>
        <Field label={t('maxPrice')} hideLabel className="flex-1">
          <Input name="maxPrice" placeholder="9999" defaultValue={query.maxPrice} {...bound} />
        </Field>
      </div>
    </Fieldset>
  );
}

/** One facet's values as checkboxes, each with the number of products it leaves. */
function FacetGroup({
  legend,
  name,
  facet,
  selected,
}: {
  legend: string;
  name: string;
  facet: Array<{ value: string; label?: string; count: number }>;
  selected: string[];
}) {
  if (facet.length === 0) return null;
  return (
    <CheckboxGroup
      legend={legend}
      name={name}
      orientation="vertical"
      defaultValue={selected}
      className="max-h-64 overflow-y-auto"
      options={facet.map((f) => ({
        value: f.value,
        label: (
          <>
            {f.label ?? f.value} <span className="text-gray-600">({f.count})</span>
          </>
        ),
      }))}
    />
  );
}
