'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { signInAction } from '@/app/(storefront)/auth-actions';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { FormAlert } from '@/components/ui/form-alert';
import { Input } from '@/components/ui/input';

export function SignInForm({ callbackUrl }: { callbackUrl?: string }) {
  const t = useTranslations('auth');
  const [state, action, pending] = useActionState(signInAction, null);
  const fieldErrors = state && !state.ok ? state.fieldErrors : undefined;
  const values = state && !state.ok ? state.values : undefined;
  return (
    <form action={action} className="space-y-4" noValidate>
      <FormAlert state={state} />
      {callbackUrl && <input type="hidden" name="callbackUrl" value={callbackUrl} />}
      <Field id="field-email" label={t('email')} errors={fieldErrors?.email}>
        <Input name="email" type="email" autoComplete="email" required defaultValue={values?.email} />
      </Field>
      <Field id="field-password" label={t('password')} errors={fieldErrors?.password}>
        <Input name="password" type="password" autoComplete="current-password" required />
      </Field>
      <Button type="submit" size="lg" pending={pending} className="w-full">
        {pending ? t('pending') : t('submitSignIn')}
      </Button>
    </form>
  );
}
