import { pageTitle } from '@/lib/platform/i18n/page-title';
import { ButtonLink } from '@/components/ui/button';
import { SignUpForm } from '@/components/storefront/sign-up-form';
import { getTranslations } from 'next-intl/server';
import { ClientMessages } from '@/lib/platform/i18n/client-messages';

export const generateMetadata = pageTitle('auth.signUpTitle');

export default async function SignUpPage() {
  const t = await getTranslations();
  return (
    <div className="mx-auto max-w-sm">
      <h1 className="mb-6 text-2xl font-bold">{t('auth.signUpTitle')}</h1>
      <ClientMessages namespaces={['auth']}>
        <SignUpForm />
      </ClientMessages>
      <p className="mt-6 text-sm">
        {t('auth.haveAccount')}{' '}
        <ButtonLink href="/sign-in" variant="link">
          {t('nav.signIn')}
        </ButtonLink>
      </p>
    </div>
  );
}
