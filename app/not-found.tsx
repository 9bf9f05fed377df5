import { MessagePage } from '@/components/ui/message-page';
import { getTranslations } from 'next-intl/server';

export default async function NotFound() {
  const t = await getTranslations();
  return (
    <main id="main">
      <MessagePage
        title={t('notFound.title')}
        text={t('notFound.text')}
        link={{ href: '/', label: t('notFound.back') }}
      />
    </main>
  );
}
