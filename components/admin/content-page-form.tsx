'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { Textarea } from '@/components/ui/textarea';
import type { ActionState } from '@/lib/platform/auth/validated-action';
import { ActionStatus } from './action-status';

/** A content page's title and text in one language. */
export function ContentPageForm({
  action,
  slug,
  locale,
  defaults,
  disabled,
}: {
  action: (state: ActionState, data: FormData) => Promise<ActionState>;
  slug: string;
  locale: string;
  defaults: { title: string; body: string };
  disabled: boolean;
}) {
  const t = useTranslations('admin.content');
  const [state, formAction, pending] = useActionState(action, null);
  const errors = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  const typed = state && !state.ok ? (state.values ?? {}) : {};
  return (
    <form action={formAction} noValidate className="mt-6 grid max-w-4xl gap-4">
      <input type="hidden" name="slug" value={slug} />
      <input type="hidden" name="locale" value={locale} />
      <Field id="content-title" label={t('field.title')} errors={errors.title}>
        <Input name="title" lang={locale} defaultValue={typed.title ?? defaults.title} disabled={disabled} />
      </Field>
      <Field id="content-body" label={t('field.body')} hint={t('field.bodyHint')} errors={errors.body}>
        <Textarea
          name="body"
          lang={locale}
          rows={24}
          className="font-mono text-sm"
          defaultValue={typed.body ?? defaults.body}
          disabled={disabled}
        />
      </Field>
      <div>
        <Button type="submit" size="touch" pending={pending} disabled={disabled}>
          {t('save')}
        </Button>
        <ActionStatus state={state} success={t('saved')} />
      </div>
    </form>
  );
}
