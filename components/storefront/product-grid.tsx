import Link from 'next/link';
import { Price } from '@/components/ui/price';
import type { ProductCard } from '@/lib/catalog/product-listing.reads';
import { AvailabilityBadge } from './availability-badge';

/**
 * `linkQuery` (e.g. `?color=Black`) is added to every product link: the product page preselects a variant
 * with it. `eagerImages`: how many images load at once instead of lazily, for a grid at the top of the
 * page (a phone's first row), the first with high priority: it is the page's largest paint there.
 */
export function ProductGrid({
  items,
  headingLevel = 'h2',
  linkQuery = '',
  eagerImages = 0,
}: {
  items: ProductCard[];
  headingLevel?: 'h2' | 'h3';
  linkQuery?: string;
  eagerImages?: number;
}) {
  const Heading = headingLevel;
  return (
    <ul className="grid grid-cols-2 gap-4 md:grid-cols-3 lg:grid-cols-4">
      {items.map((item, index) => (
        <li
          key={item.id}
          className="group relative flex flex-col rounded-lg border border-gray-200 p-3 hover:shadow-md"
        >
          {item.image && (
            // eslint-disable-next-line @next/next/no-img-element -- generated SVGs need no optimisation
            <img
              src={item.image.url}
              alt={item.image.alt}
              width={400}
              height={300}
              loading={index < eagerImages ? 'eager' : 'lazy'}
              fetchPriority={index === 0 && eagerImages > 0 ? 'high' : undefined}
              className="aspect-[4/3] w-full rounded object-cover"
            />
          )}
          <Heading className="mt-2 text-sm font-medium">
            <Link href={`/p/${item.slug}${linkQuery}`} className="after:absolute after:inset-0">
              {item.name}
            </Link>
          </Heading>
          {item.brand && <p className="text-xs text-gray-600">{item.brand}</p>}
          <div className="mt-auto flex flex-wrap items-center justify-between gap-2 pt-2">
            <Price
              value={item.price}
              was={item.basePrice}
              lowest30Days={item.lowestPrice30Days}
              from={item.priceVaries}
              includesVat={item.pricesIncludeVat}

              className="text-sm"
            />
            <AvailabilityBadge availability={item.availability} />
          </div>
        </li>
      ))}
    </ul>
  );
}
