'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import type { ActionState } from '@/lib/platform/auth/validated-action';
import { FormField } from '@/components/ui/form-field';
import { AssortmentPreviewPanel } from './assortment-preview';
import { FieldError } from './field-error';

const TARGET_KINDS = ['all', 'category', 'brand', 'tag', 'product'] as const;
const EFFECTS = ['include', 'exclude'] as const;

type Choice = { id: string; name: string };

/**
 * Adds an assortment rule to a channel. The first submit only previews what the rule adds and
 * removes; the preview's "Save change" saves it.
 */
export function AssortmentRuleForm({
  action,
  channelId,
  audiences,
}: {
  action: (state: ActionState, data: FormData) => Promise<ActionState>;
  channelId: string;
  audiences: { groups: Choice[]; companies: Choice[] };
}) {
  const t = useTranslations();
  const [state, formAction, pending] = useActionState(action, null);
  const failed = state && !state.ok ? state : null;
  const errors = failed?.fieldErrors ?? {};
  const typed = failed?.values ?? {};
  // The select's value is split into these two ids on the server; either may carry its error.
  const audienceErrors = errors.customerGroupId ?? errors.companyId;
  const effect = typed.effect ?? 'exclude';
  // React applies a select's defaultValue only when it mounts, and resets the form after every
  // submit: keyed by their values, the selects remount with what was sent (the preview resubmits it).
  const audience = typed.audience ?? '';
  const targetKind = typed.targetKind ?? 'category';
  return (
    <form
      action={formAction}
      aria-labelledby="rule-form-title"
      className="grid max-w-3xl gap-4 rounded-lg border border-gray-200 bg-white p-4 sm:grid-cols-2"
      noValidate
    >
      <h3 id="rule-form-title" className="font-semibold sm:col-span-2">
        {t('admin.assortment.ruleForm.title')}
      </h3>
      <input type="hidden" name="channelId" value={channelId} />
      <div>
        <label htmlFor="rule-audience" className="mb-1 block text-sm font-medium">
          {t('admin.assortment.ruleForm.audience')}
        </label>
        <select
          key={audience}
          id="rule-audience"
          name="audience"
          defaultValue={audience}
          aria-describedby={audienceErrors?.length ? 'rule-audience-error' : undefined}
          className="w-full rounded-md border border-gray-400 bg-white px-3 py-2"
        >
          <option value="">{t('admin.assortment.everyone')}</option>
          {audiences.groups.length > 0 && (
            <optgroup label={t('admin.assortment.ruleForm.groups')}>
              {audiences.groups.map((g) => (
                <option key={g.id} value={`g:${g.id}`}>
                  {g.name}
                </option>
              ))}
            </optgroup>
          )}
          {audiences.companies.length > 0 && (
            <optgroup label={t('admin.assortment.ruleForm.companies')}>
              {audiences.companies.map((c) => (
                <option key={c.id} value={`c:${c.id}`}>
                  {c.name}
                </option>
              ))}
            </optgroup>
          )}
        </select>
        <FieldError id="rule-audience-error" errors={audienceErrors} />
      </div>
      <div>
        <label htmlFor="rule-target-kind" className="mb-1 block text-sm font-medium">
          {t('admin.assortment.ruleForm.targetKind')}
        </label>
        <select
          key={targetKind}
          id="rule-target-kind"
          name="targetKind"
          defaultValue={targetKind}
          aria-describedby={errors.targetKind?.length ? 'rule-target-kind-error' : undefined}
          className="w-full rounded-md border border-gray-400 bg-white px-3 py-2"
        >
          {TARGET_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {t(`admin.assortment.kind.${kind}`)}
            </option>
          ))}
        </select>
        <FieldError id="rule-target-kind-error" errors={errors.targetKind} />
      </div>
      <div className="sm:col-span-2">
        <FormField
          label={t('admin.assortment.ruleForm.target')}
          name="target"
          hint={t('admin.assortment.ruleForm.targetHint')}
          maxLength={200}
          defaultValue={typed.target ?? ''}
          errors={errors.target}
        />
      </div>
      <fieldset className="sm:col-span-2" aria-describedby={errors.effect?.length ? 'rule-effect-error' : undefined}>
        <legend className="mb-1 text-sm font-medium">{t('admin.assortment.ruleForm.effect')}</legend>
        <div className="flex flex-wrap gap-4">
          {EFFECTS.map((e) => (
            <label key={e} className="flex items-center gap-2 text-sm">
              <input type="radio" name="effect" value={e} defaultChecked={effect === e} />
              {t(`admin.assortment.effect.${e}`)}
            </label>
          ))}
        </div>
        <FieldError id="rule-effect-error" errors={errors.effect} />
      </fieldset>
      <div className="flex items-center gap-4 sm:col-span-2">
        <button
          type="submit"
          disabled={pending}
          className="rounded-md bg-gray-900 px-4 py-2 text-white disabled:opacity-60"
        >
          {t('admin.assortment.ruleForm.submit')}
        </button>
        <p role="status" className="text-sm">
          {state?.ok ? (
            t('admin.assortment.ruleForm.added')
          ) : failed?.formError ? (
            <span className="text-red-700">{failed.formError}</span>
          ) : null}
        </p>
      </div>
      <div className="sm:col-span-2">
        <AssortmentPreviewPanel state={state} confirmLabel={t('admin.assortment.preview.save')} pending={pending} />
      </div>
    </form>
  );
}
