import Link from 'next/link';
import { useLocale, useTranslations } from 'next-intl';
import { formatMoney } from '@/lib/platform/i18n/format';
import type { Locale } from '@/lib/platform/i18n/locales';
import type { ProductShippingNote } from '@/lib/shipping/shipping.rules';

/** Where the shipping costs are explained (a content page). */
export const SHIPPING_PAGE = '/pages/shipping';

/** "plus shipping · free delivery from €50" beside a price, as German price rules want it next to the price. */
export function ShippingNote({ note, currency }: { note: ProductShippingNote; currency: string }) {
  const t = useTranslations('product.shipping');
  const locale = useLocale() as Locale;
  const link = (chunks: React.ReactNode) => (
    <Link href={SHIPPING_PAGE} className="underline">
      {chunks}
    </Link>
  );
  const money = (amount: number) => formatMoney({ amount, currency }, locale);
  return (
    <span className="block text-xs text-gray-700" data-testid="shipping-note">
      {note.kind === 'free' ? (
        t.rich('free', { link })
      ) : (
        <>
          {t.rich('plus', { link })}
          {note.freeFromAmount !== null && <> · {t('freeFrom', { amount: money(note.freeFromAmount) })}</>}
          {note.bulkySurchargeAmount > 0 && (
            <span className="block">{t('bulky', { amount: money(note.bulkySurchargeAmount) })}</span>
          )}
        </>
      )}
    </span>
  );
}
