'use client';

// The header's item count. The header is part of page-cached HTML shared by many visitors, so the
// count is fetched by the browser after load (never rendered on the server) and again after changes.
import { useTranslations } from 'next-intl';
import { useEffect, useState } from 'react';
import { CART_CHANGED_EVENT } from './cart-events';

export function CartBadge() {
  const t = useTranslations('cart');
  const [count, setCount] = useState(0);
  useEffect(() => {
    let active = true;
    const load = () =>
      fetch('/api/cart/summary', { cache: 'no-store', credentials: 'same-origin' })
        .then((response) => (response.ok ? (response.json() as Promise<{ itemCount: number }>) : { itemCount: 0 }))
        .then((summary) => active && setCount(summary.itemCount))
        .catch(() => undefined);
    // A page restored from the back/forward cache may show an old count.
    const onShow = (event: PageTransitionEvent) => {
      if (event.persisted) void load();
    };
    void load();
    window.addEventListener(CART_CHANGED_EVENT, load);
    window.addEventListener('pageshow', onShow);
    return () => {
      active = false;
      window.removeEventListener(CART_CHANGED_EVENT, load);
      window.removeEventListener('pageshow', onShow);
    };
  }, []);
  if (count === 0) return null;
  return (
    <span
      className="ml-1.5 inline-flex min-w-5 items-center justify-center rounded-full bg-brand-700 px-1.5 text-xs font-semibold text-white"
      data-testid="cart-count"
    >
      <span aria-hidden="true">{count}</span>
      <span className="sr-only">{t('badge', { count })}</span>
    </span>
  );
}
