'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { saveQuoteAction } from '@/app/(storefront)/showroom/quotes/actions';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { FormAlert } from '@/components/ui/form-alert';
import { Input } from '@/components/ui/input';

/**
 * "Save as quote" under the showroom cart: the last day it can be ordered (store time), then the staff
 * quote page with the customer's link. Dates are ISO days (the native date picker's value).
 */
export function SaveQuoteForm({
  customerName,
  range,
}: {
  customerName: string;
  range: { min: string; max: string; default: string; minLabel: string; maxLabel: string };
}) {
  const t = useTranslations('quotes');
  const [state, action, pending] = useActionState(saveQuoteAction, null);
  const errors = state && !state.ok ? state.fieldErrors?.validUntil : undefined;
  return (
    <form action={action} className="space-y-4" aria-labelledby="save-quote">
      <h2 id="save-quote" className="text-xl font-semibold">
        {t('saveTitle')}
      </h2>
      <p>{t('saveIntro', { customer: customerName })}</p>
      <Field
        id="quote-valid-until"
        label={t('validUntil')}
        hint={t('validUntilHint', { from: range.minLabel, to: range.maxLabel })}
        errors={errors}
        className="max-w-xs"
      >
        <Input
          type="date"
          name="validUntil"
          required
          min={range.min}
          max={range.max}
          defaultValue={state && !state.ok ? (state.values?.validUntil ?? range.default) : range.default}
        />
      </Field>
      <Button type="submit" size="touch" pending={pending}>
        {t('save')}
      </Button>
      <FormAlert state={state} />
    </form>
  );
}
