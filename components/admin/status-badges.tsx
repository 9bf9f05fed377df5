// The back office's states as badges, one tone per state wherever it is shown.
import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import { Badge, type BadgeTone } from '@/components/ui/badge';
import type { AdminProductRow } from '@/lib/catalog/admin-catalog.reads';
import type { PriceListState } from '@/lib/pricing/admin-pricing.reads';

const PRODUCT_TONES: Record<AdminProductRow['status'], BadgeTone> = {
  active: 'success',
  draft: 'warning',
  archived: 'neutral',
};

export function ProductStatusBadge({ status }: { status: AdminProductRow['status'] }) {
  const t = useTranslations('admin.status');
  return <Badge tone={PRODUCT_TONES[status]}>{t(status)}</Badge>;
}

const PRICE_LIST_TONES: Record<PriceListState, BadgeTone> = {
  running: 'success',
  scheduled: 'info',
  inactive: 'neutral',
  expired: 'warning',
};

export function PriceListStateBadge({ state }: { state: PriceListState }) {
  const t = useTranslations('admin.pricing.state');
  return <Badge tone={PRICE_LIST_TONES[state]}>{t(state)}</Badge>;
}

/** Yes/no states (a channel is active, a key is valid): on is green, off grey. */
export function OnOffBadge({ on, children }: { on: boolean; children: ReactNode }) {
  return <Badge tone={on ? 'success' : 'neutral'}>{children}</Badge>;
}
