'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { Button } from '@/components/ui/button';
import { Checkbox } from '@/components/ui/checkbox';
import { CheckboxGroup } from '@/components/ui/checkbox-group';
import { Field } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { RadioGroup } from '@/components/ui/radio-group';
import { Select } from '@/components/ui/select';
import { ActionStatus } from './action-status';
import { AssortmentPreviewPanel, type PreviewAction, type PreviewState } from './assortment-preview';

const KINDS = ['online', 'showroom', 'b2b', 'marketplace'] as const;
const MODES = ['all', 'selected'] as const;

export type ChannelDefaults = {
  channelId?: string;
  code: string;
  name: string;
  kind: (typeof KINDS)[number];
  currency: string;
  pricesIncludeVat: boolean;
  active: boolean;
  assortmentMode: (typeof MODES)[number];
  locationIds: string[];
};

type Location = { id: string; code: string; name: string };

/** What the fields show: after a refused submit what was sent, otherwise the saved channel. */
type Shown = {
  errors: Record<string, string[] | undefined>;
  value: (name: 'code' | 'name' | 'kind' | 'currency' | 'assortmentMode', saved: string) => string;
  chosen: (name: 'locationIds' | 'pricesIncludeVat' | 'active', saved: string[]) => string[];
};

function shownFrom(state: PreviewState): Shown {
  const failed = state && !state.ok ? state : null;
  return {
    errors: failed?.fieldErrors ?? {},
    value: (name, saved) => failed?.values?.[name] ?? saved,
    chosen: (name, saved) => (failed ? (failed.choices?.[name] ?? []) : saved),
  };
}

/**
 * Create or edit a channel. Editing with another assortment mode shows the preview of what moves in
 * or out first. `readOnly`: shown to those who may see but not change channels.
 */
export function ChannelForm({
  action,
  defaults,
  locations,
  submitLabel,
  preview,
  readOnly = false,
}: {
  action: PreviewAction;
  defaults: ChannelDefaults;
  locations: Location[];
  submitLabel: string;
  preview?: { confirm: string };
  readOnly?: boolean;
}) {
  const t = useTranslations();
  const [state, formAction, pending] = useActionState(action, null);
  const shown = shownFrom(state);
  return (
    <form action={formAction} className="max-w-3xl rounded-lg border border-gray-200 bg-white p-4" noValidate>
      <fieldset disabled={readOnly} className="grid gap-4">
        {defaults.channelId && <input type="hidden" name="channelId" value={defaults.channelId} />}
        <ChannelIdentityFields defaults={defaults} shown={shown} />
        <ChannelSellingFields defaults={defaults} locations={locations} shown={shown} />
        {!readOnly && (
          <div>
            <Button type="submit" size="touch" pending={pending}>
              {submitLabel}
            </Button>
            <ActionStatus state={state} success={t('admin.channels.saved')} />
            {preview && <AssortmentPreviewPanel state={state} confirmLabel={preview.confirm} pending={pending} />}
          </div>
        )}
      </fieldset>
    </form>
  );
}

function ChannelIdentityFields({ defaults, shown }: { defaults: ChannelDefaults; shown: Shown }) {
  const t = useTranslations();
  const { errors, value } = shown;
  // React applies a select's defaultValue only when it mounts, and resets the form after every
  // submit: keyed by its value, the select remounts with what was sent (the preview resubmits it).
  const kind = value('kind', defaults.kind);
  return (
    <>
      <div className="grid items-start gap-4 sm:grid-cols-2">
        <Field label={t('admin.channels.field.code')} hint={t('admin.channels.field.codeHint')} errors={errors.code}>
          <Input name="code" required defaultValue={value('code', defaults.code)} />
        </Field>
        <Field label={t('admin.channels.field.name')} errors={errors.name}>
          <Input name="name" required defaultValue={value('name', defaults.name)} />
        </Field>
      </div>
      <div className="grid items-start gap-4 sm:grid-cols-2">
        <Field label={t('admin.channels.field.kind')} errors={errors.kind}>
          <Select
            key={kind}
            name="kind"
            defaultValue={kind}
            options={KINDS.map((k) => ({ value: k, label: t(`admin.channels.kind.${k}`) }))}
          />
        </Field>
        <Field
          label={t('admin.channels.field.currency')}
          hint={t('admin.channels.field.currencyHint')}
          errors={errors.currency}
        >
          <Input name="currency" required maxLength={3} defaultValue={value('currency', defaults.currency)} />
        </Field>
      </div>
    </>
  );
}

function ChannelSellingFields({
  defaults,
  locations,
  shown,
}: {
  defaults: ChannelDefaults;
  locations: Location[];
  shown: Shown;
}) {
  const t = useTranslations();
  const { errors, value, chosen } = shown;
  const on = (name: 'pricesIncludeVat' | 'active', saved: boolean) => chosen(name, saved ? ['on'] : []).includes('on');
  return (
    <>
      <div className="flex flex-wrap gap-x-6">
        <Checkbox
          name="pricesIncludeVat"
          label={t('admin.channels.field.pricesIncludeVat')}
          defaultChecked={on('pricesIncludeVat', defaults.pricesIncludeVat)}
        />
        <Checkbox
          name="active"
          label={t('admin.channels.field.active')}
          defaultChecked={on('active', defaults.active)}
        />
      </div>
      <RadioGroup
        legend={t('admin.channels.field.mode')}
        name="assortmentMode"
        orientation="horizontal"
        defaultValue={value('assortmentMode', defaults.assortmentMode)}
        options={MODES.map((m) => ({ value: m, label: t(`admin.channels.mode.${m}`) }))}
        errors={errors.assortmentMode}
      />
      {locations.length === 0 ? (
        <p className="text-sm text-gray-700">{t('admin.channels.field.noLocations')}</p>
      ) : (
        <CheckboxGroup
          legend={t('admin.channels.field.locations')}
          name="locationIds"
          options={locations.map((l) => ({ value: l.id, label: `${l.name} (${l.code})` }))}
          defaultValue={chosen('locationIds', defaults.locationIds)}
          errors={errors.locationIds}
        />
      )}
    </>
  );
}
