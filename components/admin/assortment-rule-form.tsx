'use client';

import { useTranslations } from 'next-intl';
import { useActionState, useState } from 'react';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { RadioGroup } from '@/components/ui/radio-group';
import { Select } from '@/components/ui/select';
import { ActionStatus } from './action-status';
import { KindSelect } from './kind-select';
import { AssortmentPreviewPanel, type PreviewAction } from './assortment-preview';
import { LookupCombobox } from './lookup-combobox';

const TARGET_KINDS = ['all', 'category', 'brand', 'tag', 'product'] as const;
type TargetKind = (typeof TARGET_KINDS)[number];
const EFFECTS = ['include', 'exclude'] as const;
/** Where the kinds with a record to pick look it up; the chosen item's id is the key the action takes. */
const LOOKUP = { category: 'categories', brand: 'brands', product: 'products' } as const;

type Choice = { id: string; name: string };
type Audiences = { groups: Choice[]; companies: Choice[] };

/**
 * Adds an assortment rule to a channel. The first submit only previews what the rule adds and
 * removes; the preview's "Save change" saves it.
 */
export function AssortmentRuleForm({
  action,
  channelId,
  audiences,
}: {
  action: PreviewAction;
  channelId: string;
  audiences: Audiences;
}) {
  const t = useTranslations();
  const [state, formAction, pending] = useActionState(action, null);
  const [kind, setKind] = useState<TargetKind>('category');
  const failed = state && !state.ok ? state : null;
  const errors = failed?.fieldErrors ?? {};
  return (
    <form
      action={formAction}
      aria-labelledby="rule-form-title"
      className="grid max-w-3xl items-start gap-4 rounded-lg border border-gray-200 bg-white p-4 sm:grid-cols-2"
      noValidate
    >
      <h3 id="rule-form-title" className="font-semibold sm:col-span-2">
        {t('admin.assortment.ruleForm.title')}
      </h3>
      <input type="hidden" name="channelId" value={channelId} />
      <AudienceSelect audiences={audiences} typed={failed?.values?.audience ?? ''} errors={errors} />
      <KindSelect
        label={t('admin.assortment.ruleForm.targetKind')}
        name="targetKind"
        initial={kind}
        onKindChange={setKind}
        options={TARGET_KINDS.map((k) => ({ value: k, label: t(`admin.assortment.kind.${k}`) }))}
        errors={errors.targetKind}
      />
      <div className="sm:col-span-2">
        <RuleTarget kind={kind} typed={failed?.values?.target ?? ''} errors={errors.target} />
      </div>
      <RadioGroup
        legend={t('admin.assortment.ruleForm.effect')}
        name="effect"
        orientation="horizontal"
        defaultValue={failed?.values?.effect ?? 'exclude'}
        options={EFFECTS.map((e) => ({ value: e, label: t(`admin.assortment.effect.${e}`) }))}
        errors={errors.effect}
        className="sm:col-span-2"
      />
      <div className="sm:col-span-2">
        <div>
          <Button type="submit" size="touch" pending={pending}>
            {t('admin.assortment.ruleForm.submit')}
          </Button>
        </div>
        <ActionStatus state={state} success={t('admin.assortment.ruleForm.added')} />
        <AssortmentPreviewPanel state={state} confirmLabel={t('admin.assortment.preview.save')} pending={pending} />
      </div>
    </form>
  );
}

/** One select for everyone, a customer group or a company: '', 'g:<id>' or 'c:<id>' (the action splits it). */
function AudienceSelect({
  audiences,
  typed,
  errors,
}: {
  audiences: Audiences;
  typed: string;
  errors: Record<string, string[] | undefined>;
}) {
  const t = useTranslations();
  return (
    // The value is split into these two ids on the server; either may carry its error.
    <Field label={t('admin.assortment.ruleForm.audience')} errors={errors.customerGroupId ?? errors.companyId}>
      {/* React applies a select's defaultValue only when it mounts, and resets the form after every
          submit: keyed by its value, the select remounts with what was sent (the preview resubmits it). */}
      <Select key={typed} name="audience" defaultValue={typed}>
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
      </Select>
    </Field>
  );
}

/** The rule's target: picked from a list for a category, brand or product, typed for a tag, none for everything. */
function RuleTarget({ kind, typed, errors }: { kind: TargetKind; typed: string; errors?: string[] }) {
  const t = useTranslations();
  if (kind === 'all') return <input type="hidden" name="target" value="" />;
  if (kind === 'tag')
    return (
      <Field label={t('admin.assortment.ruleForm.tag')} hint={t('admin.assortment.ruleForm.tagHint')} errors={errors}>
        <Input name="target" maxLength={40} defaultValue={typed} />
      </Field>
    );
  // A new kind is a new question: the combobox starts empty.
  return <LookupCombobox key={kind} kind={LOOKUP[kind]} name="target" errors={errors} />;
}
