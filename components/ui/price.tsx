import type { Money } from '@/lib/domain/money';
import { formatMoney } from '@/lib/i18n/format';
import type { Locale, Translate } from '@/lib/i18n/translate';

export function Price({ value, locale, t, from = false, includesVat, className }: { value: Money; locale: Locale; t: Translate; from?: boolean; includesVat: boolean; className?: string }) {
  const formatted = formatMoney(value, locale);
  return (
    <span className={className}>
      <span className="font-semibold">{from ? t('product.from', { price: formatted }) : formatted}</span>{' '}
      <span className="text-xs text-gray-600">{includesVat ? t('product.inclVat') : t('product.exclVat')}</span>
    </span>
  );
}
