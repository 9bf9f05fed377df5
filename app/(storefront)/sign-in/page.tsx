import { pageTitle } from '@/lib/platform/i18n/page-title';
import { ButtonLink } from '@/components/ui/button';
import { redirect } from 'next/navigation';
import { SignInForm } from '@/components/storefront/sign-in-form';
import { getCurrentActor } from '@/lib/platform/auth/current-actor';
import { getTranslations } from 'next-intl/server';
import { authHref, safeCallbackUrl } from '@/lib/platform/auth/auth-links.rules';
import { ClientMessages } from '@/lib/platform/i18n/client-messages';
import { StatusMessage } from '@/components/ui/status-message';

export const generateMetadata = pageTitle('auth.signInTitle');

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<{
    callbackUrl?: string | string[];
    confirmed?: string | string[];
    signedUp?: string | string[];
  }>;
}) {
  const [t, actor, { callbackUrl, confirmed, signedUp }] = await Promise.all([
    getTranslations(),
    getCurrentActor(),
    searchParams,
  ]);
  const asked = typeof callbackUrl === 'string' ? callbackUrl : undefined;
  const target = safeCallbackUrl(asked);
  if (actor) redirect(target);
  return (
    <div className="mx-auto max-w-sm">
      <h1 className="mb-6 text-2xl font-bold">{t('auth.signInTitle')}</h1>
      {confirmed === '1' && (
        <StatusMessage tone="success" className="mb-4">
          {t('auth.confirmed')}
        </StatusMessage>
      )}
      {signedUp === '1' && (
        <StatusMessage tone="success" className="mb-4">
          {t('auth.readyIfNew')}
        </StatusMessage>
      )}
      <ClientMessages namespaces={['auth']}>
        <SignInForm callbackUrl={target} />
      </ClientMessages>
      <p className="mt-6 text-sm">
        {t('auth.noAccount')}{' '}
        <ButtonLink href={authHref('/sign-up', asked)} variant="link">
          {t('auth.createAccount')}
        </ButtonLink>
      </p>
    </div>
  );
}
