import type { Metadata } from 'next';
import { MessagePage } from '@/components/ui/message-page';
import { getTranslator } from '@/lib/i18n/server';

export const metadata: Metadata = { title: 'Cart' };

export default async function CartPage() {
  const t = await getTranslator();
  return <MessagePage title={t('cart.title')} text={t('cart.empty')} link={{ href: '/', label: t('cart.continue') }} />;
}
