'use client';

// The header's cart control. The server renders a plain link to /cart (it works without JavaScript and
// holds nothing per visitor, so page-cached HTML stays shareable); once hydrated it becomes a button that
// opens a drawer with the visitor's cart from useCart(). "Add to cart" opens the drawer too.
import { useLocale, useTranslations } from 'next-intl';
import Link from 'next/link';
import { usePathname } from 'next/navigation';
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
  type ReactNode,
} from 'react';
import { Button, ButtonLink, type ButtonStyle } from '@/components/ui/button';
import { LazyDrawer } from '@/components/ui/lazy-drawer';
import { StatusMessage } from '@/components/ui/status-message';
import type { StorefrontCart } from '@/lib/cart/cart-api.schemas';
import { formatMoney } from '@/lib/platform/i18n/format';
import type { Locale } from '@/lib/platform/i18n/locales';
import { CartBadge } from './cart-badge';
import { useCart, useRefreshCart } from './use-cart';

type MiniCartState = { isOpen: boolean; setOpen: (isOpen: boolean) => void };

const MiniCartContext = createContext<MiniCartState | null>(null);

/**
 * Holds whether the mini-cart is open, around the storefront's header and pages (its layout). It is open
 * on the page where it was opened only, so any navigation (a link in it, the browser's back button) closes it.
 */
export function MiniCartProvider({ children }: { children: ReactNode }) {
  const pathname = usePathname();
  const [openOn, setOpenOn] = useState<string | null>(null);
  const isOpen = openOn === pathname;
  // The same function for the whole visit: an effect that opens the mini-cart ("Add to cart") must not
  // run again, and open it again, because it closed.
  const setOpen = useCallback((open: boolean) => setOpenOn(open ? window.location.pathname : null), []);
  const value = useMemo(() => ({ isOpen, setOpen }), [isOpen, setOpen]);
  return <MiniCartContext.Provider value={value}>{children}</MiniCartContext.Provider>;
}

function useMiniCartState(): MiniCartState {
  const state = useContext(MiniCartContext);
  if (!state) throw new Error('MiniCart needs a MiniCartProvider around it');
  return state;
}

/** Opens the mini-cart; does nothing on pages without one. */
export function useOpenMiniCart(): () => void {
  const setOpen = useContext(MiniCartContext)?.setOpen;
  return useMemo(() => () => setOpen?.(true), [setOpen]);
}

const TRIGGER_STYLE: ButtonStyle = { variant: 'secondary' };

const noSubscription = () => () => {};

/** `size`: `touch` on the showroom's tablet bar. */
export function MiniCart({ signedIn, size }: { signedIn: boolean; size?: ButtonStyle['size'] }) {
  const t = useTranslations();
  const locale = useLocale();
  const { isOpen, setOpen } = useMiniCartState();
  // False while hydrating (the server's link stays), true from then on.
  const hydrated = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  const cart = useCart();
  const refreshCart = useRefreshCart();

  // Signing in (the guest cart joins the customer's), signing up or out are server actions that end in a
  // redirect, so their forms never hear back; the header rendered for the new visitor says it instead.
  const wasSignedIn = useRef(signedIn);
  useEffect(() => {
    if (wasSignedIn.current === signedIn) return;
    wasSignedIn.current = signedIn;
    void refreshCart();
  }, [signedIn, refreshCart]);

  if (!hydrated)
    return (
      <ButtonLink href="/cart" {...TRIGGER_STYLE} size={size}>
        {t('nav.cart')}
      </ButtonLink>
    );

  const close = () => setOpen(false);
  const data = cart.data;
  // The drawer has no button of its own: React Aria returns the focus to this one when it closes.
  const trigger = (
    <Button {...TRIGGER_STYLE} size={size} aria-haspopup="dialog" aria-expanded={isOpen} onClick={() => setOpen(true)}>
      {t('nav.cart')}
      <CartBadge />
    </Button>
  );
  return (
    <>
      {trigger}
      <LazyDrawer
        title={t('cart.title')}
        closeLabel={t('ui.close')}
        isOpen={isOpen}
        onOpenChange={setOpen}
        footer={
          data && data.lines.length > 0 ? (
            <div className="space-y-3">
              <p className="flex flex-wrap items-baseline justify-between gap-x-2">
                <span className="font-semibold">{t('cart.subtotal')}</span>
                <span>
                  <strong data-testid="mini-cart-subtotal">{formatMoney(data.subtotal, locale)}</strong>{' '}
                  <span className="text-xs text-gray-600">
                    {data.pricesIncludeVat ? t('product.inclVat') : t('product.exclVat')}
                  </span>
                </span>
              </p>
              <p className="text-sm text-gray-600">{t('cart.subtotalNote')}</p>
              <div className="grid gap-2 sm:grid-cols-2">
                <ButtonLink href="/cart" variant="secondary" size="touch" onClick={close}>
                  {t('cart.viewCart')}
                </ButtonLink>
                <ButtonLink href="/checkout" size="touch" onClick={close}>
                  {t('cart.checkout')}
                </ButtonLink>
              </div>
            </div>
          ) : undefined
        }
      >
        <MiniCartContents
          cart={data}
          status={cart.status}
          locale={locale}
          onClose={close}
          onRetry={() => void cart.refetch()}
        />
      </LazyDrawer>
    </>
  );
}

