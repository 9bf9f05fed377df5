import { useLocale, useTranslations } from 'next-intl';
import type { DeskOrderLine } from '@/lib/pickup/desk-orders.reads';
import { formatMoney } from '@/lib/platform/i18n/format';
import type { Locale } from '@/lib/platform/i18n/locales';

/** What goes over the counter: each item in the reader's language with its options and quantity. */
export function DeskOrderItems({
  lines,
  currency,
  label,
}: {
  lines: DeskOrderLine[];
  currency: string;
  label: string;
}) {
  const t = useTranslations('desk');
  const locale = useLocale() as Locale;
  return (
    <ul aria-label={label} className="divide-y divide-gray-200">
      {lines.map((line) => (
        <li key={line.sku} className="flex flex-wrap items-baseline justify-between gap-x-4 py-2">
          <span className="min-w-0 flex-1 basis-56">
            <span className="font-bold">
              <span className="sr-only">{t('quantity')} </span>
              {line.quantity} ×
            </span>{' '}
            <span className="font-semibold">{line.name}</span>
            <span className="block text-gray-700">
              {[...line.options.map((o) => `${o.name}: ${o.value}`), line.sku].join(' · ')}
            </span>
          </span>
          <span>{formatMoney({ amount: line.lineAmount, currency }, locale)}</span>
        </li>
      ))}
    </ul>
  );
}
