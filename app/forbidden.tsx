import { MessagePage } from '@/components/ui/message-page';
import { getTranslator } from '@/lib/platform/i18n/server';

export default async function Forbidden() {
  const t = await getTranslator();
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
