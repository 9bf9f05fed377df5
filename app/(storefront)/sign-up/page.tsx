import type { Metadata } from 'next';
import Link from 'next/link';
import { SignUpForm } from '@/components/storefront/sign-up-form';
import { getTranslator } from '@/lib/platform/i18n/server';

export const metadata: Metadata = { title: 'Create an account' };

export default async function SignUpPage() {
  const t = await getTranslator();
  return (
    <div className="mx-auto max-w-sm">
      <h1 className="mb-6 text-2xl font-bold">{t('auth.signUpTitle')}</h1>
      <SignUpForm
        labels={{
          name: t('auth.name'),
          email: t('auth.email'),
          password: t('auth.password'),
          passwordHint: t('auth.passwordHint'),
          submit: t('auth.submitSignUp'),
          pending: t('auth.pending'),
        }}
      />
      <p className="mt-6 text-sm">
        {t('auth.haveAccount')}{' '}
        <Link href="/sign-in" className="underline">
          {t('nav.signIn')}
        </Link>
      </p>
    </div>
  );
}
