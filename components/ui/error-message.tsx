'use client';

import { useTranslations } from 'next-intl';
import { Button } from './button';
import { MessagePage } from './message-page';

/** The error page's content with "Try again" (see boundary-messages.tsx for where its <main> comes from). */
export function ErrorMessage({ reset }: { reset: () => void }) {
  const t = useTranslations('error');
  return (
    <MessagePage
      title={t('title')}
      text={t('text')}
      action={
        <Button size="lg" onClick={reset}>
          {t('retry')}
        </Button>
      }
    />
  );
}
