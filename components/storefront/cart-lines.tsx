'use client';

// The cart's lines with quantity controls: changes show at once (useOptimistic) and the server's
// answer, re-rendered through revalidatePath('/cart'), replaces the guess. A live region says what happened.
import { useLocale, useTranslations } from 'next-intl';
import Link from 'next/link';
import { useOptimistic, useState } from 'react';
import { removeLineAction, setLineQuantityAction } from '@/app/(storefront)/cart/actions';
import type { ActionState } from '@/lib/platform/auth/validated-action';
import type { CartLineView, CartView } from '@/lib/cart/cart.reads';
import { formatMoney } from '@/lib/platform/i18n/format';
import { Button, ButtonLink } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { StatusMessage } from '@/components/ui/status-message';
import type { ShippingQuote } from '@/lib/shipping/shipping.rules';
import { ShippingOptions } from './shipping-options';
import { useRefreshCart } from './use-cart';

type Change = { kind: 'quantity'; lineId: string; quantity: number } | { kind: 'remove'; lineId: string };

const MAX_QUANTITY = 999;

function applyChange(lines: CartLineView[], change: Change): CartLineView[] {
  if (change.kind === 'remove') return lines.filter((l) => l.id !== change.lineId);
  return lines.map((l) =>
    l.id === change.lineId
      ? {
          ...l,
          quantity: change.quantity,
          lineTotal: l.unitPrice
            ? { amount: l.unitPrice.amount * change.quantity, currency: l.unitPrice.currency }
            : null,
        }
      : l,
  );
}

function messageOf(state: ActionState): string {
  if (!state) return '';
  if (state.ok) return state.message ?? '';
  return Object.values(state.fieldErrors ?? {}).flat()[0] ?? state.formError ?? '';
}

/** `shipping`: the server's quotes for the cart as last rendered (they follow each change's revalidation). */
export function CartLines({ view, shipping }: { view: CartView; shipping: ShippingQuote[] }) {
  const t = useTranslations();
  const locale = useLocale();
  const [lines, applyOptimistic] = useOptimistic(view.lines, applyChange);
  const [settled, setStatus] = useState<{ text: string; error: boolean }>({ text: '', error: false });
  // While a change is on its way the live region says so; the server's answer replaces it.
  const [status, showPending] = useOptimistic(settled);
  const refreshCart = useRefreshCart();
  const money = (amount: number) => formatMoney({ amount, currency: view.currency }, locale);
  const subtotal = lines.reduce((sum, l) => sum + (l.available && l.lineTotal ? l.lineTotal.amount : 0), 0);

  async function submit(change: Change, formData: FormData, action: typeof setLineQuantityAction) {
    showPending({ text: t('cart.updating'), error: false });
    applyOptimistic(change);
    const result = await action(null, formData);
    setStatus({ text: messageOf(result), error: !result?.ok });
    void refreshCart();
  }

  async function changeQuantity(formData: FormData) {
    const lineId = String(formData.get('lineId'));
    const quantity = Number(formData.get('quantity'));
    // Only a plausible quantity is shown ahead of the server; anything else waits for its message.
    if (Number.isInteger(quantity) && quantity >= 1 && quantity <= MAX_QUANTITY)
      return submit({ kind: 'quantity', lineId, quantity }, formData, setLineQuantityAction);
    const result = await setLineQuantityAction(null, formData);
    setStatus({ text: messageOf(result), error: !result?.ok });
  }

  async function remove(formData: FormData) {
    return submit({ kind: 'remove', lineId: String(formData.get('lineId')) }, formData, removeLineAction);
  }

  return (
    <div>
      <StatusMessage tone={status.error ? 'error' : 'info'} plain className="mb-4">
        {status.text}
      </StatusMessage>
      {lines.length === 0 ? (
        <div className="space-y-6 py-8 text-center">
          <p className="text-gray-700">{t('cart.empty')}</p>
          <ButtonLink href="/" size="lg">
            {t('cart.continue')}
          </ButtonLink>
        </div>
      ) : (
        <>
          <ul aria-label={t('cart.lines')} className="divide-y divide-gray-200 border-y border-gray-200">
            {lines.map((line) => (
              <CartLineItem
                key={line.id}
                line={line}
                includesVat={view.pricesIncludeVat}
                onChangeQuantity={changeQuantity}
                onRemove={remove}
              />
            ))}
          </ul>
          <CartTotals subtotal={money(subtotal)} includesVat={view.pricesIncludeVat}>
            <ShippingOptions quotes={shipping} currency={view.currency} goodsAmount={view.subtotal.amount} />
          </CartTotals>
        </>
      )}
    </div>
  );
}

type LineActions = {
  onChangeQuantity: (formData: FormData) => Promise<void>;
  onRemove: (formData: FormData) => Promise<void>;
};

