import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { MessagePage } from '@/components/ui/message-page';
import { OpenHandoffForm } from '@/components/storefront/open-handoff-form';
import { getDb } from '@/lib/platform/db';
import { ClientMessages } from '@/lib/platform/i18n/client-messages';
import { findHandoff } from '@/lib/showroom/handoff.writes';
import { handoffRefusal } from '@/lib/showroom/handoff.rules';
import { listShowroomStores } from '@/lib/showroom/showroom.reads';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('handoff');
  return { title: t('title'), robots: { index: false, follow: false }, referrer: 'no-referrer' };
}

/**
 * What the QR code of a hand-off opens on the customer's phone. Looking does not use the link up (link
 * previews and scanners fetch it too); the button does, once (./actions.ts).
 */
export default async function HandoffPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const [t, handoff] = await Promise.all([getTranslations(), findHandoff(getDb(), token)]);
  const refusal = handoffRefusal(handoff, new Date());
  if (refusal || !handoff)
    return (
      <MessagePage
        title={t('handoff.title')}
        text={t(
          `errors.handoff.${refusal === 'handoff.used' ? 'used' : refusal === 'handoff.expired' ? 'expired' : 'not_found'}`,
        )}
        link={{ href: '/', label: t('handoff.toShop') }}
      />
    );
  const store = (await listShowroomStores(getDb())).find((s) => s.id === handoff.storeId);
  return (
    <MessagePage
      title={t('handoff.title')}
      text={t('handoff.intro', { store: store?.name ?? '' })}
      action={
        <ClientMessages namespaces={['handoff']}>
          <OpenHandoffForm token={token} />
        </ClientMessages>
      }
    />
  );
}
