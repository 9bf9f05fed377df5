import { useTranslations } from 'next-intl';
import { Badge, type BadgeTone } from '@/components/ui/badge';
import type { Availability } from '@/lib/inventory/availability.rules';
import type { Translate } from '@/lib/platform/i18n/messages';

const TONES: Record<Availability, BadgeTone> = {
  in_stock: 'success',
  low_stock: 'warning',
  out_of_stock: 'neutral',
};

export function availabilityLabel(t: Translate, availability: Availability, quantity?: number): string {
  if (availability === 'low_stock' && quantity !== undefined) return t('product.lowStock', { count: quantity });
  return availability === 'out_of_stock' ? t('product.outOfStock') : t('product.inStock');
}

export function AvailabilityBadge({ availability, quantity }: { availability: Availability; quantity?: number }) {
  const t = useTranslations();
  return <Badge tone={TONES[availability]}>{availabilityLabel(t, availability, quantity)}</Badge>;
}
