// A store's opening hours per ISO weekday with localised day names; days without hours read "closed".
import type { OpeningHours } from '@/lib/pickup/pickup-slots.rules';
import type { Locale, Translate } from '@/lib/platform/i18n/translate';

const INTL_LOCALE: Record<Locale, string> = { en: 'en-IE', de: 'de-DE' };
const WEEKDAYS = ['1', '2', '3', '4', '5', '6', '7'] as const;

/** 2024-01-01 was a Monday: ISO weekday n falls on 2024-01-0n. */
function dayName(day: (typeof WEEKDAYS)[number], locale: Locale): string {
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], { weekday: 'long', timeZone: 'UTC' }).format(
    new Date(`2024-01-0${day}T12:00:00Z`),
  );
}

export function StoreHours({ t, locale, hours }: { t: Translate; locale: Locale; hours: OpeningHours }) {
  return (
    <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-0.5 text-sm">
      {WEEKDAYS.map((day) => {
        const ranges = hours[day] ?? [];
        return (
          <div key={day} className="contents">
            <dt className="text-gray-700">{dayName(day, locale)}</dt>
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
