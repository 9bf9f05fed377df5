'use client';

import { useTranslations, useFormatter } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useActionState, useEffect, useSyncExternalStore } from 'react';
import { handOffCartAction } from '@/app/(storefront)/showroom/handoff-actions';
import { QrCode } from '@/components/storefront/qr-code';
import { useRefreshCart } from '@/components/storefront/use-cart';
import { Button } from '@/components/ui/button';
import { FormAlert } from '@/components/ui/form-alert';

const noSubscription = () => () => undefined;

/**
 * "Hand off to the customer's phone" on the showroom cart: the tablet then shows a QR code and the short
 * link, valid until the time it names. The cart moves to the link; the tablet's cart is empty again.
 */
export function HandoffPanel({ empty }: { empty: boolean }) {
  const t = useTranslations('showroom.handoff');
  const format = useFormatter();
  const router = useRouter();
  const [state, action, pending] = useActionState(handOffCartAction, null);
  // The tablet's own address (never a Host header a client could choose); none while rendering on the server.
  const origin = useSyncExternalStore(
    noSubscription,
    () => window.location.origin,
    () => '',
  );
  const link = state?.ok ? state.data : undefined;
  const refreshCart = useRefreshCart();
  useEffect(() => {
    // The page and the mini cart in the bar show the emptied cart.
    if (!link) return;
    router.refresh();
    void refreshCart();
  }, [link, router, refreshCart]);
  if (link) {
    const url = `${origin}${link.path}`;
    return (
      <section
        aria-labelledby="handoff-title"
        className="rounded-lg border border-gray-300 bg-white p-4"
        data-testid="handoff"
      >
        <h2 id="handoff-title" className="text-xl font-semibold">
          {t('title')}
        </h2>
        <p className="mt-1">{t('scan')}</p>
        <p className="mt-1 text-sm text-gray-700">{t('prices')}</p>
        <div className="mt-3 flex flex-wrap items-center gap-6">
          {origin && <QrCode value={url} label={t('qrLabel')} size={240} />}
          <div className="space-y-2">
            <p className="font-mono text-base break-all" data-testid="handoff-link">
              {url}
            </p>
            <p>{t('validUntil', { time: format.dateTime(new Date(link.expiresAt), { timeStyle: 'short' }) })}</p>
          </div>
        </div>
      </section>
    );
  }
  // Once handed off the cart is empty, but the code stays on screen (this state outlives the refresh).
  if (empty) return null;
  return (
    <form action={action} className="space-y-2">
      <FormAlert state={state} />
      <Button type="submit" variant="secondary" size="touch" pending={pending}>
        {t('button')}
      </Button>
    </form>
  );
}
