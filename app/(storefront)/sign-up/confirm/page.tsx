import { getTranslations } from 'next-intl/server';
import { ConfirmEmailForm } from '@/components/storefront/confirm-email-form';
import { returnPath } from '@/lib/platform/auth/auth-links.rules';
import { ClientMessages } from '@/lib/platform/i18n/client-messages';
import { pageTitle } from '@/lib/platform/i18n/page-title';

export const generateMetadata = pageTitle('auth.confirmTitle');

/** The page of the link mailed at sign-up: a button confirms (opening the link alone changes nothing). */
export default async function ConfirmEmailPage({
  searchParams,
}: {
  searchParams: Promise<{ token?: string | string[]; callbackUrl?: string | string[] }>;
}) {
  const [t, { token, callbackUrl }] = await Promise.all([getTranslations(), searchParams]);
  // Where the visitor signed up from (the cart, the checkout): the sign-in after confirming returns there.
  const returnTo = returnPath(typeof callbackUrl === 'string' ? callbackUrl : undefined);
  return (
    <div className="mx-auto max-w-sm">
      <h1 className="mb-6 text-2xl font-bold">{t('auth.confirmTitle')}</h1>
      <p className="mb-4">{t('auth.confirmIntro')}</p>
      <ClientMessages namespaces={['auth']}>
        <ConfirmEmailForm token={typeof token === 'string' ? token : ''} callbackUrl={returnTo} />
      </ClientMessages>
    </div>
  );
}
