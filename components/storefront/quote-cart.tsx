// The cart of a quote being ordered, read only: its lines are as quoted (docs/showroom.md).
import { ButtonLink } from '@/components/ui/button';
import { Table, TBody, Td, TFoot, Th, THead, Tr } from '@/components/ui/table';
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
      <Table caption={t('cart.lines')} hideCaption>
        <THead>
          <tr>
            <Th>{t('quotes.product')}</Th>
            <Th numeric>{t('quotes.quantity')}</Th>
            <Th numeric>{t('quotes.unitPrice')}</Th>
            <Th numeric>{t('quotes.lineTotal')}</Th>
          </tr>
        </THead>
        <TBody>
          {view.lines.map((line) => (
            <Tr key={line.id}>
              <Th scope="row">
                {line.productName}
                <span className="block text-xs font-normal text-gray-600">{line.sku}</span>
              </Th>
              <Td numeric>{line.quantity}</Td>
              <Td numeric nowrap>
                {money(line.unitPrice?.amount)}
              </Td>
              <Td numeric nowrap>
                {money(line.lineTotal?.amount)}
              </Td>
            </Tr>
          ))}
        </TBody>
        <TFoot>
          <tr>
            <Th scope="row" colSpan={3} numeric>
              {t('quotes.total')}
            </Th>
            <Td numeric nowrap data-testid="quote-cart-total">
              {money(view.subtotal.amount)}
            </Td>
          </tr>
        </TFoot>
      </Table>
      <ButtonLink href="/checkout" size="lg">
        {t('quotes.toCheckout')}
      </ButtonLink>
    </div>
  );
}
