'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import type { ActionState } from '@/lib/platform/auth/validated-action';
import { ActionStatus } from './action-status';

type Values = { flatAmount: string; freeFromAmount: string; bulkyTag: string; bulkySurchargeAmount: string };

/** One channel's rate for one method: flat rate, free-from value, bulky tag and surcharge. */
export function ShippingRateForm({
  action,
  channelId,
  method,
  legend,
  currency,
  defaults,
  disabled,
}: {
  action: (state: ActionState, data: FormData) => Promise<ActionState>;
  channelId: string;
  method: 'delivery' | 'ship_to_store';
  legend: string;
  currency: string;
  defaults: Values;
  disabled: boolean;
}) {
  const t = useTranslations('admin.shipping');
  const [state, formAction, pending] = useActionState(action, null);
  const errors = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  const typed = state && !state.ok ? (state.values ?? {}) : {};
  const value = (name: keyof Values) => typed[name] ?? defaults[name];
  const id = (name: string) => `${method}-${name}`;
  return (
    <form
      action={formAction}
      noValidate
      aria-labelledby={id('legend')}
      className="grid max-w-3xl items-start gap-4 rounded-lg border border-gray-200 bg-white p-4 sm:grid-cols-2"
    >
      <h2 id={id('legend')} className="text-lg font-semibold sm:col-span-2">
        {legend}
      </h2>
      <input type="hidden" name="channelId" value={channelId} />
      <input type="hidden" name="method" value={method} />
      <Field
        id={id('flatAmount')}
        label={`${t('field.flatAmount')} (${currency})`}
        hint={t('field.flatAmountHint')}
        errors={errors.flatAmount}
      >
        <Input name="flatAmount" inputMode="decimal" defaultValue={value('flatAmount')} disabled={disabled} />
      </Field>
      <Field
        id={id('freeFromAmount')}
        label={`${t('field.freeFromAmount')} (${currency})`}
        hint={t('field.freeFromAmountHint')}
        errors={errors.freeFromAmount}
      >
        <Input name="freeFromAmount" inputMode="decimal" defaultValue={value('freeFromAmount')} disabled={disabled} />
      </Field>
      <Field id={id('bulkyTag')} label={t('field.bulkyTag')} hint={t('field.bulkyTagHint')} errors={errors.bulkyTag}>
        <Input name="bulkyTag" defaultValue={value('bulkyTag')} disabled={disabled} />
      </Field>
      <Field
        id={id('bulkySurchargeAmount')}
        label={`${t('field.bulkySurchargeAmount')} (${currency})`}
        errors={errors.bulkySurchargeAmount}
      >
        <Input
          name="bulkySurchargeAmount"
          inputMode="decimal"
          defaultValue={value('bulkySurchargeAmount')}
          disabled={disabled}
        />
      </Field>
      <div className="sm:col-span-2">
        <Button type="submit" size="touch" pending={pending} disabled={disabled}>
          {t('save', { method: legend })}
        </Button>
        <ActionStatus state={state} success={t('saved')} />
      </div>
    </form>
  );
}
