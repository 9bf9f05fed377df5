import Link from 'next/link';
import { getTranslator } from '@/lib/i18n/server';

export default async function Forbidden() {
  const t = await getTranslator();
  return (
    <main id="main" className="mx-auto max-w-xl px-4 py-20 text-center">
      <h1 className="text-3xl font-bold">{t('forbidden.title')}</h1>
      <p className="mt-4 text-gray-700">{t('forbidden.text')}</p>
      <p className="mt-8">
        <Link href="/" className="underline">
          {t('notFound.back')}
        </Link>
      </p>
    </main>
  );
}
