// The "why this price?" trace in words, in the reader's language: the back office shows it in the
// merchandiser's, the API in English. The price engine records its reasons as data (TraceReason).
import { formatDateTime, formatMoney, formatPercentBp } from '@/lib/platform/i18n/format';
import type { Locale } from '@/lib/platform/i18n/locales';
import type { Translate } from '@/lib/platform/i18n/messages';
import type { PriceAdjustment, TraceReason } from './pricing.rules';

function adjustmentText(t: Translate, locale: Locale, adjustment: PriceAdjustment, currency: string): string {
  switch (adjustment.kind) {
    case 'fixed':
      return t('pricing.trace.fixed', { price: formatMoney({ amount: adjustment.amount, currency }, locale) });
    case 'percent':
      return t('pricing.trace.percentOff', { percent: formatPercentBp(adjustment.bp, locale) });
    case 'amount':
      return t('pricing.trace.amountOff', { amount: formatMoney({ amount: adjustment.amount, currency }, locale) });
  }
}

/** One reason as a phrase. */
export function traceReasonText(t: Translate, locale: Locale, reason: TraceReason): string {
  switch (reason.code) {
    case 'notYetValid':
      return t('pricing.trace.notYetValid', { from: formatDateTime(reason.from, locale) });
    case 'expired':
      return t('pricing.trace.expired', { until: formatDateTime(reason.until, locale) });
    case 'otherCurrency':
      return t('pricing.trace.otherCurrency', { list: reason.listCurrency, channel: reason.channelCurrency });
    case 'tiersStart':
      return t('pricing.trace.tiersStart', { quantity: reason.quantity });
    case 'adjustment':
      return t('pricing.trace.adjustment', {
        adjustment: adjustmentText(t, locale, reason.adjustment, reason.currency),
        target: t(`pricing.trace.target.${reason.target}`),
        minQuantity: reason.minQuantity,
      });
    case 'lowerPriority':
    case 'cheaperSamePriority':
      return t(`pricing.trace.${reason.code}`, { winner: reason.winner });
    default:
      return t(`pricing.trace.${reason.code}`);
  }
}

/** All reasons of a trace step, joined as one sentence part ("10 % off (all); lower priority than …"). */
export function traceText(t: Translate, locale: Locale, reasons: readonly TraceReason[]): string {
  return reasons.map((reason) => traceReasonText(t, locale, reason)).join('; ');
}
