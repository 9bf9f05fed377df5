import { MessagePage } from '@/components/ui/message-page';
import { getTranslator } from '@/lib/platform/i18n/server';

export default async function NotFound() {
  const t = await getTranslator();
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
