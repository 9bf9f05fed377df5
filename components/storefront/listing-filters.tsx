import { useTranslations } from 'next-intl';
import { useId } from 'react';
import { Button, ButtonLink } from '@/components/ui/button';
import { Choice } from '@/components/ui/choice';
import { Field } from '@/components/ui/field';
import { Fieldset } from '@/components/ui/fieldset';
import { Input } from '@/components/ui/input';
import { Select } from '@/components/ui/select';
import { CLEAR_FILTERS, withSelectedValues } from '@/lib/catalog/active-filters.rules';
import { swatchColor, swatchNeedsBorder } from '@/lib/catalog/color-swatch.rules';
import { listingHref } from '@/lib/catalog/listing-params.schemas';
import type { Facets } from '@/lib/catalog/product-listing.reads';
import { PRODUCT_SORTS, type ProductListQuery } from '@/lib/catalog/catalog.schemas';
import { ListingForm } from './listing-controls';

type FormProps = { query: ProductListQuery; basePath: string; hiddenQ?: string };

/** The listing URL a form's controls were rendered for (the forms reset to it when it changes). */
const stateOf = ({ query, basePath }: FormProps) => listingHref(basePath, query, {});

/**
 * The filters as a GET form: they live in the URL and work without JavaScript (an Apply button); with
 * it every change applies at once. Rendered twice on a page (sidebar and phone drawer), so ids differ.
 */
export function ListingFilters(props: FormProps & { facets: Facets }) {
  const t = useTranslations('listing');
  const { facets, query, basePath, hiddenQ } = props;
  const inStockId = useId();
  return (
    <ListingForm action={basePath} state={stateOf(props)} label={t('filters')} className="space-y-5">
      {hiddenQ !== undefined && <input type="hidden" name="q" value={hiddenQ} />}
      {query.sort && <input type="hidden" name="sort" value={query.sort} />}
      <Choice
        type="checkbox"
        id={inStockId}
        size="touch"
        name="inStock"
        value="1"
        label={t('inStock')}
        defaultChecked={query.inStock}
      />
      <FacetGroup legend={t('color')} name="color" facet={facets.colors} selected={query.color} swatches />
      <FacetGroup legend={t('size')} name="size" facet={facets.sizes} selected={query.size} />
      <FacetGroup legend={t('brand')} name="brand" facet={facets.brands} selected={query.brand} />
      <PriceRange query={query} />
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" size="touch" className="scripting:hidden group-data-enhanced:hidden">
          {t('applyFilters')}
        </Button>
        <ButtonLink href={listingHref(basePath, query, CLEAR_FILTERS)} variant="link" size="touch">
          {t('resetFilters')}
        </ButtonLink>
      </div>
    </ListingForm>
  );
}

/** The sort order as its own small form above the results (it carries the filters along). */
export function ListingSort(props: FormProps) {
  const t = useTranslations('listing');
  const { query, basePath, hiddenQ } = props;
  const carried: Array<[string, string]> = [
    ...(hiddenQ !== undefined ? [['q', hiddenQ] as [string, string]] : []),
    ...(['brand', 'color', 'size'] as const).flatMap((key) => query[key].map((v): [string, string] => [key, v])),
    ...(query.minPrice !== undefined ? [['minPrice', String(query.minPrice)] as [string, string]] : []),
    ...(query.maxPrice !== undefined ? [['maxPrice', String(query.maxPrice)] as [string, string]] : []),
    ...(query.inStock ? [['inStock', '1'] as [string, string]] : []),
  ];
  return (
    <ListingForm action={basePath} state={stateOf(props)} className="flex items-end gap-2">
      {carried.map(([name, value]) => (
        <input key={`${name}=${value}`} type="hidden" name={name} value={value} />
      ))}
      <Field label={t('sortBy')} hideLabel>
        <Select
          name="sort"
          defaultValue={query.sort ?? 'relevance'}
          className="min-h-11"
          options={PRODUCT_SORTS.map((sort) => ({ value: sort, label: t(`sort.${sort}`) }))}
        />
      </Field>
      <Button type="submit" variant="secondary" size="touch" className="scripting:hidden group-data-enhanced:hidden">
        {t('applySort')}
      </Button>
    </ListingForm>
  );
}

function PriceRange({ query }: { query: ProductListQuery }) {
  const t = useTranslations('listing');
  const bound = { type: 'number', min: 0, step: 1, inputMode: 'numeric', className: 'min-h-11' } as const;
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

/**
 * One facet's values as checkboxes, each with the number of products it leaves with the other filters
 * (ticked values stay, also at 0). Colours show a swatch beside the name; the name stays the label.
 */
function FacetGroup({
  legend,
  name,
  facet,
  selected,
  swatches = false,
}: {
  legend: string;
  name: string;
  facet: Array<{ value: string; label?: string; count: number }>;
  selected: string[];
  swatches?: boolean;
}) {
  const id = useId();
  type Value = (typeof facet)[number];
  const values = withSelectedValues<Value>(facet, selected, (value) => ({ value, count: 0 }));
  if (values.length === 0) return null;
  return (
    <Fieldset legend={legend} id={id}>
      <div className="grid grid-cols-2 gap-x-3 xl:grid-cols-1">
        {values.map((f, index) => (
          <Choice
            key={f.value}
            type="checkbox"
            size="touch"
            id={`${id}-${index}`}
            name={name}
            value={f.value}
            defaultChecked={selected.includes(f.value)}
            label={
              <span className="inline-flex items-center gap-2">
                {swatches && <Swatch value={f.value} />}
                <span>
                  {f.label ?? f.value} <span className="text-gray-600">({f.count})</span>
                </span>
              </span>
            }
          />
        ))}
      </div>
    </Fieldset>
  );
}

/** A colour dot for a known colour name; an empty neutral ring for an unknown one (its name tells it). */
export function Swatch({ value }: { value: string }) {
  const css = swatchColor(value);
  if (!css)
    return (
      <span
        aria-hidden="true"
        className="inline-block size-5 shrink-0 rounded-full border border-dashed border-gray-500"
      />
    );
  return (
    <span
      aria-hidden="true"
      className={`inline-block size-5 shrink-0 rounded-full ${swatchNeedsBorder(css) ? 'border border-gray-500' : ''}`}
      style={{ backgroundColor: css }}
    />
  );
}
