import type { Money } from '@/lib/domain/money';
import { formatMoney } from '@/lib/i18n/format';
import type { Locale, Translate } from '@/lib/i18n/translate';

/** A price with its VAT note; with `was`, the list price struck through (read as "was …" by screen readers). */
export function Price({ value, was, locale, t, from = false, includesVat, className }: { value: Money; was?: Money | null; locale: Locale; t: Translate; from?: boolean; includesVat: boolean; className?: string }) {
  const formatted = formatMoney(value, locale);
  return (
    <span className={className}>
      <span className={was ? 'font-semibold text-red-800' : 'font-semibold'}>{from ? t('product.from', { price: formatted }) : formatted}</span>{' '}
      {was && (
        <>
          <s className="text-gray-600" data-testid="was-price">
            <span className="sr-only">{t('product.was')} </span>
            {formatMoney(was, locale)}
          </s>{' '}
        </>
      )}
      <span className="text-xs text-gray-600">{includesVat ? t('product.inclVat') : t('product.exclVat')}</span>
    </span>
  );
}
