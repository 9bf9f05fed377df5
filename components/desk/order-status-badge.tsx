import { useTranslations } from 'next-intl';
import { Badge, type BadgeTone } from '@/components/ui/badge';
import type { OrderStatus } from '@/lib/orders/order-status.rules';

// New orders stand out, orders in hand are amber until they are ready on the shelf; finished ones are quiet.
const TONES: Record<OrderStatus, BadgeTone> = {
  placed: 'info',
  confirmed: 'neutral',
  picking: 'warning',
  ready_for_pickup: 'success',
  collected: 'neutral',
  shipped: 'neutral',
  delivered: 'neutral',
  cancelled: 'danger',
  returned: 'neutral',
};

/** A pickup order's state at the desk. */
export function OrderStatusBadge({ status }: { status: OrderStatus }) {
  const t = useTranslations('desk.status');
  return <Badge tone={TONES[status]}>{t(status)}</Badge>;
}
