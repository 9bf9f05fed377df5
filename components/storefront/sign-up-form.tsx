'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { signUpAction } from '@/app/(storefront)/auth-actions';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { FormAlert } from '@/components/ui/form-alert';
import { Input } from '@/components/ui/input';
import { StatusMessage } from '@/components/ui/status-message';

export function SignUpForm({ callbackUrl }: { callbackUrl?: string }) {
  const t = useTranslations('auth');
  const [state, action, pending] = useActionState(signUpAction, null);
  const fieldErrors = state && !state.ok ? state.fieldErrors : undefined;
  const values = state && !state.ok ? state.values : undefined;
  // The same answer for a new and a known address: check your e-mail.
  const sent = state?.ok ? state.message : undefined;
  return (
    <form action={action} className="space-y-4" noValidate>
      {callbackUrl && <input type="hidden" name="callbackUrl" value={callbackUrl} />}
      <StatusMessage tone="success">{sent}</StatusMessage>
      <FormAlert state={state} />
      <Field id="field-name" label={t('name')} errors={fieldErrors?.name}>
        <Input name="name" autoComplete="name" required defaultValue={values?.name} />
      </Field>
      <Field id="field-email" label={t('email')} errors={fieldErrors?.email}>
        <Input name="email" type="email" autoComplete="email" required defaultValue={values?.email} />
      </Field>
      <Field id="field-password" label={t('password')} hint={t('passwordHint')} errors={fieldErrors?.password}>
        <Input name="password" type="password" autoComplete="new-password" required />
      </Field>
      <Button type="submit" size="lg" pending={pending} className="w-full">
        {pending ? t('pending') : t('submitSignUp')}
      </Button>
    </form>
  );
}
