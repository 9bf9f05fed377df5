import { MessagePage } from '@/components/ui/message-page';
import { getTranslations } from 'next-intl/server';

export default async function Forbidden() {
  const t = await getTranslations();
  return (
    <main id="main">
      <MessagePage
        title={t('forbidden.title')}
        text={t('forbidden.text')}
        link={{ href: '/', label: t('notFound.back') }}
      />
    </main>
  );
}
