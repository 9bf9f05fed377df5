import { getTranslations } from 'next-intl/server';
import { MessagePage } from './message-page';

// The not-found and forbidden pages' content. The root files wrap it in the page's one <main>; the
// files of a shell (storefront, back office, store desk) render it bare inside the shell's <main>.

export async function NotFoundMessage() {
  const t = await getTranslations();
  return (
    <MessagePage
      title={t('notFound.title')}
      text={t('notFound.text')}
      link={{ href: '/', label: t('notFound.back') }}
    />
  );
}

export async function ForbiddenMessage() {
  const t = await getTranslations();
  return (
    <MessagePage
      title={t('forbidden.title')}
      text={t('forbidden.text')}
      link={{ href: '/', label: t('notFound.back') }}
    />
  );
}
