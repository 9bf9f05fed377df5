'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import type { ActionState } from '@/lib/platform/auth/validated-action';
import { FormField } from '@/components/ui/form-field';
import { AssortmentPreviewPanel } from './assortment-preview';
import { FieldError } from './field-error';

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
  action: (state: ActionState, data: FormData) => Promise<ActionState>;
  defaults: ChannelDefaults;
  locations: Array<{ id: string; code: string; name: string }>;
  submitLabel: string;
  preview?: { confirm: string };
  readOnly?: boolean;
}) {
  const t = useTranslations();
  const [state, formAction, pending] = useActionState(action, null);
  const errors = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  const failed = state && !state.ok ? state : null;
  const typed = failed?.values ?? {};
  // After a refused submit the boxes show what was sent, not the saved state.
  const checked = (name: 'locationIds' | 'pricesIncludeVat' | 'active', id: string, saved: boolean) =>
    failed ? (failed.choices?.[name] ?? []).includes(id) : saved;
  const describedBy = (name: string) => (errors[name]?.length ? `${name}-error` : undefined);
  const mode = typed.assortmentMode ?? defaults.assortmentMode;
  // React applies a select's defaultValue only when it mounts, and resets the form after every
  // submit: keyed by its value, the select remounts with what was sent (the preview resubmits it).
  const kind = typed.kind ?? defaults.kind;
  return (
    <form action={formAction} className="max-w-3xl rounded-lg border border-gray-200 bg-white p-4" noValidate>
      <fieldset disabled={readOnly} className="grid gap-4">
        {defaults.channelId && <input type="hidden" name="channelId" value={defaults.channelId} />}
        <div className="grid gap-4 sm:grid-cols-2">
          <FormField
            label={t('admin.channels.field.code')}
            name="code"
            required
            hint={t('admin.channels.field.codeHint')}
            defaultValue={typed.code ?? defaults.code}
            errors={errors.code}
          />
          <FormField
            label={t('admin.channels.field.name')}
            name="name"
            required
            defaultValue={typed.name ?? defaults.name}
            errors={errors.name}
          />
        </div>
        <div className="grid gap-4 sm:grid-cols-2">
          <div>
            <label htmlFor="channel-kind" className="mb-1 block text-sm font-medium">
              {t('admin.channels.field.kind')}
            </label>
            <select
              key={kind}
              id="channel-kind"
              name="kind"
              defaultValue={kind}
              aria-describedby={describedBy('kind')}
              className="w-full rounded-md border border-gray-400 bg-white px-3 py-2"
            >
              {KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {t(`admin.channels.kind.${kind}`)}
                </option>
              ))}
            </select>
            <FieldError id="kind-error" errors={errors.kind} />
          </div>
          <FormField
            label={t('admin.channels.field.currency')}
            name="currency"
            required
            maxLength={3}
            hint={t('admin.channels.field.currencyHint')}
            defaultValue={typed.currency ?? defaults.currency}
            errors={errors.currency}
          />
        </div>
        <div className="flex flex-wrap gap-6">
          <label className="flex items-center gap-2 text-sm">
            <input
              type="checkbox"
              name="pricesIncludeVat"
              defaultChecked={checked('pricesIncludeVat', 'on', defaults.pricesIncludeVat)}
            />
            {t('admin.channels.field.pricesIncludeVat')}
          </label>
          <label className="flex items-center gap-2 text-sm">
            <input type="checkbox" name="active" defaultChecked={checked('active', 'on', defaults.active)} />
            {t('admin.channels.field.active')}
          </label>
        </div>
        <fieldset aria-describedby={describedBy('assortmentMode')}>
          <legend className="mb-1 text-sm font-medium">{t('admin.channels.field.mode')}</legend>
          <div className="flex flex-wrap gap-4">
            {MODES.map((m) => (
              <label key={m} className="flex items-center gap-2 text-sm">
                <input type="radio" name="assortmentMode" value={m} defaultChecked={mode === m} />
                {t(`admin.channels.mode.${m}`)}
              </label>
            ))}
          </div>
          <FieldError id="assortmentMode-error" errors={errors.assortmentMode} />
        </fieldset>
        <fieldset aria-describedby={describedBy('locationIds')}>
          <legend className="mb-1 text-sm font-medium">{t('admin.channels.field.locations')}</legend>
          {locations.length === 0 ? (
            <p className="text-sm text-gray-700">{t('admin.channels.field.noLocations')}</p>
          ) : (
            <div className="flex flex-wrap gap-4">
              {locations.map((l) => (
                <label key={l.id} className="flex items-center gap-2 text-sm">
                  <input
                    type="checkbox"
                    name="locationIds"
                    value={l.id}
                    defaultChecked={checked('locationIds', l.id, defaults.locationIds.includes(l.id))}
                  />
                  {l.name} ({l.code})
                </label>
              ))}
            </div>
          )}
          <FieldError id="locationIds-error" errors={errors.locationIds} />
        </fieldset>
        {!readOnly && (
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
                t('admin.channels.saved')
              ) : failed?.formError ? (
                <span className="text-red-700">{failed.formError}</span>
              ) : null}
            </p>
          </div>
        )}
        {preview && <AssortmentPreviewPanel state={state} confirmLabel={preview.confirm} pending={pending} />}
      </fieldset>
    </form>
  );
}
