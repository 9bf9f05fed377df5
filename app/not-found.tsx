import Link from 'next/link';
import { getTranslator } from '@/lib/i18n/server';

export default async function NotFound() {
  const t = await getTranslator();
  return (
    <main id="main" className="mx-auto max-w-xl px-4 py-20 text-center">
      <h1 className="text-3xl font-bold">{t('notFound.title')}</h1>
      <p className="mt-4 text-gray-700">{t('notFound.text')}</p>
      <p className="mt-8">
        <Link href="/" className="rounded-md bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800">
          {t('notFound.back')}
        </Link>
      </p>
    </main>
  );
}
