import { useTranslations } from 'next-intl';
import type { Availability } from '@/lib/inventory/availability.rules';
import type { Translate } from '@/lib/platform/i18n/messages';

const STYLE: Record<Availability, string> = {
  in_stock: 'bg-green-100 text-green-900',
  low_stock: 'bg-amber-100 text-amber-900',
  out_of_stock: 'bg-gray-200 text-gray-800',
};

export function availabilityLabel(t: Translate, availability: Availability, quantity?: number): string {
  if (availability === 'low_stock' && quantity !== undefined) return t('product.lowStock', { count: quantity });
  return availability === 'out_of_stock' ? t('product.outOfStock') : t('product.inStock');
}

export function AvailabilityBadge({ availability, quantity }: { availability: Availability; quantity?: number }) {
  const t = useTranslations();
  return (
    <span className={`inline-block rounded px-2 py-0.5 text-xs font-medium ${STYLE[availability]}`}>
      {availabilityLabel(t, availability, quantity)}
    </span>
  );
}