function CartLineItem({
  line,
  includesVat,
  onChangeQuantity,
  onRemove,
}: LineActions & { line: CartLineView; includesVat: boolean }) {
  const t = useTranslations();
  const locale = useLocale();
  return (
    <li className="flex flex-wrap gap-4 py-4" data-testid="cart-line">
      {line.image ? (
        // eslint-disable-next-line @next/next/no-img-element -- generated SVGs need no optimisation
        <img
          src={line.image.url}
          alt={line.image.alt}
          width={96}
          height={72}
          className="h-18 w-24 rounded border border-gray-200 object-cover"
        />
      ) : (
        <div className="h-18 w-24 rounded border border-gray-200 bg-gray-50" aria-hidden="true" />
      )}
      <div className="min-w-48 flex-1">
        <h2 className="font-semibold">
          <Link
            href={`/p/${line.productSlug}?variant=${encodeURIComponent(line.sku)}`}
            className="underline-offset-2 hover:underline"
          >
            {line.productName}
          </Link>
        </h2>
        {line.options.length > 0 && (
          <p className="text-sm text-gray-700">{line.options.map((o) => `${o.name}: ${o.value}`).join(' · ')}</p>
        )}
        <p className="text-xs text-gray-600">{line.sku}</p>
        {line.available && line.unitPrice && (
          <p className="mt-1 text-sm">
            {t('cart.unitPrice', { price: formatMoney(line.unitPrice, locale) })}{' '}
            <span className="text-xs text-gray-600">{includesVat ? t('product.inclVat') : t('product.exclVat')}</span>
          </p>
        )}
        {line.priceChanged && (
          <p className="mt-1 text-sm font-medium text-amber-800" data-testid="price-changed">
            {t('cart.priceChanged', {
              from: formatMoney(line.priceChanged.from, locale),
              to: formatMoney(line.priceChanged.to, locale),
            })}
          </p>
        )}
        {!line.available && <p className="mt-1 text-sm font-medium text-red-800">{t('cart.unavailable')}</p>}
        {line.available && <LineAvailability line={line} onChangeQuantity={onChangeQuantity} />}
      </div>
      <div className="flex flex-col items-end gap-2">
        {line.available && <QuantityControls line={line} onChangeQuantity={onChangeQuantity} />}
        {line.lineTotal && (
          <p className="font-semibold" data-testid="line-total">
            <span className="sr-only">{t('cart.lineTotal')}: </span>
            {formatMoney(line.lineTotal, locale)}
          </p>
        )}
        <form action={onRemove}>
          <input type="hidden" name="lineId" value={line.id} />
          <Button type="submit" variant="link" size="touch" aria-label={t('cart.removeOf', { name: line.productName })}>
            {t('cart.remove')}
          </Button>
        </form>
      </div>
    </li>
  );
}

/** "Only N available" at the cap, or, when stock was sold since, how many are left with a button to take them. */
function LineAvailability({ line, onChangeQuantity }: Pick<LineActions, 'onChangeQuantity'> & { line: CartLineView }) {
  const t = useTranslations();
  if (line.quantity > line.fulfillable)
    return (
      <div className="mt-1 flex flex-wrap items-center gap-2" data-testid="over-available">
        <p className="text-sm font-medium text-red-800">{t('cart.overAvailable', { count: line.fulfillable })}</p>
        {line.fulfillable > 0 && (
          <form action={onChangeQuantity}>
            <input type="hidden" name="lineId" value={line.id} />
            <input type="hidden" name="quantity" value={line.fulfillable} />
            <Button
              type="submit"
              variant="secondary"
              size="touch"
              aria-label={t('cart.reduceToOf', { name: line.productName, count: line.fulfillable })}
            >
              {t('cart.reduceTo', { count: line.fulfillable })}
            </Button>
          </form>
        )}
      </div>
    );
  if (line.quantity === line.fulfillable)
    return (
      <p className="mt-1 text-sm font-medium text-amber-800" data-testid="only-available">
        {t('cart.onlyAvailable', { count: line.fulfillable })}
      </p>
    );
  return null;
}

/** −, the quantity with its own Update, and +: three small forms, so each works without the others. */
function QuantityControls({ line, onChangeQuantity }: Pick<LineActions, 'onChangeQuantity'> & { line: CartLineView }) {
  const t = useTranslations('cart');
  const step = (quantity: number, label: string, sign: string, disabled: boolean) => (
    <form action={onChangeQuantity}>
      <input type="hidden" name="lineId" value={line.id} />
      <input type="hidden" name="quantity" value={quantity} />
      <Button type="submit" variant="secondary" size="touch" disabled={disabled} aria-label={label}>
        <span aria-hidden="true">{sign}</span>
      </Button>
    </form>
  );
  return (
    <div className="flex items-center gap-1">
      {step(line.quantity - 1, t('decrease', { name: line.productName }), '−', line.quantity <= 1)}
      <form action={onChangeQuantity} noValidate className="flex items-center gap-1">
        <input type="hidden" name="lineId" value={line.id} />
        <Field
          id={`quantity-${line.id}`}
          label={t('quantityOf', { name: line.productName })}
          hideLabel
          className="w-20"
        >
          <Input
            key={line.quantity}
            name="quantity"
            type="number"
            inputMode="numeric"
            min={1}
            max={MAX_QUANTITY}
            defaultValue={line.quantity}
            className="text-center"
          />
        </Field>
        <Button type="submit" variant="secondary" size="touch" aria-label={t('updateOf', { name: line.productName })}>
          {t('update')}
        </Button>
      </form>
      {step(
        line.quantity + 1,
        t('increase', { name: line.productName }),
        '+',
        line.quantity >= Math.min(MAX_QUANTITY, line.fulfillable),
      )}
    </div>
  );
}

function CartTotals({
  subtotal,
  includesVat,
  children,
}: {
  subtotal: string;
  includesVat: boolean;
  children: React.ReactNode;
}) {
  const t = useTranslations();
  return (
    <div className="mt-6 flex flex-col items-end gap-2">
      <p className="text-lg">
        {t('cart.subtotal')}: <strong data-testid="cart-subtotal">{subtotal}</strong>{' '}
        <span className="text-xs text-gray-600">{includesVat ? t('product.inclVat') : t('product.exclVat')}</span>
      </p>
      {children}
      <ButtonLink href="/checkout" size="lg" className="mt-2">
        {t('cart.checkout')}
      </ButtonLink>
    </div>
  );
}
