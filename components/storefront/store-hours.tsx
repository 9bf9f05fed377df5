// A store's opening hours per ISO weekday with localised day names; days without hours read "closed".
import { useLocale, useTranslations } from 'next-intl';
import type { OpeningHours } from '@/lib/pickup/pickup-slots.rules';
import { formatWeekday } from '@/lib/platform/i18n/format';

const WEEKDAYS = ['1', '2', '3', '4', '5', '6', '7'] as const;

export function StoreHours({ hours }: { hours: OpeningHours }) {
  const t = useTranslations();
  const locale = useLocale();
  return (
    <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-0.5 text-sm">
      {WEEKDAYS.map((day) => {
        const ranges = hours[day] ?? [];
        return (
          <div key={day} className="contents">
            <dt className="text-gray-700">{formatWeekday(Number(day), locale)}</dt>
            <dd>
              {ranges.length
                ? ranges.map(([open, close]) => t('stores.hoursRange', { open, close })).join(', ')
                : t('stores.closed')}
            </dd>
          </div>
        );
      })}
    </dl>
  );
}
