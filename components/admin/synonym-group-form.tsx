'use client';

import { useTranslations } from 'next-intl';
import { useActionState, useId } from 'react';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import type { ActionState } from '@/lib/platform/auth/validated-action';
import { ActionStatus } from './action-status';

/** One synonym group's terms, comma-separated: a new group, or an existing one to change. */
export function SynonymGroupForm({
  action,
  group,
  disabled,
}: {
  action: (state: ActionState, data: FormData) => Promise<ActionState>;
  group?: { id: string; terms: string };
  disabled: boolean;
}) {
  const t = useTranslations('admin.search.synonyms');
  const id = useId();
  const [state, formAction, pending] = useActionState(action, null);
  const errors = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  const typed = state && !state.ok ? state.values?.terms : undefined;
  return (
    <form action={formAction} noValidate className="flex flex-wrap items-start gap-3">
      {group && <input type="hidden" name="groupId" value={group.id} />}
      <Field
        id={`${id}-terms`}
        label={group ? t('termsOf', { terms: group.terms }) : t('terms')}
        hideLabel={Boolean(group)}
        hint={group ? undefined : t('termsHint')}
        errors={errors.terms}
        className="min-w-0 flex-1 basis-72"
      >
        <Input
          name="terms"
          // A saved form shows what was stored (normalised); a refused one keeps what was typed.
          key={group?.terms}
          defaultValue={typed ?? group?.terms ?? ''}
          disabled={disabled}
          autoComplete="off"
        />
      </Field>
      <div className={group ? '' : 'sm:pt-6'}>
        <Button type="submit" size="touch" pending={pending} disabled={disabled}>
          {group ? t('save') : t('create')}
        </Button>
      </div>
      <ActionStatus state={state} success={group ? t('saved') : t('created')} className="basis-full" />
    </form>
  );
}
