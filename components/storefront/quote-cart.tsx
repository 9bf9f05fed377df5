// The cart of a quote being ordered, read only: its lines are as quoted (docs/showroom.md).
import { ButtonLink } from '@/components/ui/button';
import { LineItemsTable } from './line-items-table';
import type { CartView } from '@/lib/cart/cart.reads';
import { formatMoney } from '@/lib/platform/i18n/format';
import type { Locale } from '@/lib/platform/i18n/locales';
import type { Translate } from '@/lib/platform/i18n/messages';

export function QuoteCart({ view, t, locale }: { view: CartView; t: Translate; locale: Locale }) {
  const money = (amount: number | undefined) =>
    amount === undefined ? '—' : formatMoney({ amount, currency: view.currency }, locale);
  return (
    <div className="space-y-4">
      <p className="rounded-lg border border-blue-200 bg-blue-50 p-4 text-blue-950" data-testid="quote-cart-note">
        {t('quotes.cartNote')}
      </p>
      <LineItemsTable
        caption={t('cart.lines')}
        headings={[t('quotes.product'), t('quotes.quantity'), t('quotes.unitPrice'), t('quotes.lineTotal')]}
        rows={view.lines.map((line) => ({
          key: line.id,
          name: line.productName,
          sku: line.sku,
          quantity: line.quantity,
          unit: money(line.unitPrice?.amount),
          total: money(line.lineTotal?.amount),
        }))}
        totals={[{ label: t('quotes.total'), value: money(view.subtotal.amount), testId: 'quote-cart-total' }]}
      />
      <ButtonLink href="/checkout" size="lg">
        {t('quotes.toCheckout')}
      </ButtonLink>
    </div>
  );
}
