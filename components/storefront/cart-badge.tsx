'use client';

// The header's item count. The header is part of page-cached HTML shared by many visitors, so the count
// comes from the browser's cart query (useCart) and is never rendered on the server.
import { useTranslations } from 'next-intl';
import { useCart } from './use-cart';

export function CartBadge() {
  const t = useTranslations('cart');
  const count = useCart().data?.itemCount ?? 0;
  if (count === 0) return null;
  return (
    <span className="inline-flex min-w-5 items-center justify-center rounded-full bg-brand-700 px-1.5 text-xs font-semibold text-white">
      <span aria-hidden="true">{count}</span>
      <span className="sr-only"> {t('badge', { count })}</span>
    </span>
  );
}
