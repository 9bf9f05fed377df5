import { useTranslations } from 'next-intl';
import { Badge, type BadgeTone } from '@/components/ui/badge';
import type { DeskOrder } from '@/lib/pickup/pickup-desk.reads';

// New orders stand out, orders in hand are amber until they are ready on the shelf.
const TONES: Record<DeskOrder['status'], BadgeTone> = {
  placed: 'info',
  confirmed: 'neutral',
  picking: 'warning',
  ready_for_pickup: 'success',
};

/** A pickup order's state at the desk. */
export function OrderStatusBadge({ status }: { status: DeskOrder['status'] }) {
  const t = useTranslations('desk.status');
  return <Badge tone={TONES[status]}>{t(status)}</Badge>;
}
