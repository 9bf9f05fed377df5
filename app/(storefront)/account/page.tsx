import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { getCurrentActor } from '@/lib/auth/current-actor';
import { getTranslator } from '@/lib/i18n/server';

export const metadata: Metadata = { title: 'Your account' };

export default async function AccountPage() {
  const [t, actor] = await Promise.all([getTranslator(), getCurrentActor()]);
  if (!actor) redirect('/sign-in?callbackUrl=/account');
  return (
    <div className="max-w-2xl">
      <h1 className="text-2xl font-bold">{t('account.title')}</h1>
      <p className="mt-2">{t('account.signedInAs', { email: actor.email })}</p>
      <dl className="mt-6 grid grid-cols-[10rem_1fr] gap-2 text-sm">
        <dt className="font-semibold">{t('account.roles')}</dt>
        <dd data-testid="roles">{actor.roles.join(', ')}</dd>
        {actor.companies.length > 0 && (
          <>
            <dt className="font-semibold">{t('account.company')}</dt>
            <dd>{actor.companies.map((c) => t('account.companyRole', { company: c.companyName, role: c.role })).join(', ')}</dd>
          </>
        )}
      </dl>
    </div>
  );
}
