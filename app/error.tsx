'use client';

import { useTranslations } from 'next-intl';

export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations('error');
  return (
    <main id="main" className="mx-auto max-w-xl px-4 py-20 text-center">
      <h1 className="text-3xl font-bold">{t('title')}</h1>
      <p className="mt-4 text-gray-700">{t('text')}</p>
      <button type="button" onClick={reset} className="mt-8 rounded-md bg-brand-700 px-4 py-2 font-medium text-white">
        {t('retry')}
      </button>
    </main>
  );
}