/** What the drawer shows: loading, a failure, the empty cart, or the lines. */
export function MiniCartContents({
  cart,
  status,
  locale,
  onClose,
  onRetry,
}: {
  cart: StorefrontCart | undefined;
  status: 'pending' | 'error' | 'success';
  locale: Locale;
  onClose: () => void;
  onRetry: () => void;
}) {
  const t = useTranslations();
  if (!cart) {
    if (status === 'error')
      return (
        <div className="space-y-4">
          <StatusMessage tone="error" plain>
            {t('cart.loadFailed')}
          </StatusMessage>
          <div className="flex flex-wrap gap-2">
            <Button variant="secondary" size="touch" onClick={onRetry}>
              {t('cart.retry')}
            </Button>
            <ButtonLink href="/cart" variant="link" size="touch" onClick={onClose}>
              {t('cart.viewCart')}
            </ButtonLink>
          </div>
        </div>
      );
    return (
      <p className="flex items-center gap-2 text-gray-700" data-testid="mini-cart-loading">
        <span
          aria-hidden="true"
          className="size-4 animate-spin rounded-full border-2 border-gray-300 border-t-brand-700 motion-reduce:animate-none"
        />
        {t('cart.loading')}
      </p>
    );
  }
  if (cart.lines.length === 0)
    return (
      <div className="space-y-4 py-6 text-center">
        <p className="text-gray-700">{t('cart.empty')}</p>
        <Button variant="secondary" size="touch" onClick={onClose}>
          {t('cart.continue')}
        </Button>
      </div>
    );
  return (
    <ul aria-label={t('cart.lines')} className="divide-y divide-gray-200">
      {cart.lines.map((line) => (
        <MiniCartLine key={line.id} line={line} locale={locale} onClose={onClose} />
      ))}
    </ul>
  );
}

function MiniCartLine({
  line,
  locale,
  onClose,
}: {
  line: StorefrontCart['lines'][number];
  locale: Locale;
  onClose: () => void;
}) {
  const t = useTranslations();
  return (
    <li className="flex gap-3 py-3 first:pt-0 last:pb-0">
      {line.image ? (
        // eslint-disable-next-line @next/next/no-img-element -- generated SVGs need no optimisation
        <img
          src={line.image.url}
          alt=""
          width={64}
          height={48}
          className="h-12 w-16 shrink-0 rounded border border-gray-200 object-cover"
        />
      ) : (
        <div className="h-12 w-16 shrink-0 rounded border border-gray-200 bg-gray-50" aria-hidden="true" />
      )}
      <div className="min-w-0 flex-1 text-sm">
        <p className="font-semibold">
          <Link
            href={`/p/${line.productSlug}?variant=${encodeURIComponent(line.sku)}`}
            onClick={onClose}
            className="underline-offset-2 hover:underline"
          >
            {line.productName}
          </Link>
        </p>
        {line.options.length > 0 && (
          <p className="text-gray-700">{line.options.map((o) => `${o.name}: ${o.value}`).join(' · ')}</p>
        )}
        <p className="text-xs text-gray-600">{line.sku}</p>
        <div className="mt-1 flex flex-wrap items-baseline justify-between gap-x-3">
          <span>{t('cart.quantityValue', { quantity: line.quantity })}</span>
          {line.lineTotal && <span className="font-semibold">{formatMoney(line.lineTotal, locale)}</span>}
        </div>
        {line.unitPrice && line.quantity > 1 && (
          <p className="text-xs text-gray-600">{t('cart.unitPrice', { price: formatMoney(line.unitPrice, locale) })}</p>
        )}
        {!line.available && <p className="mt-1 font-medium text-red-800">{t('cart.unavailable')}</p>}
      </div>
    </li>
  );
}
