'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { Button } from '@/components/ui/button';
import { Checkbox } from '@/components/ui/checkbox';
import { CheckboxGroup } from '@/components/ui/checkbox-group';
import { Field } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { Select } from '@/components/ui/select';
import { ActionStatus } from './action-status';
import { RegretReview, type PriceWriteAction, type PriceWriteState } from './regret-review';

type Choice = { id: string; name: string };
export type PriceListChoices = { channels: Array<Choice & { code: string }>; groups: Choice[]; companies: Choice[] };
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

/** What the fields show: after a refused submit what was sent, otherwise the saved settings. */
type Shown = {
  errors: Record<string, string[] | undefined>;
  value: (name: keyof PriceListDefaults, saved: string) => string;
  chosen: (name: 'channelIds' | 'customerGroupIds', saved: string[]) => string[];
  checked: (name: 'active' | 'amountsIncludeVat', saved: boolean) => boolean;
};

function shownFrom(state: PriceWriteState): Shown {
  const failed = state && !state.ok ? state : null;
  return {
    errors: failed?.fieldErrors ?? {},
    value: (name, saved) => failed?.values?.[name] ?? saved,
    chosen: (name, saved) => (failed ? (failed.choices?.[name] ?? []) : saved),
    checked: (name, saved) => (failed ? (failed.choices?.[name] ?? []).includes('on') : saved),
  };
}

/** Create or edit a price list's settings (entries have their own form). */
export function PriceListForm({
  action,
  defaults,
  choices,
  submitLabel,
  regret,
}: {
  action: PriceWriteAction;
  defaults: PriceListDefaults;
  choices: PriceListChoices;
  submitLabel: string;
  /** Editing an existing list: its writes pass the price-regret guard. */
  regret?: boolean;
}) {
  const t = useTranslations();
  const [state, formAction, pending] = useActionState(action, null);
  const shown = shownFrom(state);
  return (
    <form
      action={formAction}
      className="grid max-w-3xl gap-4 rounded-lg border border-gray-200 bg-white p-4"
      noValidate
    >
      {defaults.priceListId && <input type="hidden" name="priceListId" value={defaults.priceListId} />}
      <NameAndValidity defaults={defaults} shown={shown} />
      <AudienceFields defaults={defaults} choices={choices} shown={shown} />
      <div className="flex flex-wrap gap-x-6">
        <Checkbox
          name="active"
          label={t('admin.pricing.field.active')}
          defaultChecked={shown.checked('active', defaults.active)}
        />
        <Checkbox
          name="amountsIncludeVat"
          label={t('admin.pricing.field.amountsIncludeVat')}
          defaultChecked={shown.checked('amountsIncludeVat', defaults.amountsIncludeVat)}
        />
      </div>
      <div>
        <Button type="submit" size="touch" pending={pending}>
          {submitLabel}
        </Button>
        <ActionStatus state={state} success={t('admin.pricing.saved')} />
        {regret && <RegretReview state={state} pending={pending} />}
      </div>
    </form>
  );
}

function NameAndValidity({ defaults, shown }: { defaults: PriceListDefaults; shown: Shown }) {
  const t = useTranslations();
  const { errors, value } = shown;
  return (
    <>
      <Field label={t('admin.pricing.field.name')} errors={errors.name}>
        <Input name="name" required defaultValue={value('name', defaults.name)} />
      </Field>
      <div className="grid gap-4 sm:grid-cols-3">
        <Field label={t('admin.pricing.field.priority')} errors={errors.priority}>
          <Input name="priority" type="number" step={1} defaultValue={value('priority', String(defaults.priority))} />
        </Field>
        <Field label={t('admin.pricing.field.validFrom')} errors={errors.validFrom}>
          <Input name="validFrom" type="datetime-local" defaultValue={value('validFrom', defaults.validFrom)} />
        </Field>
        <Field label={t('admin.pricing.field.validUntil')} errors={errors.validUntil}>
          <Input name="validUntil" type="datetime-local" defaultValue={value('validUntil', defaults.validUntil)} />
        </Field>
      </div>
    </>
  );
}

function AudienceFields({
  defaults,
  choices,
  shown,
}: {
  defaults: PriceListDefaults;
  choices: PriceListChoices;
  shown: Shown;
}) {
  const t = useTranslations();
  const { errors, value, chosen } = shown;
  // React applies a select's defaultValue only when it mounts, and resets the form after every
  // submit: keyed by its value, the select remounts with what was sent.
  const companyId = value('companyId', defaults.companyId ?? '');
  return (
    <>
      <CheckboxGroup
        legend={t('admin.pricing.field.channels')}
        name="channelIds"
        options={choices.channels.map((c) => ({ value: c.id, label: `${c.name} (${c.code})` }))}
        defaultValue={chosen('channelIds', defaults.channelIds)}
        errors={errors.channelIds}
      />
      <CheckboxGroup
        legend={t('admin.pricing.field.groups')}
        name="customerGroupIds"
        options={choices.groups.map((g) => ({ value: g.id, label: g.name }))}
        defaultValue={chosen('customerGroupIds', defaults.customerGroupIds)}
        errors={errors.customerGroupIds}
      />
      <Field label={t('admin.pricing.field.company')} errors={errors.companyId} className="sm:max-w-sm">
        <Select
          key={companyId}
          name="companyId"
          defaultValue={companyId}
          placeholder={t('admin.pricing.field.noCompany')}
          options={choices.companies.map((c) => ({ value: c.id, label: c.name }))}
        />
      </Field>
    </>
  );
}
