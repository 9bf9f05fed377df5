import { useTranslations } from 'next-intl';
import { Badge, type BadgeTone } from '@/components/ui/badge';
import type { OrderStatus } from '@/lib/orders/order-status.rules';

// The word carries the meaning; the tone only groups: on its way, ready or done, stopped.
const TONES: Record<OrderStatus, BadgeTone> = {
  placed: 'info',
  confirmed: 'info',
  picking: 'info',
  shipped: 'info',
  ready_for_pickup: 'success',
  collected: 'success',
  delivered: 'success',
  cancelled: 'neutral',
  returned: 'neutral',
};

/** An order's status as the customer reads it (account list, order page). */
export function OrderStatusBadge({ status }: { status: OrderStatus }) {
  const t = useTranslations('orders.status');
  return <Badge tone={TONES[status]}>{t(status)}</Badge>;
}
