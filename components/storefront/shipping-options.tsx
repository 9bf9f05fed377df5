import Link from 'next/link';
import { useLocale, useTranslations } from 'next-intl';
import { formatMoney } from '@/lib/platform/i18n/format';
import type { Locale } from '@/lib/platform/i18n/locales';
import type { ShippingQuote } from '@/lib/shipping/shipping.rules';
import { SHIPPING_PAGE } from './shipping-note';

/** What shipping costs by each method for the cart, with what is missing to free delivery. */
export function ShippingOptions({
  quotes,
  currency,
  goodsAmount,
}: {
  quotes: readonly ShippingQuote[];
  currency: string;
  goodsAmount: number;
}) {
  const t = useTranslations();
  const locale = useLocale() as Locale;
  const money = (amount: number) => formatMoney({ amount, currency }, locale);
  const delivery = quotes.find((q) => q.method === 'delivery');
  const missing =
    delivery && delivery.freeFromAmount !== null && !delivery.flatWaived ? delivery.freeFromAmount - goodsAmount : 0;
  return (
    <div className="w-full max-w-sm text-sm" data-testid="shipping-options">
      <p className="text-gray-700">{t('cart.shippingIntro')}</p>
      <dl className="mt-1 space-y-1">
        {quotes.map((quote) => (
          <div key={quote.method} className="flex justify-between gap-4" data-testid={`shipping-${quote.method}`}>
            <dt>{t(`cart.shippingMethod.${quote.method}`)}</dt>
            <dd className="text-right font-medium">
              {quote.amount === 0 ? t('cart.shippingFree') : money(quote.amount)}
              {quote.bulkySurchargeAmount > 0 && (
                <span className="block text-xs font-normal text-gray-600">
                  {t('cart.bulkyIncluded', { amount: money(quote.bulkySurchargeAmount) })}
                </span>
              )}
            </dd>
          </div>
        ))}
      </dl>
      {missing > 0 && (
        <p className="mt-2 font-medium text-brand-700" data-testid="to-free-delivery">
          {t('cart.toFreeDelivery', { amount: money(missing) })}
        </p>
      )}
      <Link href={SHIPPING_PAGE} className="mt-1 inline-flex min-h-11 items-center underline">
        {t('cart.shippingLink')}
      </Link>
    </div>
  );
}
