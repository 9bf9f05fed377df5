import { pageTitle } from '@/lib/platform/i18n/page-title';
import { ButtonLink } from '@/components/ui/button';
import { SignUpForm } from '@/components/storefront/sign-up-form';
import { getTranslations } from 'next-intl/server';
import { ClientMessages } from '@/lib/platform/i18n/client-messages';
import { authHref, returnPath } from '@/lib/platform/auth/auth-links.rules';

export const generateMetadata = pageTitle('auth.signUpTitle');

export default async function SignUpPage({
  searchParams,
}: {
  searchParams: Promise<{ callbackUrl?: string | string[] }>;
}) {
  const [t, { callbackUrl }] = await Promise.all([getTranslations(), searchParams]);
  // Where the visitor came from, if it is a page of this shop: the sign-in after signing up returns there.
  const returnTo = returnPath(typeof callbackUrl === 'string' ? callbackUrl : undefined);
  return (
    <div className="mx-auto max-w-sm">
      <h1 className="mb-6 text-2xl font-bold">{t('auth.signUpTitle')}</h1>
      <ClientMessages namespaces={['auth']}>
        <SignUpForm callbackUrl={returnTo} />
      </ClientMessages>
      <p className="mt-6 text-sm">
        {t('auth.haveAccount')}{' '}
        <ButtonLink href={authHref('/sign-in', returnTo)} variant="link">
          {t('nav.signIn')}
        </ButtonLink>
      </p>
    </div>
  );
}
