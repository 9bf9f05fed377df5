import { useLocale, useTranslations } from 'next-intl';
import type { Money } from '@/lib/platform/money.rules';
import { formatMoney } from '@/lib/platform/i18n/format';

/**
 * A price with its VAT note; with `was`, the list price struck through (read as "was …" by screen
 * readers) and the lowest price of the last 30 days, as EU price-indication rules require.
 */
export function Price({
  value,
  was,
  lowest30Days,
  from = false,
  includesVat,
  className,
}: {
  value: Money;
  was?: Money | null;
  lowest30Days?: Money | null;
  from?: boolean;
  includesVat: boolean;
  className?: string;
}) {
  const t = useTranslations();
  const locale = useLocale();
  const formatted = formatMoney(value, locale);
  return (
    <span className={className}>
      <span className={was ? 'font-semibold text-red-800' : 'font-semibold'}>
        {from ? t('product.from', { price: formatted }) : formatted}
      </span>{' '}
      {was && (
        <>
          <s className="text-gray-600" data-testid="was-price">
            <span className="sr-only">{t('product.was')} </span>
            {formatMoney(was, locale)}
          </s>{' '}
        </>
      )}
      <span className="text-xs text-gray-600">{includesVat ? t('product.inclVat') : t('product.exclVat')}</span>
      {was && lowest30Days && (
        <span className="block text-xs text-gray-700" data-testid="lowest-30-days">
          {t('product.lowest30Days', { price: formatMoney(lowest30Days, locale) })}
        </span>
      )}
    </span>
  );
}
