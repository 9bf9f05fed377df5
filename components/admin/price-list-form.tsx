'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import type { ActionState } from '@/lib/platform/auth/validated-action';
import { FormField } from '@/components/ui/form-field';
import { FieldError } from './field-error';
import { RegretReview } from './regret-review';

type Choice = { id: string; name: string };
export type PriceListDefaults = {
  priceListId?: string;
  name: string;
  priority: number;
  channelIds: string[];
  customerGroupIds: string[];
  companyId: string | null;
  validFrom: string;
  validUntil: string;
  active: boolean;
  amountsIncludeVat: boolean;
};

/** Create or edit a price list's settings (entries have their own form). */
export function PriceListForm({
  action,
  defaults,
  choices,
  submitLabel,
  regret,
}: {
  action: (state: ActionState, data: FormData) => Promise<ActionState>;
  defaults: PriceListDefaults;
  choices: { channels: Array<Choice & { code: string }>; groups: Choice[]; companies: Choice[] };
  submitLabel: string;
  /** Editing an existing list: its writes pass the price-regret guard. */
  regret?: boolean;
}) {
  const t = useTranslations();
  const [state, formAction, pending] = useActionState(action, null);
  const errors = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  const failed = state && !state.ok ? state : null;
  const typed = failed?.values ?? {};
  const value = (name: keyof PriceListDefaults, fallback: string) => typed[name] ?? fallback;
  // After a refused submit the boxes show what was sent, not the saved state.
  const checked = (
    name: 'channelIds' | 'customerGroupIds' | 'active' | 'amountsIncludeVat',
    id: string,
    saved: boolean,
  ) => (failed ? (failed.choices?.[name] ?? []).includes(id) : saved);
  const describedBy = (name: string) => (errors[name]?.length ? `${name}-error` : undefined);
  return (
    <form
      action={formAction}
      className="grid max-w-3xl gap-4 rounded-lg border border-gray-200 bg-white p-4"
      noValidate
    >
      {defaults.priceListId && <input type="hidden" name="priceListId" value={defaults.priceListId} />}
      <FormField
        label={t('admin.pricing.field.name')}
        name="name"
        required
        defaultValue={value('name', defaults.name)}
        errors={errors.name}
      />
      <div className="grid gap-4 sm:grid-cols-3">
        <FormField
          label={t('admin.pricing.field.priority')}
          name="priority"
          type="number"
          step={1}
          defaultValue={value('priority', String(defaults.priority))}
          errors={errors.priority}
        />
        <FormField
          label={t('admin.pricing.field.validFrom')}
          name="validFrom"
          type="datetime-local"
          defaultValue={value('validFrom', defaults.validFrom)}
          errors={errors.validFrom}
        />
        <FormField
          label={t('admin.pricing.field.validUntil')}
          name="validUntil"
          type="datetime-local"
          defaultValue={value('validUntil', defaults.validUntil)}
          errors={errors.validUntil}
        />
      </div>
      <fieldset aria-describedby={describedBy('channelIds')}>
        <legend className="mb-1 text-sm font-medium">{t('admin.pricing.field.channels')}</legend>
        <div className="flex flex-wrap gap-4">
          {choices.channels.map((c) => (
            <label key={c.id} className="flex items-center gap-2 text-sm">
              <input
                type="checkbox"
                name="channelIds"
                value={c.id}
                defaultChecked={checked('channelIds', c.id, defaults.channelIds.includes(c.id))}
              />
              {c.name} ({c.code})
            </label>
          ))}
        </div>
        <FieldError id="channelIds-error" errors={errors.channelIds} />
      </fieldset>
      <fieldset aria-describedby={describedBy('customerGroupIds')}>
        <legend className="mb-1 text-sm font-medium">{t('admin.pricing.field.groups')}</legend>
        <div className="flex flex-wrap gap-4">
          {choices.groups.map((g) => (
            <label key={g.id} className="flex items-center gap-2 text-sm">
              <input
                type="checkbox"
                name="customerGroupIds"
                value={g.id}
                defaultChecked={checked('customerGroupIds', g.id, defaults.customerGroupIds.includes(g.id))}
              />
              {g.name}
            </label>
          ))}
        </div>
        <FieldError id="customerGroupIds-error" errors={errors.customerGroupIds} />
      </fieldset>
      <div>
        <label htmlFor="pl-company" className="mb-1 block text-sm font-medium">
          {t('admin.pricing.field.company')}
        </label>
        <select
          key={value('companyId', defaults.companyId ?? '')}
          id="pl-company"
          name="companyId"
          defaultValue={value('companyId', defaults.companyId ?? '')}
          aria-describedby={describedBy('companyId')}
          className="rounded-md border border-gray-400 bg-white px-3 py-2"
        >
          <option value="">{t('admin.pricing.field.noCompany')}</option>
          {choices.companies.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </select>
        <FieldError id="companyId-error" errors={errors.companyId} />
      </div>
      <div className="flex flex-wrap gap-6">
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" name="active" defaultChecked={checked('active', 'on', defaults.active)} />
          {t('admin.pricing.field.active')}
        </label>
        <label className="flex items-center gap-2 text-sm">
          <input
            type="checkbox"
            name="amountsIncludeVat"
            defaultChecked={checked('amountsIncludeVat', 'on', defaults.amountsIncludeVat)}
          />
          {t('admin.pricing.field.amountsIncludeVat')}
        </label>
      </div>
      <div className="flex items-center gap-4">
        <button
          type="submit"
          disabled={pending}
          className="rounded-md bg-gray-900 px-4 py-2 text-white disabled:opacity-60"
        >
          {submitLabel}
        </button>
        <p role="status" className="text-sm">
          {state?.ok ? (
            t('admin.pricing.saved')
          ) : state && !state.ok ? (
            <span className="text-red-700">{state.formError}</span>
          ) : null}
        </p>
      </div>
      {regret && <RegretReview state={state} pending={pending} />}
    </form>
  );
}
