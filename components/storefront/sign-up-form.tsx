'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { signUpAction } from '@/app/(storefront)/auth-actions';
import { FormAlert } from '@/components/ui/form-alert';
import { FormField } from '@/components/ui/form-field';

export function SignUpForm() {
  const t = useTranslations();
  const [state, action, pending] = useActionState(signUpAction, null);
  const fieldErrors = state && !state.ok ? state.fieldErrors : undefined;
  const values = state && !state.ok ? state.values : undefined;
  return (
    <form action={action} className="space-y-4" noValidate>
      <FormAlert state={state} />
      <FormField
        label={t('auth.name')}
        name="name"
        autoComplete="name"
        required
        defaultValue={values?.name}
        errors={fieldErrors?.name}
      />
      <FormField
        label={t('auth.email')}
        name="email"
        type="email"
        autoComplete="email"
        required
        defaultValue={values?.email}
        errors={fieldErrors?.email}
      />
      <FormField
        label={t('auth.password')}
        name="password"
        type="password"
        autoComplete="new-password"
        required
        hint={t('auth.passwordHint')}
        errors={fieldErrors?.password}
      />
      <button
        type="submit"
        disabled={pending}
        className="w-full rounded-md bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800 disabled:opacity-60"
      >
        {pending ? t('auth.pending') : t('auth.submitSignUp')}
      </button>
    </form>
  );
}
