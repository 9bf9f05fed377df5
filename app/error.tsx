'use client';

import { useTranslations } from 'next-intl';
import { Button } from '@/components/ui/button';
import { MessagePage } from '@/components/ui/message-page';

export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations('error');
  return (
    <main id="main">
      <MessagePage
        title={t('title')}
        text={t('text')}
        action={
          <Button size="lg" onClick={reset}>
            {t('retry')}
          </Button>
        }
      />
    </main>
  );
}
